"""A client app added to an application the thread settled on: 'json only' or 'no pages' then describes the
client's side, and the application grows its API inside Django rather than moving to an API framework."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn


@pytest.mark.parametrize(
    "added",
    [
        "the drivers get a phone app eventually, just a json api behind it, no pages",
        "there'll be an ios app for members next year, json only",
        "phase two adds an android client, pure json, no html",
    ],
)
def test_a_client_app_added_later_keeps_the_application(engine: Engine, added: str) -> None:
    turns = turn_by_turn(
        engine,
        "what should we build the new project in?",
        "staff at our climbing gyms log in to edit member records and class schedules, plus monthly billing",
        added,
    )
    assert picked(turns[1]) == "django"
    assert picked(turns[2]) == "django"


def test_a_turn_that_rescopes_to_an_api_still_moves(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "a members site for the bike co-op, people log in and book repair slots",
        "actually forget the site, the co-op's app does the screens. it's just a json api behind their ios app",
    )
    assert picked(turns[1]) != "django"
