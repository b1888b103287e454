"""A delivery date is not a lifespan, and a message that names frameworks but no project of the asker's (no
system, users, data or load) asks about the frameworks, their market or a date: it is asked back, not picked."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick, first_turn, picked, thread_picks


@pytest.mark.parametrize(
    "text",
    [
        "our go-live timeline is a 10-week timeline, what should the backend be",
        "the beta is 5 weeks out. which framework",
        "launch is about two months away and that's all i know",
        "code complete is 6 weeks off, which one do we take?",
    ],
)
def test_a_schedule_after_a_duration_is_no_short_life(engine: Engine, text: str) -> None:
    turn = first_turn(engine, text)
    assert "short-horizon" not in {m.id for m in turn.parsed.requirements}
    assert turn.advice.recommendation is None


@pytest.mark.parametrize(
    "text",
    [
        "hand-in is the close of this sprint (3 wks). what framework",
        "our deadline: 4 weeks. recommend a python framework",
        "ship it by the next release (6 weeks), which backend do we take?",
        "the sprint ends (2 weeks from now) and we need a framework picked",
    ],
)
def test_a_duration_glossing_a_delivery_date_is_no_short_life(engine: Engine, text: str) -> None:
    # a bracket or colon ties the duration to the date just named: when it ships, not how long it lives
    turn = first_turn(engine, text)
    assert "short-horizon" not in {m.id for m in turn.parsed.requirements}
    assert turn.advice.recommendation is None


def test_a_glossed_lifetime_still_counts(engine: Engine) -> None:
    # the same bracket after a life word keeps the span a lifetime
    turn = first_turn(engine, "a raffle page that lives briefly (3 weeks), then it is deleted; flask or django?")
    assert "short-horizon" in {m.id for m in turn.parsed.requirements}


def test_a_life_said_as_one_is_still_short(engine: Engine) -> None:
    # the span is how long it lives ("then it is switched off"), not when it ships
    turn = first_turn(engine, "the signup form for the summer fair lives 2 months, then it is switched off")
    assert "short-horizon" in {m.id for m in turn.parsed.requirements}


@pytest.mark.parametrize(
    "text",
    [
        "the deadline is the end of the month. fastapi or flask?",
        "is it true django people are easier to hire than flask people?",
        "hackers on reddit say litestar devs are the easiest to find. so litestar or fastapi?",
        "launch is a month away. flask or django",
    ],
)
def test_frameworks_named_without_a_project_ask_back(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) is None


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        # the same loose words beside a project of the asker's still decide between the named frameworks
        ("deadline is the end of the month for the partner api. fastapi or litestar?", "fastapi"),
        ("our flask app is fine, just need two more endpoints by friday. move to django?", "flask"),
        ("async websockets for our live auction site, thousands of bidders at once", "fastapi"),
        ("the signup form for the summer fair lives 2 months, then it is switched off", "flask"),
    ],
)
def test_a_project_said_still_picks(engine: Engine, text: str, pick: str) -> None:
    assert first_pick(engine, text) == pick


def test_a_thread_picks_once_the_project_is_said(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "we ship in 7 weeks, flask or fastapi?",
        "it's the internal api our warehouse scanners post to, ~1k requests a second",
    )
    assert picks == [None, "fastapi"]


def test_a_maintainer_adds_a_project_word_in_yaml_alone(kb_copy: Path) -> None:
    text = "deadline is the end of the month for the kiosk. fastapi or flask?"
    assert picked(Conversation(Engine(load_knowledge_base(kb_copy))).turn(text)) is None
    path = kb_copy / "closecalls.yaml"
    said = path.read_text(encoding="utf-8")
    path.write_text(said.replace("  project_words: [", "  project_words: [kiosk, ", 1), encoding="utf-8")
    assert picked(Conversation(Engine(load_knowledge_base(kb_copy))).turn(text)) is not None


def test_a_project_word_mistake_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "closecalls.yaml"
    said = path.read_text(encoding="utf-8")
    path.write_text(said.replace("  project_words: [", "  project_words: [{oops: 1}, ", 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert "closecalls.yaml" in str(raised.value)
