"""Words that decide nothing ask back instead of picking: a quality every framework claims ('scalable', 'future
proof'), a capability every framework has ('endpoints', 'rest'), a bare deadline; and a question on another topic
(a job ad, a dependency upgrade, the ORM or Python version) is not a framework pick. Said beside a need that
decides, the same words still count."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import CLARIFY
from tests.kb_mistakes import load_error
from tests.talk import first_pick, first_turn


@pytest.mark.parametrize(
    "text",
    [
        "our new service must be scalable and future-proof, what do you suggest?",
        "looking for something with good scalability. any framework tips?",
        "it has to scale. recommendations?",
        "some rest endpoints that send back json, which framework would you take?",
        "we just need a few api endpoints. thoughts?",
        "tight deadline on this one, which framework do we go with?",
        "it's due next week, choose one for me",
    ],
)
def test_a_generic_quality_capability_or_date_alone_asks_back(text: str) -> None:
    turn = first_turn(default_engine(), text)
    assert turn.advice.recommendation is None, text
    assert turn.advice.deciding_question is not None, text


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        # the same words beside a need that decides still weigh in
        ("scalable websocket chat for many concurrent users", "fastapi"),
        ("a staff back office with an admin panel and a tight deadline", "django"),
        ("endpoints for our react native app, typed request validation and auto docs", "fastapi"),
        # a stated load or horizon is a real need, not a bare quality
        ("heavy load expected: tens of thousands of users hitting the json api at once. which one?", "fastapi"),
        # "hf": Hugging Face, the model to serve decides
        ("wrap an hf model in a small api", "fastapi"),
    ],
)
def test_the_same_words_beside_a_deciding_need_still_count(text: str, pick: str) -> None:
    assert first_pick(default_engine(), text) == pick, text


@pytest.mark.parametrize(
    "text",
    [
        "Recruiter question: what framework do we list in our job posting to attract applicants?",
        "writing the job description for a backend role, django or fastapi?",
        "we're upgrading pydantic across the board next month, what breaks?",
        "bumping all our dependencies this quarter, anything to watch for with sqlalchemy?",
        "what orm should we go for, sqlalchemy or peewee?",
        "which python version should the team standardise on?",
    ],
)
def test_a_question_on_another_topic_is_not_a_framework_pick(text: str) -> None:
    turn = first_turn(default_engine(), text)
    assert turn.intent == CLARIFY, text
    assert turn.advice.recommendation is None, text


def test_a_project_that_must_be_easy_to_hire_for_is_still_a_pick() -> None:
    text = "staff portal with logins and an admin, and it has to be easy to hire for"
    assert first_pick(default_engine(), text) == "django"


def test_an_intent_flag_that_is_not_a_bool_names_the_file_and_entry(kb_copy: Path) -> None:
    error = load_error(kb_copy, "vocabulary.yaml", "not_a_pick: true", "not_a_pick: maybe")
    assert re.search(r"vocabulary\.yaml.*not_a_pick", error), error
