"""Round 19 (W, O): a crowd said by what the server holds for it ('7,500 open connections', '3k concurrent
players', '45k subscribers' of a live feed) is counted, so a Django app keeps running and the live part goes
beside it in FastAPI (003 "Deployment patterns"), even where Channels is named; a tally over time or a handful
is none. A niche service another party handed over is the team's to run, and a team that knows the mainstream
way takes it there."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import last_pick


@pytest.mark.parametrize(
    "text",
    [
        # held connections counted, no "at once" said
        "the django ops portal is here to stay; we need a websocket alarm feed, roughly 7,500 open connections",
        # a count right before "concurrent"
        "our django game site stays. the live leaderboard will have 3k concurrent players on it. what for that bit?",
        # receivers of a live feed, the push word in the same sentence
        "django keeps the shop. separately, stock alerts pushed to about 45k app subscribers. build that in what?",
        # Channels named as the in-app option: a counted crowd outgrows it
        "our django crm stays. a colleague says channels can do it, but the live ticker holds 8k sessions",
    ],
)
def test_a_crowd_held_open_goes_beside_django(engine: Engine, text: str) -> None:
    assert last_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        # customers counted, nothing held live
        "our django invoicing site serves 2,000 clients; they want a json endpoint for their invoices",
        # a tally over time
        "django app with 15k sessions a day; we want a rest api for the ios app",
        # a pool size of our own
        "our django app has a pool of 1500 db connections; add an api for the mobile team",
    ],
)
def test_controls_no_crowd_at_once_keeps_the_api_in_django(engine: Engine, text: str) -> None:
    assert last_pick(engine, text) == "django"


def test_a_separate_crowd_ask_in_a_thread_goes_beside_django(engine: Engine) -> None:
    assert (
        last_pick(
            engine,
            "our django erp runs purchasing, buyers live in the admin.",
            "one more thing: shelf price changes get pushed to 9,000 store tablets over a socket",
        )
        == "fastapi"
    )


def test_a_launch_is_not_a_live_feed(engine: Engine) -> None:
    from knowledge.reading.held_crowds import held_crowds

    found = held_crowds("we go live in march with 5000 concurrent users", engine.kb.vocabulary)
    assert ("realtime", "5000 concurrent") not in found
    assert found and found[0][0] == "high-concurrency"


def test_a_niche_service_handed_over_is_moved_to_what_the_team_knows(engine: Engine) -> None:
    assert (
        last_pick(
            engine, "a consultancy left us a falcon app when they wound down. we all write fastapi. keep it or port?"
        )
        == "fastapi"
    )


def test_a_niche_move_goes_to_the_framework_the_team_knows(engine: Engine) -> None:
    assert (
        last_pick(
            engine, "a contractor built our intake backend on web2py and then left. we two know flask well. keep it?"
        )
        == "flask"
    )
