"""Generic lines that decided by accident: how long builders are staffed ('two devs for six months') is the
build's length, not a short life for the system; a unit of the organisation named by a need's word and what it
runs ('Billing uses Django') is no need of ours; and a need ranked below another ('X matters more than raw
speed') leans like a wish rather than deciding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.engine import default_engine
from tests.kb_mistakes import load_error
from tests.talk import first_pick, first_turn, wanted, wishes_by_id


@pytest.mark.parametrize(
    "text",
    [
        "three developers for four months, what should they build it in?",
        "we're staffing one freelancer, eight weeks. framework?",
        "a team of 4 for nine months got approved; which python framework?",
        "team of 6, 5 months, go: django, flask or fastapi?",
        "two contractors x 10 weeks. what stack should we hand them?",
        "3 contractors over a year build it and leave; which framework?",
    ],
)
def test_a_staffing_line_alone_asks_back(text: str) -> None:
    turn = first_turn(default_engine(), text)
    assert "short-horizon" not in wanted(default_engine(), text), text
    assert turn.advice.recommendation is None, text


def test_a_staffing_long_enough_still_reads_a_long_life() -> None:
    assert "long-horizon" in wanted(default_engine(), "four engineers for six years on the member portal")


def test_a_life_said_of_the_system_is_still_short() -> None:
    assert "short-horizon" in wanted(default_engine(), "the signup page only has to live for two months, 1 dev")


@pytest.mark.parametrize(
    "text",
    [
        "Billing uses Django, Realtime runs on FastAPI. Which one for my team?",
        "Security is on Django and Search is still on FastAPI; what do we use?",
        "Analytics went with Flask while Payments picked Django. our pick?",
    ],
)
def test_a_unit_named_by_a_need_word_is_no_need(text: str) -> None:
    assert wanted(default_engine(), text) == set(), text


def test_a_unit_name_beside_a_deciding_need_still_picks() -> None:
    text = "Billing uses Django. My team needs a websocket chat for live support"
    assert first_pick(default_engine(), text) == "fastapi"


@pytest.mark.parametrize(
    ("text", "lower", "top"),
    [
        ("an admin panel for staff matters more than raw speed", "low-latency", "admin-panel"),
        ("for us realtime updates are more important than an admin panel", "admin-panel", "realtime"),
        ("raw speed matters less than having an admin panel", "low-latency", "admin-panel"),
        ("websockets take priority over server-rendered pages", "server-rendered", "realtime"),
    ],
)
def test_a_need_ranked_below_another_leans_as_a_wish(text: str, lower: str, top: str) -> None:
    wishes = wishes_by_id(default_engine(), text)
    assert wishes.get(lower) is True, (text, wishes)
    assert wishes.get(top) is False, (text, wishes)


def test_a_staffing_link_that_is_not_text_names_the_file_and_entry(kb_copy: Path) -> None:
    error = load_error(kb_copy, "vocabulary.yaml", "staffing_links: [for,", "staffing_links: [[for],")
    assert re.search(r"vocabulary\.yaml.*staffing_links", error), error
