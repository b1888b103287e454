"""In-house people who do not build the system working on its records by hand (vocabulary.yaml `staff_handling`):
a role, then a record-handling verb a few words on, is an admin's work, even past an aside in brackets; builders
named by a role word, a negated clause and 'live updates' said as a noun are not."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _needs(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


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
    assert "admin-panel" in _needs(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our support engineers fix bugs in the checkout service every sprint",
        "the operations team wants per-minute live updates on a wall screen",
        "customers can edit their own shipping address in the mobile app",
    ],
)
def test_builders_customers_and_update_nouns_are_no_admin(engine: Engine, text: str) -> None:
    assert "admin-panel" not in _needs(engine, text)


def test_staff_fixing_data_turns_a_fastapi_shop_to_django_admin(engine: Engine) -> None:
    text = (
        "we run five fastapi services and like them. the billing clerks (no tech background) now need to "
        "correct invoices and reassign customers to other plans"
    )
    advice = Conversation(engine).turn(text).advice
    assert advice.recommendation is not None
    assert advice.recommendation.framework == "django"
