"""A running app's track record read as 'works today', a lack stated as the present state with a complaint after
it read as a want, a team moving off a framework it names with no destination, and rewordings of what runs."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import asked_wanted_by_id


@pytest.mark.parametrize(
    "text",
    [
        "our django shop has been running for six years, is it time for fastapi?",
        "the flask api serves our customers every day. rewrite it?",
        "we deploy to it twice a week and it's a flask app. should it become fastapi?",
        "that old flask prototype has ended up in production. go fastapi?",
    ],
)
def test_a_track_record_of_running_reads_as_works_today(engine: Engine, text: str) -> None:
    assert asked_wanted_by_id(engine, text).get("works-today") is True


def test_a_niche_service_with_a_track_record_stays(engine: Engine) -> None:
    advice = engine.ask("one quart app has been serving our dashboards since 2020. should we go to fastapi?")
    assert advice.query.current == "quart"
    assert advice.recommendation is not None and advice.recommendation.framework == "quart"


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("there are no openapi docs and integrators keep guessing the payloads", "api-docs"),
        ("we have no request validation, bad payloads take the worker down", "typed-validation"),
        ("nothing documents our endpoints, so callers open tickets", "api-docs"),
        ("we still have no admin panel and support edits rows by hand", "admin-panel"),
    ],
)
def test_a_present_lack_with_a_complaint_wants_the_thing(engine: Engine, text: str, need: str) -> None:
    assert asked_wanted_by_id(engine, text).get(need) is True


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("there are no websockets, it is a plain json api", "realtime"),
        ("there are no users outside the team, so no docs needed", "api-docs"),
        ("we have no need for an admin", "admin-panel"),
    ],
)
def test_a_present_lack_without_a_complaint_still_negates(engine: Engine, text: str, need: str) -> None:
    assert asked_wanted_by_id(engine, text).get(need) is False


@pytest.mark.parametrize(
    "text",
    ["we're getting off pyramid. any advice?", "moving away from web2py this year, suggestions welcome"],
)
def test_leaving_a_niche_framework_is_no_stay(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert advice.query.leaving and advice.query.current is not None
    assert advice.recommendation is None or advice.recommendation.framework != advice.query.current


@pytest.mark.parametrize(
    "text",
    ["without leaving pyramid, can we add an admin?", "do we have to move off pyramid for this?", "we run pyramid"],
)
def test_a_denied_or_asked_leaving_is_not_leaving(engine: Engine, text: str) -> None:
    assert not engine.ask(text).query.leaving


def test_leaving_said_mid_thread_ranks_where_to_go(engine: Engine) -> None:
    c = Conversation(engine)
    first = c.turn("we run pyramid")
    assert first.advice.recommendation is not None and first.advice.recommendation.framework == "pyramid"
    second = c.turn("we are getting off pyramid. what now?")
    assert c.state.current == "pyramid" and c.state.leaving
    assert second.advice.recommendation is None or second.advice.recommendation.framework != "pyramid"
    third = c.turn("it serves partners a typed json api, with docs")
    assert third.advice.recommendation is not None and third.advice.recommendation.framework == "fastapi"


def test_a_first_message_that_migrates_off_a_framework_ranks_where_to_go(engine: Engine) -> None:
    """'migrating off X' opens the thread as a move (the migrate intent), which keeps the leaving."""
    c = Conversation(engine)
    first = c.turn("we're migrating off bottle at last: it pushes live order updates to 5k dashboards over sse")
    assert c.state.current == "bottle" and c.state.leaving
    assert first.advice.recommendation is not None and first.advice.recommendation.framework == "fastapi"
    later = c.turn("would quart do?")
    assert later.advice.recommendation is not None and later.advice.recommendation.framework != "bottle"


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("our gateway is built directly on starlette. worth going to fastapi?", "starlette"),
        ("a sanic worker has been handling our uploads since 2019. move it?", "sanic"),
        ("half the routes have been ported to fastapi, the remainder is still flask", "flask"),
    ],
)
def test_rewordings_of_what_runs(engine: Engine, text: str, current: str) -> None:
    assert engine.ask(text).query.current == current


def test_a_move_said_in_the_passive_is_under_way(engine: Engine) -> None:
    query = engine.ask("our flask app: most views have already been moved to fastapi. keep going?").query
    assert query.current == "flask" and query.targets == ("fastapi",) and query.migration_underway


def test_an_indirect_why_not_rules_nothing_out(engine: Engine) -> None:
    assert "fastapi" not in engine.ask("my lead asked why we do not just use fastapi").query.excluded


def test_options_listed_after_there_are_also_are_not_what_runs(engine: Engine) -> None:
    assert engine.ask("we need a small api; there are also fastapi and quart to consider").query.current is None
