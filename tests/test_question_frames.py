"""Question frames that ask no framework pick for a project: a claim being checked, a how-to about a tool, a
person's learning or career choice, a hype or doubt question, a frontend-only choice, a sprint's end. Each is asked
back; the same frame with a system said beside it is still a pick."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick


@pytest.mark.parametrize(
    "text",
    [
        # a claim checked: its words ("slow", "django is") are what someone said, not needs or what runs
        "our cto insists flask 'can't handle big teams'. is that legit",
        # a how-to about a tool
        "how do you run uvicorn behind gunicorn with graceful reloads?",
        "anybody know a clean way to split pydantic settings per environment with a dotenv file",
        "how would you structure a monorepo so two packages share one lockfile",
        # hype and doubt
        "should we rewrite everything async because it's 2026?",
        "honestly is type-hinted validation overrated",
        "with ai writing most code in a year, which framework is the one to bet on",
        # a person's learning or career
        "is django still worth learning or is the job market all fastapi now",
        # a frontend-only choice
        "react or vue for the customer screens? backend team has no opinion",
        # a sprint's end is a schedule
        "our sprint finishes in 4 weeks. flask or django?",
    ],
)
def test_a_question_frame_without_a_project_is_asked_back(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the frame with a system said beside it: the system decides
        ("is it true django is slow? we run a booking site where our staff approve refunds in an admin", "django"),
        ("anyone know how uvicorn copes with 30k open connections? were building a live auction feed", "fastapi"),
        ("we need async because every request fans out to nine supplier apis, flask or fastapi?", "fastapi"),
        ("vue or svelte on a python backend serving typed contracts to 25k users, what do you recommend", "fastapi"),
    ],
)
def test_the_same_frame_beside_a_stated_system_still_picks(engine: Engine, text: str, expected: str) -> None:
    assert first_pick(engine, text) == expected


def test_a_checked_claim_sets_no_running_framework(engine: Engine) -> None:
    # "django is 'too slow …'" is the claim quoted, not the framework the asker runs
    conversation = Conversation(engine)
    turn = conversation.turn("a colleague keeps telling me django is 'too slow for high traffic'. is that really true?")
    assert turn.advice.recommendation is None
    assert conversation.state.current is None


def test_a_how_to_opener_needs_its_tool_word(kb_copy: Path) -> None:
    # the opener alone is no frame; a maintainer adds a tool by editing the YAML
    text = "how do i wire up huey for background jobs?"
    assert Conversation(Engine(load_knowledge_base(kb_copy))).turn(text).intent == "update"
    path = kb_copy / "vocabulary.yaml"
    said = path.read_text(encoding="utf-8")
    path.write_text(said.replace("      with_any: [uvicorn, ", "      with_any: [huey, uvicorn, ", 1), encoding="utf-8")
    assert Conversation(Engine(load_knowledge_base(kb_copy))).turn(text).intent != "update"


def test_a_frame_word_mistake_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "vocabulary.yaml"
    said = path.read_text(encoding="utf-8")
    path.write_text(
        said.replace("      with_any: [uvicorn, ", "      with_any: [{oops: 1}, uvicorn, ", 1), encoding="utf-8"
    )
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert "vocabulary.yaml" in str(raised.value)
