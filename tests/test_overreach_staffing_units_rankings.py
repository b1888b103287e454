"""Where the readings that make words count less went too far: a staffing line whose sentence says the system
ends with it is its life after all; a part of an app ('admin uses Django') is no unit of the organisation; a
negated subject ranking a need ('nothing matters more than latency') puts it first; and 'comes after' orders work
in time rather than ranking a need below another."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.engine import default_engine
from tests.kb_mistakes import load_error
from tests.talk import wanted, wishes_by_id


@pytest.mark.parametrize(
    "text",
    [
        "three engineers for four months, and after that the whole app is switched off",
        "one contractor, 8 weeks; the page gets deleted once the campaign closes",
        "a squad of 4 for two months, then we shut it down for good",
        "2 devs for 5 months and that is the entire lifespan of this microsite",
    ],
)
def test_a_staffing_the_system_ends_with_is_a_short_life(text: str) -> None:
    assert "short-horizon" in wanted(default_engine(), text), text


@pytest.mark.parametrize(
    "text",
    [
        "three engineers for four months, then the maintenance team owns it for years",
        "two devs for six months and then they're gone",
    ],
)
def test_a_staffing_without_the_system_ending_stays_build_time(text: str) -> None:
    assert "short-horizon" not in wanted(default_engine(), text), text


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Admin uses Django and reporting runs on Flask in the new design", "admin-panel"),
        ("Auth uses Django while search is on FastAPI, for the new platform", "user-auth"),
        ("Rough plan: graphql runs on FastAPI, one postgres behind it", "graphql"),
    ],
)
def test_a_part_of_an_app_joined_to_a_framework_is_still_a_need(text: str, part: str) -> None:
    assert part in wanted(default_engine(), text), text


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("No feature is more important than the admin for our ops people", "admin-panel"),
        ("nothing matters more to us than latency on the pricing endpoint", "low-latency"),
        ("no feature is more important to us than generated api docs", "api-docs"),
    ],
)
def test_nothing_ranked_above_a_need_puts_it_first(text: str, need: str) -> None:
    wishes = wishes_by_id(default_engine(), text)
    assert wishes.get(need) is False, (text, wishes)


@pytest.mark.parametrize(
    "text",
    [
        "the admin comes after the first release; the public api goes out first",
        "an admin panel for support comes after launch, the partner api is first",
    ],
)
def test_a_need_coming_later_in_time_is_not_ranked_below(text: str) -> None:
    assert wishes_by_id(default_engine(), text).get("admin-panel") is False, text


def test_a_unit_part_that_is_no_requirement_names_the_file_and_entry(kb_copy: Path) -> None:
    error = load_error(kb_copy, "vocabulary.yaml", "unit_parts: [admin-panel,", "unit_parts: [admin-panels,")
    assert re.search(r"vocabulary\.yaml.*unit_parts.*admin-panels", error), error
