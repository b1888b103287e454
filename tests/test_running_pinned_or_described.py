"""What runs, said by a dependency manifest pinning the framework ('pyproject: django = "^4.2"') or by a system
said to be the framework while its own record goes on ('the ledger service is django and handles the load'); and
a verdict on what runs ('it works fine') as a fact of the asker's own project (003 "Migration between them": the
running framework is kept unless a reason to move is given; 000 "Final recommendation": who maintains it)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning import project_facts


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ('fyi pyproject.toml has litestar = "^2.8" in it, zero incidents. fastapi instead?', "litestar"),
        ('the lockfile pins django = "4.2.7"; ops likes it. our cto floats fastapi for everything', "django"),
        ('snippet from [tool.poetry.dependencies]: quart = "^0.19". is flask saner to hire for?', "quart"),
    ],
)
def test_a_framework_pinned_in_a_named_manifest_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    "text",
    [
        'for the next service we will write litestar = "^2.8" into a fresh pyproject, sane?',
        'should the new pyproject say fastapi = "^0.115" or go with flask?',
    ],
)
def test_a_pin_planned_for_a_new_service_does_not_run(engine: Engine, text: str) -> None:
    query = engine.parser.parse(text)
    assert query.current is None


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Context: the payroll backend is Flask and meets every deadline. A new hire wants FastAPI.", "flask"),
        ("FYI the intake portal is django and serves 3 clinics without fuss; add a booking api?", "django"),
        ("heads-up: the returns service is fastapi and copes with the spikes. django for it?", "fastapi"),
    ],
)
def test_a_system_said_to_be_a_framework_with_its_record_going_on_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


def test_a_proposal_said_to_be_a_framework_is_still_not_what_runs(engine: Engine) -> None:
    assert (
        engine.parser.parse("the current proposal is flask and has the cto's vote. our api: 40 routes").current is None
    )


@pytest.mark.parametrize(
    "text",
    ["runs fine today, but recruiting is slow.", "honestly no complaints so far; nobody left knows it though"],
)
def test_a_verdict_on_what_runs_is_a_fact_of_the_askers_project(engine: Engine, text: str) -> None:
    query = engine.parser.parse(text)
    assert project_facts.project_need_read(engine.kb, query)


def test_a_market_question_reads_no_project_need(engine: Engine) -> None:
    query = engine.parser.parse("is hiring easier with django than flask?")
    assert not project_facts.project_need_read(engine.kb, query)
