"""Second round of known misreads, each a class of wording: an exclusion whose list ends where the alternatives
start, a refusal of all but one framework (a fixed framework), an estate said to be one framework, a framework
used by one named minor system, staff (not the team) who are no developers, a docs website, and a bare yes or no
answering the bot's own question (000 "Final recommendation", 002 "What I Actually See in Production",
003 "When each wins")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import picked, turn_by_turn, wanted


@pytest.mark.parametrize(
    ("text", "out", "kept"),
    [
        ("not flask, quart - we want async views on the same blueprint style", "flask", "quart"),
        ("anything but fastapi — django or flask is fine for the members area", "fastapi", "django"),
        ("avoid django \u2014 flask please, a single endpoint for the kiosk", "django", "flask"),
        ("no django this round, flask will do for the lookup endpoint", "django", "flask"),
        ("rule out fastapi; django, with an admin for the shop staff", "fastapi", "django"),
    ],
)
def test_an_exclusion_stops_where_the_alternatives_start(engine: Engine, text: str, out: str, kept: str) -> None:
    parsed = engine.parser.parse(text)
    assert out in parsed.excluded
    assert kept not in parsed.excluded


def test_a_plain_list_of_exclusions_still_runs_over_commas(engine: Engine) -> None:
    parsed = engine.parser.parse("we need a tiny service, avoiding django, flask and quart")
    assert {"django", "flask", "quart"} <= set(parsed.excluded)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("the infra folks never host anything besides flask. need an endpoint for label jobs", "flask"),
        ("our sre group won't run anything other than fastapi, so the new webhook sink too", "fastapi"),
        ("nothing besides django gets past architecture review here. it's a volunteer rota app", "django"),
        ("we honestly don't deploy anything apart from django. the next thing is a grant tracker", "django"),
    ],
)
def test_a_refusal_of_all_but_one_fixes_that_one(engine: Engine, text: str, fixed: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.mandated == fixed
    assert fixed not in parsed.excluded


def test_an_exception_after_an_unrelated_refusal_still_rules_out(engine: Engine) -> None:
    parsed = engine.parser.parse("we don't mind much, anything but flask. it's a small api")
    assert parsed.mandated is None
    assert "flask" in parsed.excluded


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("everything in production is flask. we want a small internal report endpoint", "flask"),
        ("prod is basically all django. the new piece is a volunteer rota", "django"),
        ("the backend is nearly all fastapi. next is a service that calls two carriers", "fastapi"),
    ],
)
def test_an_estate_said_to_be_one_framework_runs_it(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


def test_a_habit_across_clients_is_still_known_not_run(engine: Engine) -> None:
    parsed = engine.parser.parse("every client project is django. this one is a small webhook relay")
    assert parsed.current is None
    assert "django" in parsed.known


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("the only flask thing we run is the old status page. we need an inference endpoint", "flask"),
        ("our sole django install is the intranet wiki. new service: a chat relay over websockets", "django"),
        ("the single fastapi app we have is a tiny health checker. now a customer portal with billing", "fastapi"),
    ],
)
def test_one_named_minor_system_is_known_not_what_runs(engine: Engine, text: str, met: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current is None
    assert met in parsed.known


def test_the_only_service_said_to_need_work_still_runs(engine: Engine) -> None:
    assert engine.parser.parse("our only flask service is slow and needs caching").current == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "we need something our non-developer coworkers can use to manage the event listings",
        "a place where non-devs manage the product catalogue",
        "non-technical colleagues will manage the opening hours for each branch",
    ],
)
def test_non_developers_managing_records_want_an_admin_not_easy_learning(engine: Engine, text: str) -> None:
    found = wanted(engine, text)
    assert "admin-panel" in found
    assert "easy-learning" not in found


@pytest.mark.parametrize(
    "text",
    [
        "a docs hub for our cli tool with guides and a changelog",
        "tiny docs/landing site for the plugin, ten pages",
        "docs and tutorials website for our python library",
    ],
)
def test_docs_said_with_a_website_are_no_api_docs(engine: Engine, text: str) -> None:
    assert "api-docs" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "a partner api whose docs must come from the code",
        "json endpoints for the app, with docs the frontend can read, plus a small status site",
    ],
)
def test_docs_beside_an_api_stay_api_docs(engine: Engine, text: str) -> None:
    assert "api-docs" in wanted(engine, text)


_CLOSE_API = "a json api for the stock scanners, roughly a dozen endpoints"


@pytest.mark.parametrize("reply", ["yes", "yep, thanks", "Yeah!", "ok sure"])
def test_a_bare_yes_answers_the_bots_yes_no_question(engine: Engine, reply: str) -> None:
    first, second = turn_by_turn(engine, _CLOSE_API, reply)
    question = first.advice.deciding_question
    assert question is not None and question.need is not None
    assert question.need in {m.id for m in second.advice.query.requirements if not m.negated}
    assert picked(second) == question.choices[0].framework


@pytest.mark.parametrize("reply", ["no", "nah", "nope, not really"])
def test_a_bare_no_rules_out_what_was_asked(engine: Engine, reply: str) -> None:
    first, second = turn_by_turn(engine, _CLOSE_API, reply)
    question = first.advice.deciding_question
    assert question is not None and question.need is not None
    assert {m.id: m.negated for m in second.advice.query.requirements}.get(question.need) is True


def test_a_yes_that_says_more_is_read_as_it_stands(engine: Engine) -> None:
    conversation = Conversation(engine)
    first = conversation.turn(_CLOSE_API)
    question = first.advice.deciding_question
    assert question is not None and question.need is not None
    conversation.turn("yes, and finance staff will fix records by hand")
    assert conversation.state.requirements.get("admin-panel") is False


def test_a_bare_yes_with_no_question_open_changes_nothing(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.state.deciding_answers = []
    before = dict(conversation.state.requirements)
    conversation.turn("yes")
    assert conversation.state.requirements == before
