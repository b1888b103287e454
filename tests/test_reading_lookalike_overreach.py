"""Look-alikes of recent over-read fixes where the need does hold: an event counted is set aside only when a
caller's call to us is what is counted ('checkout calls it on every order'), not when our own system handles it
('after each new hire', 'on every websocket message'); a schedule noun before a span of years ('timeframe ~8
years in production') says how long the system lives, not how long the build takes."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("after each hire we lose two weeks getting them productive", "hiring"),
        ("with every hire we add, the ramp-up on our codebase gets longer", "hiring"),
        ("on every websocket message we fan the update out to the whole room", "realtime"),
        ("after each signup we create the user's workspace and mail a welcome note", "user-auth"),
        ("on every page render we join six tables", "server-rendered"),
    ],
)
def test_an_event_our_system_handles_is_still_a_need(engine: Engine, text: str, need: str) -> None:
    assert need in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "timeframe ~8 years in production, staff accounts and roles",
        "planning timeframe is a decade, staff accounts and roles",
        "the time frame is roughly 6 years of service for this portal",
    ],
)
def test_a_schedule_noun_before_years_is_a_lifetime(engine: Engine, text: str) -> None:
    assert "long-horizon" in wanted(engine, text)


@pytest.mark.parametrize("text", ["timeline ~4 months, then we hand it over", "our timeframe is six weeks"])
def test_a_schedule_noun_before_weeks_or_months_is_still_build_time(engine: Engine, text: str) -> None:
    assert not {"long-horizon", "short-horizon"} & wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "whoever maintains it in 2032 has to find their way around; member accounts and roles",
        "this portal must still be in use in 2033, with staff logins",
        "the same people won't be here, but someone maintains it in 2034",
    ],
)
def test_a_year_the_system_is_still_kept_in_is_its_horizon(engine: Engine, text: str) -> None:
    assert "long-horizon" in wanted(engine, text)


@pytest.mark.parametrize("text", ["we launch in 2027 with staff logins", "one sre maintains it part-time"])
def test_a_launch_year_or_who_maintains_is_no_horizon(engine: Engine, text: str) -> None:
    assert "long-horizon" not in wanted(engine, text)
