"""Wider wordings: on-call pages said beside the hour or the waking, a link's host (a site, not the project),
the adjective 'magical' and 'how each part works' as wanting control, and a head count the team is said to have
('the team has 25 members') as builders, not an audience."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reading.result import ParsedQuery


def _read(text: str) -> ParsedQuery:
    return default_engine().parser.parse(text)


def _needs(text: str) -> set[str]:
    return {m.id for m in _read(text).requirements if not m.negated}


def _ruled_out(text: str) -> set[str]:
    return {m.id for m in _read(text).requirements if m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "looking for a stack that stops the pages at night, any advice?",
        "we're tired of pages overnight from the old service",
        "the pager sends pages whenever the queue backs up, which framework is calmest?",
    ],
)
def test_pages_beside_on_call_words_are_alerts_not_html(text: str) -> None:
    assert "server-rendered" not in _needs(text), text


def test_pages_without_on_call_words_are_still_html() -> None:
    assert "server-rendered" in _needs("a few pages and a contact form for a bakery")


@pytest.mark.parametrize(
    "text",
    [
        "saw this on https://news.ycombinator.com/item?id=123 worth a look?",
        "anyone read the hacker news discussion about async python?",
    ],
)
def test_a_link_host_or_a_site_name_is_no_content_site(text: str) -> None:
    assert "content-site" not in _needs(text), text


@pytest.mark.parametrize(
    "text",
    [
        "i'd like to see how each piece works, please keep it non magical",
        "django feels too magical for my taste, one person hobby api",
    ],
)
def test_magical_and_how_parts_work_want_control(text: str) -> None:
    assert "flexibility" in _needs(text), text


def test_how_parts_work_is_not_something_that_works_today() -> None:
    assert "works-today" not in _needs("i need to know how every part works in this small tool")


def test_a_count_the_team_has_is_its_builders() -> None:
    parsed = _read("our team has 25 members; we build an internal portal")
    assert "high-concurrency" not in _ruled_out("our team has 25 members; we build an internal portal")
    assert parsed.team_size == 25


def test_members_served_are_still_an_audience() -> None:
    assert "high-concurrency" in _ruled_out("a booking page for the 40 members of our climbing club")
