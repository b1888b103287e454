"""Readings found by the hard tradeoff/incumbent probes (own wordings): in-house people who do not build the
system working on its records by hand are an admin's work (vocabulary.yaml `staff_handling`), even past an aside
in brackets, while builders named by a role word, a negated clause and 'live updates' said as a noun are not;
picking every library or dependency 'ourselves' is the flexibility it names (scope.self_made_confirms); and
"isn't a/an" denies what a thing is."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import wanted


@pytest.mark.parametrize(
    "text",
    [
        "the front desk staff should be able to correct a guest's booking without calling us",
        "our accountants (none of them are developers) must approve supplier invoices each week",
        "the hr folks would like to look up employee contracts and fix typos in them",
        "the shift coordinators (two of them, not techies) need to reassign drivers when someone calls in sick",
        "volunteers at the food bank have to update family records when they visit",
    ],
)
def test_staff_handling_records_is_an_admin(engine: Engine, text: str) -> None:
    assert "admin-panel" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our support engineers fix bugs in the checkout service every sprint",
        "the operations team wants per-minute live updates on a wall screen",
        "customers can edit their own shipping address in the mobile app",
    ],
)
def test_builders_customers_and_update_nouns_are_no_admin(engine: Engine, text: str) -> None:
    assert "admin-panel" not in wanted(engine, text)


def test_staff_fixing_data_turns_a_fastapi_shop_to_django_admin(engine: Engine) -> None:
    text = (
        "we run five fastapi services and like them. the billing clerks (no tech background) now need to "
        "correct invoices and reassign customers to other plans"
    )
    advice = Conversation(engine).turn(text).advice
    assert advice.recommendation is not None
    assert advice.recommendation.framework == "django"


@pytest.mark.parametrize(
    "text",
    [
        "we'd rather choose each library ourselves for this small service",
        "my plan is to pick every dependency myself, nothing bundled",
        "for the scheduler I want to choose each dependency by hand",
    ],
)
def test_picking_parts_ourselves_is_flexibility(engine: Engine, text: str) -> None:
    assert "flexibility" in wanted(engine, text)


def test_self_made_still_negates_other_needs_beside_picking(engine: Engine) -> None:
    needs = wanted(engine, "we want to choose each library and do the auth ourselves")
    assert "flexibility" in needs and "user-auth" not in needs


@pytest.mark.parametrize(
    "text",
    [
        "the storage layer isn't an orm, just hand-written sql modules",
        "honestly it isn't a web app; three json endpoints behind the gateway",
    ],
)
def test_isnt_a_denies_what_the_thing_is(engine: Engine, text: str) -> None:
    needs = wanted(engine, text)
    assert "orm-models" not in needs and "full-stack" not in needs
