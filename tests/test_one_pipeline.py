"""One path from text to reply: `ask` is a conversation of one turn, so every intent reads the same everywhere."""

from __future__ import annotations

import json

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import CLARIFY, Conversation
from tests.test_cli import run


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("compare django and fastapi", "compare"),
        ("why not flask", "why-not"),
        ("thoughts on litestar", "about"),
        ("is sanic any good?", "about"),
        ("what is the weather", CLARIFY),
        ("how do we migrate from flask to fastapi", "migrate"),
    ],
)
def test_the_intent_is_decided_once_for_every_face(engine: Engine, text: str, intent: str) -> None:
    assert Conversation(engine).turn(text).intent == intent
    code, out, _ = run("chat", "--format", "jsonl", stdin=text + "\n")
    assert code == 0 and json.loads(out.splitlines()[0])["intent"] == intent


def test_off_topic_gets_a_clarifying_reply_not_a_blank_one() -> None:
    code, out, _ = run("ask", "what is the weather")
    assert code == 0 and "I understand" in out


@pytest.mark.parametrize(
    "text",
    [
        "sqlalchemy or tortoise, which orm pairs best with postgres?",  # another layer's choice: no pick
        "who looks after flask these days?",  # about a framework: no pick
        "we started moving our django app to fastapi last month, 3 of 30 views done. keep going?",
        "flask vs fastapi for us? the app is 80% admin screens for the ops staff",
    ],
)
def test_the_json_answer_is_the_turns_answer(engine: Engine, text: str) -> None:
    """`ask --format json` carries the pick the conversation makes, not a second reading of its own."""
    rec = Conversation(engine).turn(text).advice.recommendation
    code, out, _ = run("ask", "--format", "json", text)
    record = json.loads(out)
    assert code == 0 and record["query"] == text
    assert (record["recommendation"] or {}).get("framework") == (rec.framework if rec else None)
