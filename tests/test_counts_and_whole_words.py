"""Counts read as rates or crowds, not horizons; words the stemmer or the typo repair would fold into another
word read as themselves; a size word before a framework and its thing still names what runs."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _ids(engine: Engine, text: str) -> set[str]:
    return {r.id for r in engine.ask(text).query.requirements}


@pytest.mark.parametrize(
    "text",
    [
        "our studio builds about 12 marketing sites a year for clients",
        "we push two mobile releases a month",
        "the shop runs 3 big sales events a year",
    ],
)
def test_a_count_of_things_per_period_is_a_rate_not_a_horizon(engine: Engine, text: str) -> None:
    query = engine.ask(text).query
    assert query.horizon_years is None
    assert "short-horizon" not in {r.id for r in query.requirements}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("the two of us for a year, then it gets switched off", 1.0),
        # (builders staffed "over a year" is the build's length instead: tests/test_staffing_units_and_rankings.py)
        ("3 pop-up stores over a year use it, then it is retired", 1.0),
        ("it's a 1-year pilot with 4 workshops a month", 1.0),
    ],
)
def test_a_lifetime_is_still_a_horizon(engine: Engine, text: str, years: float) -> None:
    assert engine.ask(text).query.horizon_years == years


@pytest.mark.parametrize(
    "text",
    [
        "roughly 30k tablets in warehouses connect simultaneously during the morning shift",
        "we expect 2 million viewers at the same time during the final",
        "thousands of kiosks poll the service in parallel",
    ],
)
def test_a_large_crowd_all_at_once_is_high_concurrency(engine: Engine, text: str) -> None:
    assert "high-concurrency" in _ids(engine, text)


def test_a_small_crowd_at_once_is_not(engine: Engine) -> None:
    # a handful counted at once is a small audience: evidence against high concurrency, read as the need denied
    said = {r.id: r.negated for r in engine.ask("maybe 5 admins log in at the same time").query.requirements}
    assert said.get("high-concurrency", True)


def test_pushing_live_results_to_phones_is_realtime(engine: Engine) -> None:
    assert "realtime" in _ids(engine, "we are pushing live race results to fans' phones")


def test_experience_is_not_an_experiment(engine: Engine) -> None:
    assert "prototype" not in _ids(engine, "nobody on our analytics team has any backend experience")
    assert "prototype" in _ids(engine, "it's a quick experiment to test the idea with a few users")


@pytest.mark.parametrize(("word", "not_as"), [("senior", "sensor"), ("paper", "pager"), ("march", "match")])
def test_everyday_words_are_not_typos_of_cue_words(engine: Engine, word: str, not_as: str) -> None:
    found = engine.parser.index.typos.repair(word)
    assert found is None or found[1] != not_as


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("massive flask app, a couple of views wait on a slow payment gateway", "flask"),
        ("sprawling django project, some reports take ages to load", "django"),
    ],
)
def test_a_size_word_before_the_framework_still_names_what_runs(engine: Engine, text: str, current: str) -> None:
    assert engine.ask(text).query.current == current


def test_a_fresh_thing_is_still_not_what_runs(engine: Engine) -> None:
    assert engine.ask("large new django project for the insurance team, where do we start?").query.current is None
