"""Reading gaps seen in the seventh fresh batch: two determiners before a system's noun ('the other service'),
a tilde meaning 'about' before a count, 'three-plus years', a system meant to run with little care, staff
editing data through an admin, accounts made in other tools, and webapp2 as a niche framework."""

from __future__ import annotations

import pytest

from knowledge.base.text import normalize, words
from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from knowledge.reasoning.subject import names_new_subject


def _ids(engine: Engine, text: str) -> set[str]:
    return {r.id for r in engine.ask(text).query.requirements if not r.negated}


def _negated(engine: Engine, text: str) -> set[str]:
    return {r.id for r in engine.ask(text).query.requirements if r.negated}


def _said(engine: Engine, text: str) -> list[str]:
    vocab = engine.kb.vocabulary
    return engine.parser.index.shorthand.expand(words(normalize(text, vocab.rewrites)))


@pytest.mark.parametrize(
    "text",
    [
        "ok, and for the other app: a queue consumer that resizes uploaded photos",
        "and my other project, which is a tiny status page?",
        "what about our other backend - it just relays sensor readings",
    ],
)
def test_the_other_system_is_a_new_subject(engine: Engine, text: str) -> None:
    assert names_new_subject(_said(engine, text), engine.kb.vocabulary.thread)


def test_a_thread_turning_to_the_other_service_drops_the_first_ones_needs(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("a staff portal for the museum archive with editors, roles and an admin back office")
    c.turn("and for the other service: a small json endpoint the ticket gates poll")
    assert "admin-panel" not in c.state.requirements


@pytest.mark.parametrize(
    "text",
    [
        "we are breaking the billing monolith into ~8 services",
        "plan: the payments monolith into ~12 microservices by spring",
    ],
)
def test_a_tilde_before_a_count_keeps_the_clause_whole(engine: Engine, text: str) -> None:
    found = _ids(engine, text)
    assert "microservice" in found
    assert "large-app" not in found


@pytest.mark.parametrize("text", ["the ledger must keep running four-plus years", "it will live 5 plus years"])
def test_a_plus_after_a_count_of_years_is_a_long_horizon(engine: Engine, text: str) -> None:
    assert "long-horizon" in _ids(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "a room-booking tool that should run for ages with minimal upkeep",
        "it has to run with minimal attention, nobody will look after it",
    ],
)
def test_little_care_over_years_is_a_long_horizon_not_a_minimal_core(engine: Engine, text: str) -> None:
    found = _ids(engine, text)
    assert "long-horizon" in found
    assert "flexibility" not in found


def test_staff_editing_data_is_an_internal_back_office(engine: Engine) -> None:
    found = _ids(engine, "a small screen where finance edits the supplier list")
    assert {"internal-tool", "forms-crud"} <= found


def test_accounts_made_in_other_tools_are_no_user_system_of_ours(engine: Engine) -> None:
    text = "a hook that provisions accounts in slack, jira and zoom whenever a new employee record appears"
    assert "glue-service" in _ids(engine, text)
    assert "user-auth" in _negated(engine, text)


def test_webapp2_is_read_as_what_runs(engine: Engine) -> None:
    advice = engine.ask("the volunteer site is built on webapp2 and now staff want an admin panel")
    assert advice.query.current == "webapp2"
    assert advice.recommendation is not None
    assert advice.recommendation.framework == "django"  # the niche family's full-product move
