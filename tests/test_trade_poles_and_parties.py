"""Words that set the background count for less: a short "X vs Y" clause names the two ends of a trade-off, not the
end wanted; "enterprise" before the people served says who buys, not how big the system is; a third person who
"doesn't want" a thing refuses it; in-house staff booking the organisation's rooms or kit is an internal tool."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_pick, first_turn


def _needs(text: str) -> set[str]:
    return {m.id for m in first_turn(default_engine(), text).advice.requirements if not m.negated}


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("longevity vs shipping speed — it's a one-off demo for a trade fair next week", "flask"),
        ("maintainability versus speed: we throw it away after the pilot weekend", "flask"),
        ("long term vs short term: it's a hackathon thing, binned on monday", "flask"),
        ("now vs later: a quick spike for the sales demo, deleted after", "flask"),
    ],
)
def test_two_ends_of_a_trade_off_name_neither(text: str, pick: str) -> None:
    assert first_pick(default_engine(), text) == pick


def test_the_sides_weighed_are_not_read_as_needs() -> None:
    needs = _needs("long term vs short term: it's a hackathon thing, binned on monday")
    assert "long-horizon" not in needs and "short-horizon" in needs


@pytest.mark.parametrize(
    "text",
    [
        "our enterprise clients want a json api with swagger for their order data",
        "we sell to enterprise customers and they need an api with docs",
        "the enterprise users call our endpoints from their erp",
    ],
)
def test_enterprise_before_those_served_names_no_large_system(text: str) -> None:
    assert "large-app" not in _needs(text)


def test_an_enterprise_system_is_still_large() -> None:
    assert "large-app" in _needs("we are building an enterprise system for our group's subsidiaries")


@pytest.mark.parametrize(
    "text",
    [
        "an api for the phone app; the team doesn't want async code",
        "json api for the kiosk, my lead does not want async anywhere",
    ],
)
def test_a_third_person_refusal_negates(text: str) -> None:
    assert "async" not in _needs(text)


@pytest.mark.parametrize(
    "text",
    [
        "volunteers book the community hall and the projector",
        "employees reserve parking spots and desks each morning",
        "warehouse staff borrow scanners and we keep losing them",
    ],
)
def test_staff_booking_the_organisations_things_is_an_internal_tool(text: str) -> None:
    assert "internal-tool" in _needs(text)


def test_customers_booking_is_no_internal_tool() -> None:
    assert "internal-tool" not in _needs("customers book appointments on our site")
