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
