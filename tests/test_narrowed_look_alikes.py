"""Look-alikes of round-20 readings, where the trigger word means something else: one kind of screen dropped (not
the screens), a block on traffic (not on a framework), 'json only' said of the whole project (not of a client app
added), 'time' as the deadline (not 'real time'), code put into one repo (not people joining it)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_turn, picked, turn_by_turn

_DEPOT = "depot portal: 9 planners log in, edit loading plans in an admin, drivers see their routes"


def _held(engine: Engine, *texts: str) -> set[str]:
    conversation = Conversation(engine)
    for text in texts:
        conversation.turn(text)
    return {rid for rid, negated in conversation.state.requirements.items() if not negated}


@pytest.mark.parametrize(
    "drop",
    [
        "scrap the driver-facing mobile screens, the planners are the only users now",
        "forget the slick react frontend, plain server-rendered templates will do",
        "drop the public pages, it's staff only from here",
    ],
)
def test_dropping_one_kind_of_screen_keeps_the_staff_screens(engine: Engine, drop: str) -> None:
    assert {"admin-panel", "user-auth"} <= _held(engine, _DEPOT, drop)


def test_dropping_the_screens_outright_still_drops_them(engine: Engine) -> None:
    held = _held(engine, _DEPOT, "scrap the screens, the planners keep the TMS's own UI; we just take its webhook")
    assert "admin-panel" not in held


_PRICES = "compliance says no fastapi. we need an async api holding ~3k websocket clients for live odds"


@pytest.mark.parametrize(
    "news", ["fyi the firewall block was removed, the odds feed can poll faster", "the ip block got lifted this am"]
)
def test_a_block_on_traffic_lets_no_framework_back_in(engine: Engine, news: str) -> None:
    turns = turn_by_turn(engine, _PRICES, news)
    assert picked(turns[0]) != "fastapi"
    assert picked(turns[1]) != "fastapi"


def test_a_veto_said_withdrawn_in_a_contraction_lets_it_back_in(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "intranet for 200 staff: editors, page permissions, lots of forms. security vetoed django",
        "update: the veto's been withdrawn",
    )
    assert picked(turns[0]) != "django"
    assert picked(turns[1]) == "django"


def test_json_only_said_of_the_whole_project_is_not_scoped_to_the_client_app(engine: Engine) -> None:
    held = _held(
        engine,
        "clinic app: receptionists manage patients and appointments, logins, an admin",
        "actually also: the whole thing is json only now, reception moved to an ipad app",
    )
    assert "api-only" in held


def test_time_as_the_deciding_word_is_the_deadline_not_the_real_time_feed(engine: Engine) -> None:
    turn = first_turn(
        engine,
        "real time order board for the kitchen plus an admin for 3 managers. time matters most, we open in a month",
    )
    assert "realtime" not in turn.parsed.topped


def test_code_put_into_one_repo_is_no_growing_team(engine: Engine) -> None:
    turn = first_turn(engine, "just me and a friend, putting the api and the vue app into the same repo. 4 endpoints")
    assert "large-team" not in {m.id for m in turn.parsed.requirements}


def test_newcomers_landing_in_one_repo_still_read_as_a_growing_team(engine: Engine) -> None:
    turn = first_turn(engine, "new hires land into the same repo every month, so the claims system needs conventions")
    assert "large-team" in {m.id for m in turn.parsed.requirements}
