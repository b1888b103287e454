"""Slowness said of the app that runs names what runs; load at its limits moves a Flask app, slowness with no
cause found is measured first."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("the flask backend behind our booking site has become painfully slow", "flask"),
        ("honestly django feels sluggish for our dashboards, is it time to switch?", "django"),
        ("customers complain about slow responses from our flask service", "flask"),
    ],
)
def test_slowness_names_what_runs_and_asks_to_measure_first(engine: Engine, text: str, current: str) -> None:
    advice = engine.ask(text)
    rec = advice.recommendation
    assert advice.query.current == current
    assert "slow-app" in {r.id for r in advice.query.requirements}
    assert rec is not None and rec.framework == current
    assert "where the time goes" in rec.reasons[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "our load tests show flask is the bottleneck once a few hundred clients connect",
        "the flask api keeps hitting its limits every evening peak",
        "flask cannot handle the traffic from the new partner integration",
    ],
)
def test_a_flask_app_at_its_limits_under_load_moves_to_fastapi(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert advice.query.current == "flask"
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"


def test_slow_development_is_time_to_market_not_runtime_speed(engine: Engine) -> None:
    ids = {
        r.id
        for r in engine.ask(
            "building features in flask is too slow to develop, we keep hand-rolling auth"
        ).query.requirements
    }
    assert "time-to-market" in ids and "slow-app" not in ids


@pytest.mark.parametrize(
    "text",
    [
        "in our flask app the db is the bottleneck at peak",
        "the bottleneck is the database, not our flask code",
        "mysql is a bottleneck for the flask service",
    ],
)
def test_the_database_as_the_bottleneck_stays_a_database_matter(engine: Engine, text: str) -> None:
    ids = {r.id for r in engine.ask(text).query.requirements}
    assert "db-bound" in ids and "high-concurrency" not in ids


def test_outgrowing_a_framework_is_not_load(engine: Engine) -> None:
    ids = {r.id for r in engine.ask("the codebase has 40 blueprints now, have we outgrown flask?").query.requirements}
    assert "high-concurrency" not in ids and "slow-app" not in ids


@pytest.mark.parametrize(
    "text",
    [
        "I heard Django is slow. We're starting a new JSON API for our mobile app, what should we use?",
        "apparently flask is slow; we need a new internal api with generated docs",
    ],
)
def test_slowness_heard_of_a_framework_names_nothing_that_runs(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert advice.query.current is None
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"
