"""Thread turns that drop the people-facing part in other words than the ones that asked for it ("scrap the
screens" after "a back office"): the needs held for people at screens go; something about the screens ("the UI
polish") is no drop of them. A turn taking every firm need back names what is left, loose words and all."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import thread_picks, turn_by_turn


@pytest.mark.parametrize(
    "drop",
    [
        "lose the screens, the depot keeps its old terminal app. it just needs a typed json api with openapi docs",
        "scrap the whole frontend entirely - the terminal app stays. we need a json api it calls, typed, openapi docs",
        "ditch the staff interface, the terminal app covers that. we need a json api it calls, typed, openapi docs",
    ],
)
def test_dropping_the_screens_drops_what_served_them(engine: Engine, drop: str) -> None:
    first, after = turn_by_turn(engine, "depot tool: 12 drivers log in and edit their route sheets in an admin", drop)
    assert first.advice.recommendation is not None and first.advice.recommendation.framework == "django"
    assert after.advice.recommendation is not None and after.advice.recommendation.framework == "fastapi"


@pytest.mark.parametrize(
    "aside",
    [
        "scratch the UI theming for now, default look is fine",
        "drop the screen reader audit from this sprint, we'll do it next quarter",
        "forget the native app, browser only",
    ],
)
def test_a_drop_about_the_screens_keeps_them(engine: Engine, aside: str) -> None:
    picks = thread_picks(engine, "parish hall bookings: the 4 wardens log in and edit bookings in a back office", aside)
    assert picks == ["django", "django"]


def test_the_turn_that_takes_every_need_back_says_what_is_left(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "members area for the rowing club: rowers log in, edit their boat bookings, ~40 members",
        "forget the logins and the editing, no one will open a page - it's only an endpoint the door sensor posts to",
    )
    assert picks[0] == "django"
    assert picks[1] in ("flask", "fastapi")
