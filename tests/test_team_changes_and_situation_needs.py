"""A team that keeps changing (hired at a rate, leaving, rotating, multiplied) is a growing team, and beginners
building logins or payments need secure defaults; a hiring rate is no team size. Needs said by a situation: a sheet
outgrown, customers paying for access, customers editing their own records, a live room, a class on how the web
works. Look-alikes stay unread: users leaving, endpoints added monthly, a sheet only exported, an API sold per call."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reading.headcounts import _COUNT_BEFORE
from tests.talk import first_turn, wanted_in


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("we hire about one engineer a month for the web app", "large-team"),
        ("we onboard a new contractor almost every sprint", "large-team"),
        ("devs rotate off the project every few months here", "large-team"),
        ("our devs tend to leave after 6 months or so", "large-team"),
        ("headcount triples after the round closes", "large-team"),
        ("plan is to grow the eng team from 5 to 30 by next summer", "large-team"),
        ("interns keep it going over the summer, then a fresh batch takes over", "large-team"),
        ("the builders are two bootcamp grads; a shop with customer accounts", "security"),
        ("sales keeps partner contracts in a shared google sheet that keeps breaking", "admin-panel"),
        ("customers pay a monthly fee to get access to our route-planning tool", "saas-product"),
        ("restaurant owners change their menus and opening hours themselves", "forms-crud"),
        ("players wait in a room and see each other pop in as they join", "realtime"),
        ("a 90-minute session for new hires on how web requests flow", "easy-learning"),
    ],
)
def test_a_situation_names_its_need(text: str, need: str) -> None:
    assert need in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("users tend to leave after a few months; a json api for the app", "large-team"),
        ("we ship one new endpoint a month on the api", "large-team"),
        ("we hired two devs a month ago, so we're 4 now", "large-team"),
        ("the team doubles down on testing; a tiny json api", "large-team"),
        ("a 90-minute session for new hires on how web requests flow", "large-team"),
        ("i teach a class where students build a login page to learn http", "security"),
        ("we export the shift spreadsheet nightly and nobody edits it", "admin-panel"),
        ("priced per request with a free tier and a paid plan for volume", "saas-product"),
        ("tenants pay rent monthly by bank transfer", "saas-product"),
        ("the lobby is a static page listing today's games", "realtime"),
    ],
)
def test_a_lookalike_names_no_need(text: str, need: str) -> None:
    assert need not in wanted_in(first_turn(default_engine(), text))


def test_a_hiring_rate_is_no_team_size() -> None:
    assert first_turn(default_engine(), "we hire two devs per quarter").advice.query.team_size is None


@pytest.mark.parametrize("text", ["all devs", "as people", "ask engineers"])
def test_a_word_starting_with_a_is_no_count(text: str) -> None:
    assert _COUNT_BEFORE.search(text, 0, text.rindex(" ") + 1) is None
