"""A working app the team knows is not ported because the other framework is the popular pick: a model served at
a handful of requests stays, and a time in production behind an app says it works ("in prod since 2021")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _pick(engine: Engine, text: str) -> str | None:
    rec = engine.ask(text).recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    ("text", "stays"),
    [
        (
            "our flask app returns sklearn predictions, 3 rps tops, works fine; colleagues say fastapi is the ML norm",
            "flask",
        ),
        (
            "django view serves pytorch predictions inline. low traffic (2 rps), no complaints. port it to fastapi?",
            "django",
        ),
        (
            "our sanic relay streams sensor data, in prod since 2021 and ops knows it cold. bother moving it?",
            "sanic",
        ),
        ("we've run quart in production for years. is litestar's hype a reason to switch?", "quart"),
    ],
)
def test_a_working_app_stays_when_the_move_is_a_popularity_pitch(engine: Engine, text: str, stays: str) -> None:
    assert _pick(engine, text) == stays


@pytest.mark.parametrize(
    "text",
    [
        "our flask model api gets 600 concurrent prediction calls at peak and the workers choke. fastapi?",
        "we run sanic for one small internal endpoint, nothing else to say. move to fastapi?",
    ],
)
def test_a_move_with_its_own_reason_still_goes_to_fastapi(engine: Engine, text: str) -> None:
    assert _pick(engine, text) == "fastapi"


def test_a_horizon_ahead_is_no_record_of_working(engine: Engine) -> None:
    needs = {m.id for m in engine.parser.parse("a new booking app that will be in production for years").requirements}
    assert "works-today" not in needs
