"""Needs ranked by the asker: what sits below the top priority leans as a wish, a "won't" list is not wanted, and
plain numbering ranks nothing unless the message says its list is ordered.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, wishes_by_id


@pytest.mark.parametrize(
    ("text", "top", "lower"),
    [
        (
            "P0: sub-30ms answers for the quote endpoint. P2: a back office for the ops crew.",
            "low-latency",
            "admin-panel",
        ),
        ("Must: logins with roles for the clerks. Should: websockets for live updates.", "user-auth", "realtime"),
        ("Must have: staff logins and permissions. Could have: graphql for the app team.", "user-auth", "graphql"),
        (
            "top priority is a public api with a published openapi spec; secondary is an admin to manage keys",
            "public-api",
            "admin-panel",
        ),
        (
            "Primary: thousands of concurrent socket connections. Secondary: an admin screen for support.",
            "high-concurrency",
            "admin-panel",
        ),
    ],
)
def test_a_need_ranked_below_the_top_is_a_wish(engine: Engine, text: str, top: str, lower: str) -> None:
    wishes = wishes_by_id(engine, text)
    assert wishes[top] is False
    assert wishes[lower] is True


def test_every_item_of_a_wish_heading_list_is_a_wish(engine: Engine) -> None:
    wishes = wishes_by_id(engine, "Must: a public partner api. Bonus: an admin, websockets, graphql.")
    assert wishes["public-api"] is False
    assert wishes["admin-panel"] is wishes["realtime"] is wishes["graphql"] is True


def test_items_after_the_first_of_an_ordered_list_are_wishes(engine: Engine) -> None:
    text = "In order of priority: (a) a public api with docs for partners, (b) an admin screen, (c) graphql"
    wishes = wishes_by_id(engine, text)
    assert wishes["public-api"] is False
    assert wishes["admin-panel"] is True and wishes["graphql"] is True


def test_a_numbered_list_split_into_sentences_keeps_its_ranks(engine: Engine) -> None:
    text = "Priority order: 1. partner api with openapi docs 2. an admin for ops 3. graphql."
    wishes = wishes_by_id(engine, text)
    assert wishes["public-api"] is False
    assert wishes["admin-panel"] is True and wishes["graphql"] is True


def test_plain_numbering_ranks_nothing(engine: Engine) -> None:
    # numbered steps without a word saying they are ordered by importance: every item is a need
    wishes = wishes_by_id(engine, "1) a partner api with docs 2) an admin for ops 3) graphql")
    assert not any(wishes.values())


def test_a_need_said_firmly_at_the_top_stays_firm_when_repeated_lower(engine: Engine) -> None:
    wishes = wishes_by_id(engine, "Must: an admin for the clerks. Should: a nicer admin theme, websockets.")
    assert wishes["admin-panel"] is False
    assert wishes["realtime"] is True


def test_a_need_said_to_come_last_is_a_wish(engine: Engine) -> None:
    wishes = wishes_by_id(engine, "we need logins and roles for the clerks; websockets come last")
    assert wishes["realtime"] is True
    assert wishes["user-auth"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Must: one tiny endpoint that returns feature flags. Won't: a database, auth, an admin.",
        "Must have: a single small webhook handler. Won't have: user logins or an admin.",
    ],
)
def test_a_wont_heading_rules_out_its_list(engine: Engine, text: str) -> None:
    negated = {m.id: m.negated for m in engine.parser.parse(text).requirements}
    assert negated["admin-panel"] is True


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        (
            "P0: thousands of concurrent websocket connections for live scores. P1: a back office for editors. "
            "P2: server-rendered marketing pages.",
            "fastapi",
        ),
        (
            "must: roles, permissions and approval steps for the clerks. should: a json api for the app. "
            "could: live websocket notifications.",
            "django",
        ),
    ],
)
def test_the_top_priority_decides(engine: Engine, text: str, pick: str) -> None:
    assert first_pick(engine, text) == pick


def test_a_bare_kpi_names_a_target_not_a_dashboard(engine: Engine) -> None:
    read = {m.id for m in engine.parser.parse("our main kpi is p95 latency on the quote endpoint").requirements}
    assert "data-dashboard" not in read


def test_a_bare_sku_names_no_shop(engine: Engine) -> None:
    read = {m.id for m in engine.parser.parse("serve a model that forecasts demand per sku for the erp").requirements}
    assert "ecommerce" not in read


def test_supervisors_adjusting_records_is_staff_handling(engine: Engine) -> None:
    text = "supervisors adjust stock counts and move pallets between locations"
    read = {m.id for m in engine.parser.parse(text).requirements}
    assert "admin-panel" in read


@pytest.mark.parametrize(
    "text",
    [
        "Should: live websocket updates for the drivers and an admin for dispatch.",
        "we want a public api for partners. p1: an admin screen for the ops crew",
        "Could have: graphql for the mobile team.",
    ],
)
def test_a_relative_heading_alone_ranks_nothing(engine: Engine, text: str) -> None:
    # "should:" / "p1:" rank below a top: with no top stated anywhere, the list is the needs themselves
    assert not any(wishes_by_id(engine, text).values())


def test_a_relative_heading_ranks_below_a_top_stated_after_it(engine: Engine) -> None:
    wishes = wishes_by_id(engine, "P1: a back office for support. P0: a partner api with openapi docs.")
    assert wishes["admin-panel"] is True
    assert wishes["public-api"] is False


@pytest.mark.parametrize(
    "text",
    [
        "above all we must launch in weeks. then we need a back office for 25 clerks",
        "top priority: a partner api with docs. after that we also need an admin for support",
    ],
)
def test_then_with_a_subject_and_need_verb_is_the_next_step(engine: Engine, text: str) -> None:
    assert wishes_by_id(engine, text)["admin-panel"] is False


def test_then_before_a_bare_need_still_ranks_it_lower(engine: Engine) -> None:
    wishes = wishes_by_id(engine, "top priority is a partner api with docs. then graphql")
    assert wishes["public-api"] is False and wishes["graphql"] is True
