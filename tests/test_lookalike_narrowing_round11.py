"""Look-alikes the runs/known mechanisms over-read: one named system that is the team's central codebase, a thing
said to be a framework that is no thing of ours ("the tutorial is fastapi and i need …"), a past job the team's own
system is compared with, and a bare yes after the asker put a question to a colleague by name (000 "Final
recommendation", 003 "When each wins > Flask wins": an existing codebase is the one kept)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import turn_by_turn


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the only django app we have is the main product; ops want an approvals page", "django"),
        ("our sole flask install is the core platform itself, so no big rewrites please", "flask"),
        ("the single fastapi service we run is our flagship booking api. it needs rate limits", "fastapi"),
    ],
)
def test_the_one_system_named_as_the_central_codebase_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    "text",
    [
        "the tutorial I'm following is FastAPI and I need a tiny site for my band",
        "the book on my desk is django and i want to build a recipe blog",
        "the workshop next week is flask and we would like a small dashboard",
    ],
)
def test_a_framework_said_of_no_thing_of_ours_does_not_run(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


def test_a_service_of_ours_before_a_new_clause_still_runs(engine: Engine) -> None:
    assert engine.parser.parse("the intake service is quart and we need a websocket feed").current == "quart"


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("our api is flask like it was at my previous company; two more endpoints needed", "flask"),
        ("our booking backend is django, same as at my last job, and it needs an approvals page", "django"),
        ("our billing service is fastapi just as in my old job, needs a websocket route", "fastapi"),
    ],
)
def test_our_system_compared_with_a_past_job_still_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


_SMALL_API = "a json api for the stock scanners, roughly a dozen endpoints"


@pytest.mark.parametrize(
    "aside",
    [
        "@sam is the old scanner box still plugged in?",
        "priya, do we still have the staging vm?",
    ],
)
def test_a_bare_yes_after_a_question_to_a_colleague_is_theirs(engine: Engine, aside: str) -> None:
    conversation = Conversation(engine)
    first = conversation.turn(_SMALL_API)
    question = first.advice.deciding_question
    assert question is not None and question.need is not None
    conversation.turn(aside)
    conversation.turn("yep")
    assert question.need not in conversation.state.requirements


def test_a_bare_yes_right_after_the_bots_question_still_answers_it(engine: Engine) -> None:
    first, second = turn_by_turn(engine, _SMALL_API, "yep")
    question = first.advice.deciding_question
    assert question is not None and question.need is not None
    assert question.need in {m.id for m in second.advice.query.requirements if not m.negated}
