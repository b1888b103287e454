"""A pitch whose reason is a trend ("async is the future", "everyone's moving to it") states someone's taste, not
the team's need, even when it names no framework (000 "Introduction": hype is a poor reason to choose); the same
need said by the team with a concrete reason still counts."""

from __future__ import annotations

from knowledge.engine import Engine
from tests.talk import first_pick


def _ids(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


def test_a_trend_pitched_without_a_framework_is_no_need(engine: Engine) -> None:
    text = "small internal status page, a handful of hits a day. a coworker insists async is the future"
    assert "async" not in _ids(engine, text)
    assert first_pick(engine, text) == "flask"


def test_the_trend_pitched_on_a_need_of_our_own_still_counts(engine: Engine) -> None:
    text = "async is the future they say; what we have is 40k concurrent sockets for a live sports feed"
    assert "high-concurrency" in _ids(engine, text)
    assert first_pick(engine, text) == "fastapi"
