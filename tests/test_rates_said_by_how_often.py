"""A call rate said by how often ("partners hit it 3k times a second") is a request rate like "3k req/s" (001
"Recommended framework by project type": a high-performance API is FastAPI's); counts per day or week are none."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reading.loads import needs_from_numbers
from tests.talk import first_pick


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("partner shops hit it about 3k times a second", ("high-concurrency", "3k times a second")),
        ("queried about 120k times a minute", ("high-concurrency", "120k times a minute")),
        ("the cron pings it 2 times a minute", ("no-high-concurrency", "2 times a minute")),
    ],
)
def test_times_a_second_is_a_rate(engine: Engine, said: str, found: tuple[str, str]) -> None:
    assert found in needs_from_numbers(said, None, None, engine.kb.vocabulary)


@pytest.mark.parametrize("said", ["we deploy 20 times a day", "editors publish 3 times a week"])
def test_times_a_day_or_week_is_no_load(engine: Engine, said: str) -> None:
    assert not needs_from_numbers(said, None, None, engine.kb.vocabulary)


def test_a_rate_said_by_how_often_picks_the_fast_api(engine: Engine) -> None:
    assert first_pick(engine, "feature-flag api, every pageview asks it, roughly 4000 times a second") == "fastapi"
