"""A reason given with 'since' for a pitched framework ('since it scales better') is no time it has run; FastAPI's
router class in the project's files says FastAPI runs; a Litestar or Quart app asked to move with no need stated
stays where it is (seed 003 "Flask wins": no rewrite without a reason; 000 "Introduction": not for popularity)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


@pytest.mark.parametrize(
    "text",
    [
        "a colleague keeps pitching sanic since it handles more requests per second",
        "the new lead prefers fastapi since it generates swagger for free",
        "someone floated litestar since it scales better under load",
        "my manager read about quart since everyone says async is nicer",
    ],
)
def test_since_with_a_present_verb_is_a_reason_not_how_long_it_ran(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.current is None


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("we have been on flask since it was released and it still works", "flask"),
        ("we've used fastapi since it launched. any reason to change?", "fastapi"),
        ("running django since it first shipped 1.0, want to add an api", "django"),
    ],
)
def test_since_with_a_past_verb_still_tells_how_long_it_ran(engine: Engine, text: str, framework: str) -> None:
    assert engine.ask(text).query.current == framework


@pytest.mark.parametrize(
    "text",
    [
        "the django portal now needs an api for partners; a dev suggests fastapi instead since it is quicker",
        "our django monolith needs a json api. one teammate pushes litestar since it serializes faster",
    ],
)
def test_a_pitch_with_its_reason_keeps_the_django_app(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.current == "django"
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "our APIRouter modules keep growing, would flask be tidier?",
        "each APIRouter has its own prefix and tags; is django cleaner for a team of 4?",
    ],
)
def test_fastapi_router_class_says_fastapi_runs(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.current == "fastapi"


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("we run three litestar services. should we port them to fastapi?", "litestar"),
        ("our quart backend, should we rewrite it in fastapi?", "quart"),
        ("our backend has been on litestar for two years. should we move it to fastapi?", "litestar"),
    ],
)
def test_a_move_asked_with_no_need_keeps_the_working_app(engine: Engine, text: str, framework: str) -> None:
    assert first_pick(engine, text) == framework


def test_a_stated_need_still_moves_a_quart_app(engine: Engine) -> None:
    text = "our quart app has no request validation and partners want an openapi file. move to fastapi?"
    assert first_pick(engine, text) == "fastapi"
