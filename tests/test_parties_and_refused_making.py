"""Needs said by who does what (several kinds of people each acting on the same records, writers putting pages out,
everyone watching a screen seeing a change at once) and refusals of making a thing ourselves, which want the thing
built in rather than decline it. Look-alikes stay unread: one party acting, another organisation's people, a real
refusal of a need."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_pick, first_turn, negated_by_id, wanted_in


@pytest.mark.parametrize(
    "text",
    [
        "scout leaders register their troops, parents sign the consent slips, and the district office approves camps",
        "dog owners book grooming slots and groomers mark them done; that's the whole flow",
        "authors submit manuscripts, then reviewers grade them before the committee decides on each one",
        "franchisees upload their monthly figures, auditors verify them",
        "Homeowners request a quote; installers accept the job and the back-office clerks invoice it.",
    ],
)
def test_several_parties_acting_on_records_want_accounts_and_forms(text: str) -> None:
    wanted = wanted_in(first_turn(default_engine(), text))
    assert {"user-auth", "forms-crud"} <= wanted


@pytest.mark.parametrize(
    "text",
    [
        "customers order online and we ship within a day",  # one party: a shop's buyers, no roles
        "our managers approve budgets in SAP and the approvers are happy with it",  # one party; 'approvers' no act
        "their pharmacists and their nurses approve orders inside the hospital's own system, we only check doses",
        "the managers manage, the planners plan: that's our org chart, not the app",  # agent nouns read as acts
    ],
)
def test_one_party_or_another_organisations_people_name_no_roles(text: str) -> None:
    assert "forms-crud" not in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    "text",
    [
        "the newsroom's reporters draft stories and the desk editors publish them on the site",
        "our copywriters schedule the landing pages themselves",
    ],
)
def test_writers_putting_pages_out_want_a_content_site(text: str) -> None:
    assert "content-site" in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    "text",
    [
        "when a horse crosses the line, every spectator with the app open should see the result immediately",
        "all bidders get the new highest offer the instant it is placed",
    ],
)
def test_people_watching_a_change_at_once_want_realtime(text: str) -> None:
    assert "realtime" in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("we are not building signup, password reset and team permissions ourselves again", "user-auth"),
        ("we will not write the back-office admin ourselves this time", "admin-panel"),
        ("never reinventing login and permissions, ever", "user-auth"),
        ("I'm done hand rolling an admin for every client", "admin-panel"),
        ("we don't want to roll our own auth anymore", "user-auth"),
    ],
)
def test_refusing_to_make_a_thing_ourselves_wants_it_built_in(text: str, need: str) -> None:
    assert negated_by_id(default_engine(), text).get(need) is False


def test_refusing_to_roll_our_own_is_no_wish_to_pick_parts() -> None:
    said = negated_by_id(default_engine(), "we don't want to roll our own auth for the clinic portal")
    assert said.get("user-auth") is False
    assert said.get("flexibility") is not False
    assert first_pick(default_engine(), "we are not writing login and permissions ourselves again. staff portal") == (
        "django"
    )


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("we are not writing any html, the app only wants json", "server-rendered"),
        ("no auth at all, it sits behind the vpn", "user-auth"),
    ],
)
def test_a_real_refusal_still_declines_the_need(text: str, need: str) -> None:
    assert negated_by_id(default_engine(), text).get(need) is True


def test_a_stream_that_must_lose_nothing_keeps_its_need() -> None:
    assert (
        negated_by_id(default_engine(), "it takes 2k webhooks a second and may never drop one").get("webhooks") is False
    )


def test_staff_reviewing_records_want_an_admin_but_reading_a_report_does_not() -> None:
    engine = default_engine()
    assert "admin-panel" in wanted_in(first_turn(engine, "office staff review every membership application by hand"))
    assert "admin-panel" not in wanted_in(first_turn(engine, "the finance team reviews a monthly export, that's all"))
