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


def test_the_owner_word_owns_the_peer_not_the_pitched_need(engine: Engine) -> None:
    # "my"/"our" before a peer ("my colleague", "our contractor") marks whose pitch it is, not a need of ours
    for text in (
        "one-off script-ish service that renames uploaded scans, nothing else. my colleague says async is the future",
        "tiny status page for the depot, 8 users. our consultant says async is the way of the future",
    ):
        assert "async" not in _ids(engine, text)
        assert first_pick(engine, text) == "flask"


def test_the_owner_word_on_the_need_itself_still_owns_it(engine: Engine) -> None:
    text = "my coworker set up ci last month; our async ingest must hold 25k concurrent websocket clients"
    assert "high-concurrency" in _ids(engine, text)
    assert first_pick(engine, text) == "fastapi"
