"""The asker's own shortlist ("plain flask, or quart?", "django or flask for …?"): when the sources' leader is off
the list, one option that stands in for it (Quart for a Flask team's async, 002 "The Honest Comparison", 003 "FAQ")
or fits nearly as well answers; options the sources count against the needs are never picked."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, picked, turn_by_turn


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("stock flask or quart for the new worker api?", ("flask", "quart")),
        ("Quart vs Flask's async views for two slow endpoints", ("quart", "flask")),
        ("options on the table: django, flask. which one for a tiny proxy?", ("django", "flask")),
        ("our django app talks to a flask sidecar", ()),
        ("someone pitched quart so our flask app can do async", ()),
    ],
)
def test_frameworks_offered_side_by_side_are_read_as_the_shortlist(
    engine: Engine, text: str, options: tuple[str, ...]
) -> None:
    assert engine.parser.parse(text).options == options


@pytest.mark.parametrize(
    "text",
    [
        "stay on vanilla flask or go quart? we're a flask team and the new bit waits on a dozen slow vendor apis",
        "we maintain a flask codebase. Quart, or just flask with async def, for the part that awaits outside calls?",
        "Flask or Quart for our notifier? it mostly awaits upstream http calls and we need real async",
    ],
)
def test_a_flask_shortlist_needing_async_answers_quart(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "quart"


def test_a_close_fit_on_the_shortlist_answers_over_a_leader_off_it(engine: Engine) -> None:
    assert first_pick(engine, "flask or django for a thin api gateway routing to five services?") == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "flask or django for 30k open websocket connections streaming game state?",
        "litestar or sanic for a public api, we need openapi docs and typed validation",
        "Quart or Sanic for a websocket chat? nobody here knows flask",
    ],
)
def test_a_shortlist_that_does_not_fit_still_gets_the_leader(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "fastapi"


def test_a_follow_up_keeps_weighing_the_same_shortlist(engine: Engine) -> None:
    turns = turn_by_turn(engine, "we run flask. flask or quart for the next service?", "it mostly awaits slow apis")
    assert picked(turns[-1]) == "quart"


def test_a_shortlist_the_sources_call_a_mistake_is_not_picked_from(engine: Engine) -> None:
    assert first_pick(engine, "fastapi or flask for a crud heavy back office where ops need admin tooling?") == "django"
