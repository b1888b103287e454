"""A negation of the asking ('not debating django vs fastapi') rules no framework out; 'it cant be flask' rules the
framework right after it out and nothing else; a new API beside a Sanic/Quart/Litestar/Starlette service starts on
FastAPI (003 FAQ)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("im not debating django vs flask again, what fits a back office with 30 models and an admin?", "django"),
        ("not talking about flask or django here: which one for an admin-heavy crud tool?", "django"),
        ("not asking about fastapi vs flask, just tell me what suits a websocket chat service", "fastapi"),
    ],
)
def test_a_denied_question_rules_out_no_framework(engine: Engine, text: str, pick: str) -> None:
    assert not engine.parser.parse(text).excluded
    assert first_pick(engine, text) == pick


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        ("the new portal cant be django, security signed off on the other two only", {"django"}),
        ("it must not be plain flask; we need a typed json api", {"flask"}),
        # a host running WSGI only also rules out the frameworks served on ASGI alone
        ("this cannot be fastapi, ops runs only wsgi servers", {"fastapi", "starlette", "litestar", "quart", "sanic"}),
    ],
)
def test_cant_be_rules_out_the_framework_after_it(engine: Engine, text: str, excluded: set[str]) -> None:
    assert set(engine.parser.parse(text).excluded) == excluded


@pytest.mark.parametrize(
    "text",
    ["the old backend cant be maintained anymore and we need an admin", "the api cannot be slow, 3k rps at peak"],
)
def test_cant_be_before_no_framework_negates_nothing(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert not parsed.excluded
    assert not [r for r in parsed.requirements if r.negated]


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("two services run on sanic already; a third api is planned, sanic again or fastapi?", "sanic"),
        ("our one litestar service is fine. next api we build: same framework or fastapi?", "litestar"),
        ("we built the bot on quart last year. new service coming: keep quart?", "quart"),
    ],
)
def test_a_new_api_beside_a_niche_async_framework_starts_on_fastapi(engine: Engine, text: str, current: str) -> None:
    turn = Conversation(engine).turn(text)
    assert turn.parsed.current == current
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "fastapi"
