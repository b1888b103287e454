"""Threads where a ban is lifted, a colleague's pitch is weighed rather than adopted, the pick is held to the
frameworks the team runs, and another thing is set apart by an opener."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn


@pytest.mark.parametrize(
    "lift",
    [
        "update: the outage was a bad deploy on our side, not django. django is fine again",
        "compliance says django is back on the table",
        "procurement is ok with django now",
        "turns out we can use django after all",
    ],
)
def test_a_ban_lifted_lets_the_framework_back_in(engine: Engine, lift: str) -> None:
    turns = turn_by_turn(
        engine,
        "a back office where the billing team edits invoices and approves credit notes, 30 tables, with logins",
        "cto: please no django, we got burned by it before",
        lift,
        "final answer?",
    )
    assert picked(turns[1]) != "django"
    assert picked(turns[2]) == "django"
    assert picked(turns[3]) == "django"


def test_a_senior_wanting_another_framework_is_a_pitch(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "20 engineers joining one codebase over the next year, a customer web app with logins, we value conventions",
        "one of our seniors wants flask 'so nothing is hidden from us'",
    )
    assert picked(turns[1]) == "django"
    assert turns[1].advice.query.current is None


def test_the_developers_proposal_is_weighed_against_the_product(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "founder here, not an engineer. our developers propose flask for our booking marketplace because it's "
        "'quick to start'. it is the product we will run for many years. thoughts?",
    )
    assert picked(turns[0]) == "django"


def test_no_new_frameworks_holds_the_pick_to_the_ones_the_team_runs(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "new quote-engine microservice, other services call it, tail latency is critical",
        "cto: no new frameworks allowed, it has to be django or flask",
    )
    assert picked(turns[0]) == "fastapi"
    assert picked(turns[1]) == "flask"


def test_no_time_for_a_migration_keeps_what_runs(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "our app is flask and has grown a lot; support needs an admin with 25 models, bulk actions and roles. "
        "switch to django?",
        "vp: we have no time to migrate, not in this budget cycle",
    )
    assert picked(turns[0]) == "django"
    assert picked(turns[1]) == "flask"


def test_separate_thing_opens_a_new_subject(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "low-latency json api for partner integrations, with generated sdks",
        "different thing: our marketing blog, what there?",
    )
    assert picked(turns[0]) == "fastapi"
    assert picked(turns[1]) == "django"
