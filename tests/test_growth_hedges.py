"""A rebuild refused should the first version succeed ("nobody wants to redo it if the pilot takes off") is an MVP
that must grow into the product, whatever words sit between (000 "Real-world business scenarios > MVP / proof of
concept": Django if the MVP may evolve into a real product); a rebuild accepted on success, or refused on failure,
is a throwaway start."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


def _ids(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "ferry-ticket app demo for the board asap, though we'd rather not rebuild the entire thing if they buy in",
        "quick mvp for the plant-swap community, but no rewriting the backend from scratch once it catches on",
        "prototype first; nobody wants to start over if the beta sticks",
    ],
)
def test_a_rebuild_refused_on_success_is_a_product_to_be(engine: Engine, text: str) -> None:
    assert "large-app" in _ids(engine, text)
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "throwaway demo for the expo; if it takes off we will rewrite it properly",
        "hack-week prototype, we won't rewrite it if it flops, it just gets deleted",
    ],
)
def test_a_rebuild_accepted_or_refused_on_failure_is_no_hedge(engine: Engine, text: str) -> None:
    assert "large-app" not in _ids(engine, text)
