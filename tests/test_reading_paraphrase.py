"""Families of ways to say the same thing: each test uses wordings of its own, not the eval's."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _needs(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("our quote engine hits 25 insurer apis in parallel for every search", "io-heavy"),
        ("our quote engine hits 25 insurer apis in parallel for every search", "high-concurrency"),
        ("every checkout makes calls to 6 downstream services", "io-heavy"),
        ("the uwsgi workers are saturated by noon", "high-concurrency"),
        ("the mobile backend just returns json to the phones", "api-only"),
        ("partners post invoices and we must acknowledge within 3 seconds", "low-latency"),
        ("a tiny layer that forwards requests to services behind it", "api-gateway"),
        ("it's super thin, auth and routing only", "api-gateway"),
        ("training platform for our staff with enrolments and certificates", "user-auth"),
    ],
)
def test_need_families_read_in_other_words(engine: Engine, text: str, need: str) -> None:
    assert need in _needs(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our engineers mainly know django; we need a small gateway",
        "the team's experience is all django, and we need a small gateway",
    ],
)
def test_what_the_team_mainly_knows_is_known_not_run(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert "django" in parsed.known and parsed.current is None
