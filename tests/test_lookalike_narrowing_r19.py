"""Round 19 look-alikes: the words of this round's new cues said in another sense (a forecast about a framework's
standing, a demo built before an event, a life said up to its replacement, "still" closing a clause, a move's end
still ahead) and siblings the cues missed (related records, a build handed over later)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    "text",
    [
        "honestly afraid sanic remains as a side project of two people. nothing built yet, we need a json api",
        "does quart stay as a hobby thing forever? 3 devs, nothing deployed, picking for a new api",
    ],
)
def test_a_forecast_about_a_frameworks_standing_is_not_what_runs(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


def test_stays_as_is_still_names_what_runs(engine: Engine) -> None:
    assert engine.parser.parse("the flask billing app stays as is, we want a small reports page").current == "flask"


def test_a_demo_built_before_an_event_is_short_lived(engine: Engine) -> None:
    assert "short-horizon" in wanted(engine, "throw together a demo before the trade fair, 1 dev")


def test_a_life_said_up_to_a_replacement_is_still_its_life(engine: Engine) -> None:
    assert "short-horizon" in wanted(engine, "this form only needs to last 6 weeks until the erp module replaces it")
    assert "short-horizon" not in wanted(engine, "five weeks till the launch of our booking site")


def test_still_closing_a_clause_keeps_the_count(engine: Engine) -> None:
    assert "small-scope" in wanted(engine, "our pricing api has 2 endpoints still, no login, one dev")


@pytest.mark.parametrize(
    "text",
    [
        "once the migration to django is wrapped up we'd like a staff admin. currently flask, 3 devs",
        "the move to fastapi is due to be completed in november, half the api still on flask",
    ],
)
def test_a_move_whose_end_is_ahead_is_not_over(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current == "flask"


def test_related_records_are_tied_data(engine: Engine) -> None:
    assert "orm-models" in wanted(engine, "members, bookings and payments: related tables everywhere, 3 devs")


def test_a_build_handed_over_later_needs_a_large_teams_conventions(engine: Engine) -> None:
    assert "large-team" in wanted(engine, "the first version is being built by an agency, then it's ours")
