"""Frameworks the seeds call niche (Pyramid, Falcon, aiohttp, web.py): read as what runs, kept while no
alternative is weighed, moved where the needs point."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine, default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(engine: Engine, text: str) -> tuple[str | None, str | None]:
    turn = Conversation(engine).turn(text)
    rec = turn.advice.recommendation
    return turn.parsed.current, rec.framework if rec else None


def test_a_working_niche_app_stays() -> None:
    assert _pick(default_engine(), "our pyramid site is doing fine, we just want to add a page") == (
        "pyramid",
        "pyramid",
    )


def test_a_niche_app_moves_where_the_needs_point() -> None:
    engine = default_engine()
    assert _pick(engine, "we run falcon and now need generated openapi docs and typed validation")[1] == "fastapi"
    assert _pick(engine, "legacy web2py app, now it needs an admin panel and a back office")[1] == "django"
    assert _pick(engine, "our aiohttp service is hard to hire for")[1] == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "our litestar app is doing great. separately we start a brand new service: a public api with openapi docs",
        "the bottle tool runs fine; we need a new service next to it for a documented partner api",
        "our quart dashboard works well. the next thing is a new service, a typed public api for outside devs",
    ],
)
def test_a_new_service_beside_a_working_niche_app_is_chosen_on_its_needs(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"
