"""In a thread, a follow-up that asks how the pick fares ("would it cope with …?", "how steep is it?") adds no need
and leaves the pick alone; a follow-up that states a need or supposes one ("what if we also need …?") still counts."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import recommended, turn_by_turn

_BACK_OFFICE = "back office for our warehouse crew: staff logins, roles, editing stock records in an admin"
_PARTNER_API = "partner-facing REST API for our freight quotes, with typed schemas and generated OpenAPI docs"


@pytest.mark.parametrize(
    "question",
    [
        "would it cope with websockets down the line?",
        "hmm, won't django choke once traffic picks up?",
        "how steep is the learning curve for a couple of juniors?",
        "is the django admin any good for non-technical staff?",
        "and the docs, decent?",
        "should we be worried that django is mostly sync?",
        "can that handle 5k concurrent users?",
        "how easy is hiring for it around here?",
    ],
)
def test_a_question_about_the_pick_adds_no_need(engine: Engine, question: str) -> None:
    first, follow_up = turn_by_turn(engine, _BACK_OFFICE, question)
    assert recommended(first.advice) == "django"
    assert recommended(follow_up.advice) == "django"
    assert follow_up.change is None or not follow_up.change.added
    assert follow_up.intent == "about" and follow_up.focus == ("django",)


def test_a_question_naming_another_framework_is_about_that_one(engine: Engine) -> None:
    _, follow_up = turn_by_turn(engine, _PARTNER_API, "is flask mature enough for something like this?")
    assert recommended(follow_up.advice) == "fastapi"
    assert follow_up.focus == ("flask",)


@pytest.mark.parametrize(
    ("statement", "need"),
    [
        ("heads up, we will have to push live updates over websockets next month", "realtime"),
        ("what if we also need an admin panel for support to edit partner accounts?", "admin-panel"),
        ("would it still hold if we also need logins and roles for partner staff?", "user-auth"),
    ],
)
def test_a_stated_or_supposed_need_still_counts(engine: Engine, statement: str, need: str) -> None:
    _, follow_up = turn_by_turn(engine, _PARTNER_API, statement)
    assert follow_up.intent != "about"
    assert need in {m.id for m in follow_up.advice.query.requirements if not m.negated}


def test_a_fact_beside_the_question_is_still_read(engine: Engine) -> None:
    _, follow_up = turn_by_turn(engine, _PARTNER_API, "won't it drag once we add an orm? everything sits in postgres")
    assert follow_up.change is not None
    assert "Relational data model / ORM" in follow_up.change.added


@pytest.mark.parametrize(
    "text",
    [
        "would it be possible to run a small celery worker next to it?",  # "it" stands for the to-clause
        "can the flask reporting service read from the same tables?",  # a framework naming a system of ours
        "does it change anything that only one of us knows python well?",  # a fact put to the answer
        "should it take off, it will become the product, with accounts and billing.",  # a condition, not a question
    ],
)
def test_not_a_question_about_the_answer(engine: Engine, text: str) -> None:
    assert not engine.answer_questions.split(text).cut


def test_a_first_message_question_is_read_for_its_needs(engine: Engine) -> None:
    (turn,) = turn_by_turn(engine, "won't flask be too slow for a chat app with thousands of websocket users?")
    assert turn.intent != "about"
    assert "realtime" in {m.id for m in turn.advice.query.requirements}
