"""Other wordings of needs the plain wording already carries: scope headings and exclusions in the formal register
("left out of scope", "are not goals", "not part of this project:", "is excluded", "will never be used"), a
negation said after a whole list reaching its first item, a wish said as "would be useful", a hedge "may", the
refusal to rebuild a thing ourselves, suffering from a technique, rates with a bare "/sec" or grouped thousands
(and a stated rate is no question on benchmarks), a vague "several years" and a roadmap that "brings" more."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import advised_by_id, first_turn


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Login was removed from the scope last sprint; we only relay sensor readings now.", "user-auth"),
        ("A content management system and an admin are not goals for this relay.", "admin-panel"),
        ("scope: a sensor relay over websockets. not part of the project: an admin.", "admin-panel"),
    ],
)
def test_scope_words_in_other_registers_negate_the_need(engine: Engine, text: str, need: str) -> None:
    needs = advised_by_id(engine, text)
    assert need in needs and needs[need].negated


def test_a_negation_after_a_list_reaches_its_first_item(engine: Engine) -> None:
    needs = advised_by_id(engine, "Login pages, an admin and forms are not needed; it relays sensor readings.")
    assert all(needs[n].negated for n in ("user-auth", "admin-panel", "forms-crud"))


def test_a_need_said_in_a_clause_of_its_own_stays_wanted(engine: Engine) -> None:
    needs = advised_by_id(engine, "we need an admin panel, forms are optional")
    assert not needs["admin-panel"].negated and needs["forms-crud"].negated


def test_would_be_useful_is_a_wish(engine: Engine) -> None:
    needs = advised_by_id(engine, "A live chat over websockets. An admin area would be useful for moderators.")
    assert needs["admin-panel"].wish and not needs["realtime"].wish


def test_may_hedges_a_date_put_off(engine: Engine) -> None:
    needs = advised_by_id(engine, "Invoices and roles today; a public api may follow next year.")
    assert needs["public-api"].wish


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        ("Sanic is excluded by policy. We build a JSON service for partners.", "sanic"),
        ("Our architect says Quart will never be used again here. It's a JSON service for partners.", "quart"),
    ],
)
def test_formal_exclusions_rule_the_framework_out(engine: Engine, text: str, banned: str) -> None:
    assert banned in first_turn(engine, text).advice.query.excluded


def test_refusing_to_rebuild_a_thing_wants_it_built_in(engine: Engine) -> None:
    needs = advised_by_id(engine, "we will not rebuild request validation ourselves; it's a partner api")
    assert not needs["typed-validation"].negated


def test_a_technique_suffered_from_is_not_wanted(engine: Engine) -> None:
    needs = advised_by_id(engine, "Our developers have suffered from async deadlocks before. It is a billing API.")
    assert needs["async"].negated


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("the gateway forwards 20k/sec of telemetry", False),
        ("a JSON API at 2,500 requests per second", False),
        ("an internal JSON API at 3/sec", True),
    ],
)
def test_rates_with_bare_per_second_and_grouped_thousands(engine: Engine, text: str, negated: bool) -> None:
    needs = advised_by_id(engine, text)
    assert needs["high-concurrency"].negated is negated


def test_a_stated_rate_is_no_benchmark_question(engine: Engine) -> None:
    turn = first_turn(engine, "Our JSON API must handle 4,000 requests per second on one small box.")
    assert turn.intent != "benchmarks" and turn.advice.recommendation is not None


def test_several_years_is_a_long_horizon(engine: Engine) -> None:
    assert "long-horizon" in advised_by_id(engine, "a quick mvp that should then run for many years")


def test_a_roadmap_that_brings_more_grows_the_app(engine: Engine) -> None:
    assert "large-app" in advised_by_id(engine, "one form today, but the roadmap brings invoices, roles and reports")
