"""A screen kept current by the server said without a listed mark: a refresh rate in seconds ('every 4s', 'every
couple of seconds'), 'live' after the thing shown, things changing by themselves, a socket held open. Look-alikes:
a rate in minutes or weeks, 'goes live' (a launch), people updating pages on their own."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_turn, wanted_in


@pytest.mark.parametrize(
    "text",
    [
        "the gate display at each platform redraws every 4s with the next departures",
        "our standings widget redraws every couple of seconds while a race is on",
        "the fundraising page should show the running total live during the gala",
        "on the dealer's screen the quotes shift by themselves as the market trades",
        "drivers' phones keep a socket open for the whole shift to get new pickups",
        "the warehouse tvs must update every 2 seconds with the picking queue",
    ],
)
def test_a_live_screen_is_read_as_realtime(text: str) -> None:
    assert "realtime" in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    "text",
    [
        "once the site goes live the marketing team will update the landing pages every few weeks",
        "a cron refreshes the currency table every 10 minutes, the page shows the latest rates",
        "the club secretaries keep every page up to date on their own",
        "the report page shows every user within seconds of logging in which invoices are due",
    ],
)
def test_a_slow_or_launched_page_is_not_realtime(text: str) -> None:
    assert "realtime" not in wanted_in(first_turn(default_engine(), text))
