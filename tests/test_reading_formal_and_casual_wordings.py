"""Formal and casual wordings of needs the plain wording already carries: formal negations ("will not be used",
"is not a consideration", "is not permitted", "should not be recommended", "would not be suitable"), idioms
("in any form", "in my opinion"), long spellings ("administration interface"), chat shorthand ("engs", "= ",
"lib"), spelled tens ("forty developers"), an adverb inside a negation's reach, a bare "ruled out", picking
each library ourselves, and a dependency upgrade that is only the occasion of a framework move."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import advised_by_id, first_turn


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Websockets will not be used anywhere in this service.", "realtime"),
        ("Latency is not a consideration for this nightly job.", "low-latency"),
        ("Async won't be used in any form; it's a cron-triggered report.", "async"),
    ],
)
def test_formal_negations_after_a_need_negate_it(engine: Engine, text: str, need: str) -> None:
    needs = advised_by_id(engine, text)
    assert need in needs and needs[need].negated


def test_in_any_form_is_no_web_form(engine: Engine) -> None:
    assert "forms-crud" not in advised_by_id(engine, "Background tasks are not wanted in any form here.")


@pytest.mark.parametrize(
    "text",
    [
        "Flask is not permitted on our platform.",
        "Flask should not be recommended to us.",
        "I believe Flask would not be suitable for this.",
    ],
)
def test_formal_exclusions_rule_the_framework_out(engine: Engine, text: str) -> None:
    assert "flask" in first_turn(engine, text).parsed.excluded


def test_in_my_opinion_owns_no_codebase(engine: Engine) -> None:
    parsed = first_turn(engine, "In my opinion Flask is too small for a booking platform.").parsed
    assert parsed.current is None


def test_administration_interface_is_an_admin_panel(engine: Engine) -> None:
    needs = advised_by_id(engine, "Clinic managers need an administration interface for the rota.")
    assert "admin-panel" in needs and not needs["admin-panel"].negated


def test_an_adverb_does_not_end_a_negation_reach(engine: Engine) -> None:
    needs = advised_by_id(engine, "Customer records will never be edited manually by non-technical staff.")
    assert needs and all(m.negated for m in needs.values())


@pytest.mark.parametrize(
    "text",
    [
        "a payments service, 18 engs on it",
        "forty developers will be maintaining the payments service",
    ],
)
def test_shorthand_and_spelled_tens_count_a_team(engine: Engine, text: str) -> None:
    assert first_turn(engine, text).parsed.team_size in (18, 40)


def test_developers_by_next_year_is_not_developed_by(engine: Engine) -> None:
    turn = first_turn(engine, "this service will have 40 devs by next summer")
    assert turn.intent != "about" and turn.parsed.team_size == 40


def test_equals_after_our_system_says_what_it_runs(engine: Engine) -> None:
    parsed = first_turn(
        engine,
        "billing api = flask+sqlalchemy, 6 yrs old. someones micro benchmark says fastapi does 3x the rps. move?",
    ).parsed
    assert parsed.current == "flask"


def test_a_bare_ruled_out_clause_rules_out_the_framework_before_it(engine: Engine) -> None:
    parsed = first_turn(engine, "flask is too bare for us, ruled out. we need a booking portal with logins").parsed
    assert "flask" in parsed.excluded


@pytest.mark.parametrize(
    "text",
    [
        "strict reviews everywhere and we like picking every lib ourselves. a medium api",
        "We prefer to choose every library individually for a medium-sized API.",
    ],
)
def test_picking_each_library_is_flexibility(engine: Engine, text: str) -> None:
    needs = advised_by_id(engine, text)
    assert "flexibility" in needs and not needs["flexibility"].negated


def test_training_recent_graduates_is_easy_learning(engine: Engine) -> None:
    assert "easy-learning" in advised_by_id(engine, "An internal app that is used for training new graduates.")


def test_a_move_asked_beside_a_dependency_upgrade_is_the_question(engine: Engine) -> None:
    turn = first_turn(engine, "after upgrading dependencies our django app broke. is this the time to move to flask?")
    assert turn.advice.recommendation is not None


def test_a_passive_dependency_upgrade_is_not_a_pick(engine: Engine) -> None:
    turn = first_turn(engine, "How hard is the sqlalchemy 2 port? Our dependencies will be upgraded next month.")
    assert turn.advice.recommendation is None
