"""A message that names no system asks back: a quality every framework claims ('secure', 'maintainable',
'enterprise-grade', a big community, good docs), a line of business alone ('we're an insurer'), a bare dashboard,
the time there is to build, a dislike with no project. So does a side question: two tools of another layer
weighed, learning material, a release's support, a general poll, a library's major upgrade. Beside a need that
decides, the same words still count, and a learner's first steps still pick."""

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
        "it needs to be really secure, what do you recommend?",
        "our main goal is that it stays maintainable. which one?",
        "we need something enterprise-ready, any advice?",
        "our company does fintech",
        "we're a healthcare startup",
        "a large community matters most to us. thoughts?",
        "the framework should have excellent documentation",
        "pick something that won't page us during the night",
        "they gave us two months. framework?",
        "what would you build the dashboards in?",
        "which framework should we learn next year?",
    ],
)
def test_a_bare_quality_domain_or_time_budget_asks_back(text: str) -> None:
    turn = first_turn(default_engine(), text)
    assert turn.advice.recommendation is None, text
    assert turn.advice.deciding_question is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "peewee or sqlalchemy, which has nicer syntax?",
        "vue vs svelte for the frontend, what's hot right now?",
        "trying to upskill: which udemy courses on python backends are worth it?",
        "until when does the current django lts get security patches?",
        "is sanic still maintained these days?",
        "how do people feel about async views in general?",
        "the sqlalchemy 2 migration took us a month, ugh",
    ],
)
def test_a_side_question_is_not_a_framework_pick(text: str) -> None:
    turn = first_turn(default_engine(), text)
    assert turn.intent == CLARIFY, text
    assert turn.advice.recommendation is None, text


def test_a_dislike_with_no_project_asks_back_and_keeps_the_framework_out() -> None:
    turn = first_turn(default_engine(), "our lead dev really hates flask")
    assert turn.advice.recommendation is None
    assert "flask" in turn.parsed.excluded
    assert turn.parsed.current is None


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        # the domain, the quality or the budget beside what is built still weighs in
        ("we're a bank building a back-office tool with an admin panel for the ops team", "django"),
        ("secure public api for partners, token auth and openapi docs", "fastapi"),
        ("we have 3 weeks to ship an internal admin for the support team", "django"),
        ("live dashboard pushing numbers to screens over websockets", "fastapi"),
        ("our cto hates django; we need a typed public api with auto docs", "fastapi"),
        # a stated lifetime is still a horizon
        ("it only has to run for 2 weeks, then we delete it", "flask"),
        # a learner's first steps pick
        ("I'm learning web dev and want a toy app to see how requests work", "flask"),
        ("which framework should I learn to teach my students the basics?", "flask"),
        # a framework or the backend named beside the other layer keeps it a framework question
        ("htmx or react on top of our django app? it needs an admin too", "django"),
        # a poll that names the project is a question on its needs
        ("how do you all feel about fastapi for our new public api with auto docs?", "fastapi"),
    ],
)
def test_the_same_words_beside_a_deciding_need_still_pick(text: str, pick: str) -> None:
    assert first_pick(default_engine(), text) == pick, text


def test_a_budget_cue_that_is_not_text_names_the_file_and_entry(kb_copy: Path) -> None:
    error = load_error(kb_copy, "vocabulary.yaml", "budget_before: [we have,", "budget_before: [[we], we have,")
    assert re.search(r"vocabulary\.yaml.*budget_before", error), error
