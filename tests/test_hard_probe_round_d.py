"""Hard-probe round d: a how-often word inside 'used by' still counts the people served, not the team; and the
real-time need said by what the product does (connections held open, screens changing as things happen)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "a reporting page used internally by ~12 people in sales",
        "the stock sheet is accessed daily by 30 people across two warehouses",
        "a wiki for the office, shared mostly by 45 people",
        "an approvals screen used weekly by 20 people",
    ],
)
def test_people_counted_after_a_how_often_word_are_served_not_the_team(engine: Engine, text: str) -> None:
    query = engine.ask(text).query
    assert query.team_size is None
    assert "large-team" not in {r.id for r in query.requirements}


@pytest.mark.parametrize(
    "text",
    [
        "bids on the auction page change live for every bidder",
        "each trading desk keeps open connections to our server and prices update live",
        "the kitchen display changes live as waiters punch in orders",
        "a lobby where players hold persistent connections while a match is running",
    ],
)
def test_real_time_said_by_what_the_product_does(engine: Engine, text: str) -> None:
    query = engine.ask(text).query
    assert "realtime" in {r.id for r in query.requirements if not r.negated}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("our intern says fastapi, what do you think? it's a members portal with billing", "fastapi"),
        ("our designer prefers flask for the booking site", "flask"),
        ("our agency thinks django is the safe bet for the shop", "django"),
        ("our accountant swears by flask, he built a script once", "flask"),
    ],
)
def test_a_framework_someone_of_ours_speaks_for_is_not_what_runs(engine: Engine, text: str, named: str) -> None:
    assert engine.ask(text).query.current != named
