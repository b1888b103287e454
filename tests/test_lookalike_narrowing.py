"""Look-alikes of the background readings: the same cue words where the team does run the framework or does mean
the need (a person who built the system, a system handed over to us, a SaaS of our own, a team of beginners)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("our lead architect built the django portal our staff use daily; we need a payroll page in it", "django"),
        ("my boss wrote our flask service that handles invoices; it needs a csv export endpoint", "flask"),
        ("our founder set up the fastapi backend years ago and it still serves the app; add two routes", "fastapi"),
    ],
)
def test_a_system_a_person_built_still_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs, text


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the flask api that another squad passed to us last quarter needs a refunds route", "flask"),
        ("the django portal that a different team gave us in may needs an approvals page for finance", "django"),
    ],
)
def test_a_system_another_team_handed_over_is_ours(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs, text


@pytest.mark.parametrize(
    "text",
    [
        "a saas crm for plumbers is what we're starting, which python framework fits?",
        "the saas we sell to gyms gets rewritten next quarter, advice on the backend?",
        "our saas i designed for florists needs a backend, where do we start?",
    ],
)
def test_a_saas_of_our_own_still_reads(engine: Engine, text: str) -> None:
    assert "saas-product" in wanted(engine, text), text


@pytest.mark.parametrize(
    "text",
    [
        "this project is built by a team of new grads: a tiny json service with two routes",
        "the crew this summer is all interns; one small endpoint that returns stock counts",
    ],
)
def test_a_team_made_of_beginners_leans_to_easy_learning(engine: Engine, text: str) -> None:
    assert "easy-learning" in wanted(engine, text), text


def test_an_intern_helping_is_still_no_learning_need(engine: Engine) -> None:
    assert "easy-learning" not in wanted(engine, "ops portal with role permissions; an intern joins us in july")
