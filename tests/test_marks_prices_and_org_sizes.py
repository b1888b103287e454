"""A live screen whose mark sits in the clause next to it ('…all tablets show it, no lag'), a thing moving on a map,
an API sold by the call or called by customers' own systems, and an organisation's size or the asker's own team
said where no team size is; with the look-alikes each reading must leave alone."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_turn, wanted_in


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("when the caller picks a card, every player's phone shows it, no lag", "realtime"),
        ("the moment a price changes, 10k open apps must show it", "realtime"),
        ("the tram icon on the map glides along as the tram goes", "realtime"),
        ("our customers pay per query for the flood scores we compute", "public-api"),
        ("lookups are billed per call, with a free tier for students", "public-api"),
        ("clients' build servers hit our signing endpoints on every release", "public-api"),
    ],
)
def test_the_need_is_read(text: str, need: str) -> None:
    assert need in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("the admin page lists last week's refunds, finance needs it right away", "realtime"),
        ("users can move the pin on the map to set their pickup point", "realtime"),
        ("their weather api is priced per call with a free tier, we only read from it", "public-api"),
        ("we pay per request to the translation vendor", "public-api"),
        ("we're a company of 4000 people, this is a weekend prototype for two of us", "large-team"),
        ("i'm on the platform team, building a small internal tool for 5 ops folks", "large-team"),
        ("teaching a class of 30 interns next month, what do they start on", "large-team"),
    ],
)
def test_a_lookalike_reads_no_such_need(text: str, need: str) -> None:
    assert need not in wanted_in(first_turn(default_engine(), text))


def test_an_organisation_counted_by_its_developers_is_the_team() -> None:
    """'an organisation of forty developers … a standard for new products': the builders are counted, a big team."""
    text = "our organisation of forty developers wants one standard framework for every new web product"
    assert "large-team" in wanted_in(first_turn(default_engine(), text))
