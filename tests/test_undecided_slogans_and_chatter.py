"""Words that decide nothing on their own get a question back, not a pick: a slogan ('the fastest', 'the industry
standard'), the repo's tooling ('pyright in strict mode'), the field itself ('web apps in python'), a wish every
team has ('fast to build'), paperwork chased in a note ('timesheets are due'), and a question on how two
frameworks differ. Beside a need that decides, each still counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine, default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(text: str, engine: Engine | None = None) -> str | None:
    rec = Conversation(engine or default_engine()).turn(text).advice.recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    "text",
    [
        "our director says to go with 'the fastest one'. which?",
        "the cto just wants whatever is blazing fast",
        "boss: use the industry standard, decision due next week",
        "fresh repo, uv + pyright strict + pre-commit. what web framework?",
        "what do people use these days for web applications in python?",
        "needs to be fast to build, no other details yet. framework?",
        "nothing fancy please. which one?",
    ],
)
def test_a_slogan_or_tooling_alone_gets_the_opening_question(text: str) -> None:
    turn = Conversation(default_engine()).turn(text)
    assert turn.advice.recommendation is None, text
    assert turn.advice.deciding_question is not None, text


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("we need the fastest framework for 40k concurrent websocket clients", "fastapi"),
        ("pyright strict on a json api our flutter app calls", "fastapi"),
        ("web app with user accounts, an admin for staff and server-rendered pages", "django"),
        ("an internal back office, nothing fancy, forms for ops plus an admin panel", "django"),
        ("the industry standard for a large monolith with an admin and many models", "django"),
    ],
)
def test_the_same_words_count_beside_a_need_that_decides(text: str, pick: str) -> None:
    assert _pick(text) == pick


@pytest.mark.parametrize(
    "text",
    [
        "heads up: timesheets must be in before 5pm friday, hr is nagging everyone",
        "friendly nudge that the quarterly survey closes tomorrow, the people team is waiting on replies",
    ],
)
def test_paperwork_chased_in_a_note_names_no_system(text: str) -> None:
    assert _pick(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "timesheet app for 150 field staff with manager approvals",
        "we want to digitize our purchase orders: requesters fill them in, finance approves",
        "leave requests",
    ],
)
def test_paperwork_to_be_built_for_still_decides(text: str) -> None:
    assert _pick(text) == "django", text


def test_paperwork_is_marked_in_yaml_alone(kb_copy: Path) -> None:
    text = "the onboarding forms are overdue again and people keep asking about them"
    assert _pick(text) is None
    lexicon = kb_copy / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8").replace("    paperwork: true\n", "", 1), encoding="utf-8")
    assert _pick(text, Engine(load_knowledge_base(kb_copy))) == "django"


def test_building_words_must_be_single_words(kb_copy: Path) -> None:
    vocabulary = kb_copy / "vocabulary.yaml"
    text = vocabulary.read_text(encoding="utf-8")
    vocabulary.write_text(text.replace("building_words: [app,", "building_words: [web app,", 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert "vocabulary.yaml" in str(raised.value)
    assert "building_words" in str(raised.value)


@pytest.mark.parametrize(
    "text",
    [
        "litestar vs fastapi: how do they actually differ?",
        "starlette or fastapi — what is the real difference?",
        "what are the differences between quart and flask",
    ],
)
def test_a_question_on_how_frameworks_differ_is_a_comparison_without_a_pick(text: str) -> None:
    turn = Conversation(default_engine()).turn(text)
    assert turn.intent == "compare", text
    assert turn.advice.recommendation is None, text
    assert len(turn.focus) == 2, text


def test_the_pair_weighed_for_a_project_still_picks() -> None:
    assert _pick("starlette or fastapi for the new internal service?") == "fastapi"


def test_a_difference_asked_mid_thread_keeps_the_pick() -> None:
    conversation = Conversation(default_engine())
    first = conversation.turn("public json api for partners with generated docs and typed schemas")
    assert first.advice.recommendation is not None
    picked = first.advice.recommendation.framework
    later = conversation.turn("and fastapi vs litestar, how are they different?")
    assert later.intent == "compare"
    assert later.advice.recommendation is not None
    assert later.advice.recommendation.framework == picked
