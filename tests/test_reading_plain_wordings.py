"""Plain wordings of needs and of states that are no negation (own phrasings, not the eval's)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("a recipe site with pages rendered on the server", "server-rendered"),
        ("one team, a fresh codebase for the partner api", "greenfield"),
        ("the records system will be around for a long time", "long-horizon"),
        ("finance says no rewrite allowed for five years", "long-horizon"),
        ("class assignment, due next week, flask or django", "time-to-market"),
        ("we are a microservices shop building a pricing endpoint", "microservice"),
        # certainty is not a negation
        ("it's tight, but there is no doubt this grows into a long-term product with user accounts", "user-auth"),
    ],
)
def test_plain_wordings(engine: Engine, text: str, need: str) -> None:
    assert need in wanted(engine, text)


def test_microservices_shop_is_no_store(engine: Engine) -> None:
    assert "ecommerce" not in wanted(engine, "we are a microservices shop building a pricing endpoint")


def test_not_yet_launched_is_a_state_not_a_negation(engine: Engine) -> None:
    parsed = engine.parser.parse("the team is writing our not-yet-released web app in django, with logins")
    assert "django" not in parsed.excluded
    assert "full-stack" in wanted(engine, "our not-yet-released web app with logins")


def test_out_of_fashion_rules_nothing_out(engine: Engine) -> None:
    assert "flask" not in engine.parser.parse("flask is out of favour these days, fine for a report service?").excluded


def test_to_be_is_no_backend_shorthand(engine: Engine) -> None:
    raw = engine.parser.index.shorthand.expand(["seems", "to", "be", "slow"])
    assert "backend" not in raw


def test_a_trend_told_of_others_is_no_need(engine: Engine) -> None:
    text = "we need a small reporting service. everybody seems to be abandoning flask, is it still fine?"
    assert "staffing-risk" not in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "need", "negated"),
    [
        ("code the whole team can pick up quickly", "easy-learning", False),
        ("an export endpoint with sporadic traffic", "high-concurrency", True),
    ],
)
def test_adoption_and_occasional_load(engine: Engine, text: str, need: str, negated: bool) -> None:
    read = {m.id: m.negated for m in engine.parser.parse(text).requirements}
    assert read.get(need) is negated


def test_whichever_is_easier_is_a_tie_breaker(engine: Engine) -> None:
    parsed = engine.parser.parse("litestar or fastapi for the new api? we'd pick whichever is simpler to learn")
    assert [m.wish for m in parsed.requirements if m.id == "easy-learning"] == [True]


@pytest.mark.parametrize(
    "text", ["honestly it is a forms app for a dozen clerks", "we need a forms tool for the council"]
)
def test_a_forms_app_is_forms_not_one_small_form(engine: Engine, text: str) -> None:
    said = wanted(engine, text)
    assert "forms-crud" in said
    assert "small-scope" not in said
