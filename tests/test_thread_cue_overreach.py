"""Thread cues said in passing must not fire: a cut of the team is no cut of the project ("now it's just me on
the team"), a subject opener followed by a pointer back ("separately, … on it") stays on the system, and a freeze
of another layer ("no new frameworks on the frontend") leaves the web framework open."""

from __future__ import annotations

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn, wanted_in


def test_a_cut_of_the_team_alone_keeps_the_product_needs(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "we're building a saas product: user accounts, subscriptions billing and a back office admin",
        "now it's just me on the team for a while, the others got moved. does that change the answer?",
    )
    ids = wanted_in(turns[1])
    assert {"saas-product", "user-auth", "admin-panel"} <= ids
    assert picked(turns[1]) == "django"


def test_a_budget_cut_said_of_headcount_keeps_the_product_needs(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "saas with billing, an admin panel, user logins and a relational schema",
        "the budget got cut so the team is now 2 devs",
    )
    ids = wanted_in(turns[1])
    assert {"admin-panel", "user-auth"} <= ids
    assert picked(turns[1]) == "django"


def test_separately_with_a_pointer_back_stays_on_the_system(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "partner-facing api with openapi docs, fully async, around 5k requests a second",
        "one separate thing i forgot: it needs single sign-on for the partners",
    )
    ids = wanted_in(turns[1])
    assert {"api-docs", "async", "high-concurrency"} <= ids
    assert picked(turns[1]) == "fastapi"


def test_separately_naming_another_system_still_opens_a_subject(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "partner-facing api with openapi docs, fully async, around 5k requests a second",
        "separately, the marketing site needs a cms for blog posts; editors will use it daily",
    )
    assert "api-docs" not in wanted_in(turns[1])


def test_no_new_frameworks_on_the_frontend_leaves_the_backend_pick_open(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "we run django for the main site. new project: a public api with openapi docs, async, 5k rps",
        "no new frameworks on the frontend please, we stick with react",
    )
    assert "no-new-framework" not in wanted_in(turns[1])
    assert picked(turns[1]) == "fastapi"
