"""Words that set a piece apart ('is separate', 'nothing to do with it') make a new codebase only when the piece is
ours to build: a database, an environment, another party's client app or a cause ruled out is set apart from
nothing we choose a framework for. And 'X has nothing to do with <framework>' rules a cause out, not the framework."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import wanted


@pytest.mark.parametrize(
    "text",
    [
        "Analytics reads from a replica that is completely separate. We run Django and want token-auth endpoints.",
        "Heads up, the QA environment is separate from production. Our Flask service has 4 routes and works.",
        "The android app is separate, a contractor ships it. We maintain the Django backend with its admin.",
        "That memory leak had nothing to do with it, we are on Flask and need one more webhook route.",
        "The warehouse db is totally separate from it; the question is the API on our existing Django site.",
    ],
)
def test_a_store_an_environment_or_a_cause_set_apart_is_no_new_codebase(engine: Engine, text: str) -> None:
    assert "greenfield" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "We run a Django marketplace. The thing I'm asking about is separate: a scoring API at 900 rps.",
        "Our main app is Flask, but this has nothing to do with it: a websocket hub for 4k live screens.",
    ],
)
def test_a_piece_of_ours_set_apart_is_still_a_new_codebase(engine: Engine, text: str) -> None:
    assert "greenfield" in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("The latency spikes have nothing to do with Django, it's the N+1 queries. We run Django.", "django"),
        ("those 500s had nothing to do with flask; our flask app is fine otherwise, we run it on two boxes", "flask"),
        ("the timeouts have nothing to do with fastapi, we run fastapi behind a slow upstream", "fastapi"),
    ],
)
def test_a_cause_ruled_out_bans_no_framework(engine: Engine, text: str, runs: str) -> None:
    parsed = engine.parser.parse(text)
    assert runs not in parsed.excluded
    advice = Conversation(engine).turn(text).advice
    assert advice.recommendation is not None
    assert advice.recommendation.framework == runs
