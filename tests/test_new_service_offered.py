"""A new service offered as one side of a question's "or" ("bolt it on or spin up a new service?") is a way asked
about, not a fact of the project: no greenfield need is read, so a running codebase is not left on that word alone.
Said as the plan, or followed by a second question ("… or should we wait?"), it stays a need."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _needs(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "the payroll app (flask) needs an export api for the bank. extend it or build a new service?",
        "our django crm needs a feed for the partner's app. separate service or inside the project?",
        "greenfield or keep adding to the fastapi monolith for the supplier portal's endpoints?",
    ],
)
def test_new_service_as_an_option_is_no_need(engine: Engine, text: str) -> None:
    assert "greenfield" not in _needs(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "we're building a new service for supplier invoices, what framework?",
        "is django fine for a new service or should we wait a quarter?",
    ],
)
def test_new_service_as_the_plan_stays(engine: Engine, text: str) -> None:
    assert "greenfield" in _needs(engine, text)


def test_partner_api_on_django_asked_bolt_on_or_new_stays_django(engine: Engine) -> None:
    text = "the rota tool (django 4, since 2019) needs a read api for a partner's phone app. bolt on or new service?"
    rec = engine.ask(text).recommendation
    assert rec is not None
    assert rec.framework == "django"
