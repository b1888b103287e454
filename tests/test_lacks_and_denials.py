"""Negation words that state a need: a lack with its consequence ('without docs, support drowns'), a denied
negation ('it isn't the case that we don't need sso'), and 'can't live without'. A plain 'without' or 'can
live without' still negates."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _read(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> wanted (True) or negated (False)."""
    return {r.id: not r.negated for r in engine.ask(text).query.requirements}


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("without an admin panel our ops people edit rows by hand in psql", "admin-panel"),
        ("without openapi docs, the mobile devs ping us on slack all day", "api-docs"),
        ("without websockets users keep hitting refresh to see new bids", "realtime"),
    ],
)
def test_a_lack_with_its_consequence_wants_the_thing(engine: Engine, text: str, need: str) -> None:
    assert _read(engine, text).get(need) is True


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("without sso or docs, we just need a json api", "api-docs"),
        ("a small api without an admin", "admin-panel"),
        ("we could easily live without websockets", "realtime"),
    ],
)
def test_a_plain_without_still_negates(engine: Engine, text: str, need: str) -> None:
    assert _read(engine, text).get(need) is False


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("it isn't the case that we don't need an admin panel", "admin-panel"),
        ("not true that we do not need websockets, the ops board is live", "realtime"),
        ("what the team cannot do without is an admin for support staff", "admin-panel"),
        ("docs we can skip, but we can't live without websockets", "realtime"),
    ],
)
def test_a_denied_negation_wants_the_thing(engine: Engine, text: str, need: str) -> None:
    assert _read(engine, text).get(need) is True


def test_a_denial_alone_negates(engine: Engine) -> None:
    assert _read(engine, "it's not the case that we need websockets").get("realtime") is False
