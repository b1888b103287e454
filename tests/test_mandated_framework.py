"""A framework the organisation has fixed is the answer, like an option list of one: the sources weigh what a team
or company already standardises on (002 "What I Actually See in Production", 003 "FAQ"). An exclusion list ends at
the allowed one; a colleague's insistence, a list of two allowed, a question or a scope of use fixes nothing. A
framework named inside an earlier project's words ("our last flask project") does not run here."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, picked, turn_by_turn


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Leave out pyramid and leave out flask; django only. We need a billing dashboard for finance.", "django"),
        ("Infra says every new service has to be flask. This one resizes images for the shop.", "flask"),
        ("We're required to use litestar here, the tooling is built around it. Need a small metrics API.", "litestar"),
        ("Our compliance folks only approved quart. A tiny service answering order lookups.", "quart"),
        ("Only django is permitted on our hosting plan. Building a public API for the mobile team.", "django"),
        ("The customer insists on fastapi for the partner portal with staff logins and an admin.", "fastapi"),
    ],
)
def test_a_fixed_framework_is_the_pick(engine: Engine, text: str, fixed: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.mandated == fixed
    assert fixed not in parsed.excluded
    assert first_pick(engine, text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "My teammate insists on django, nobody else agrees. We're serving a churn model behind an endpoint.",
        "Security only approved flask and django, nothing else. We need an SSE token streaming gateway.",
        "Does it have to be django? We're building a webhook relay.",
        "We don't have to use flask anymore; the next thing is a public API with generated docs.",
        "Our analysts know flask only from a workshop. The project is a model-serving endpoint.",
        "The only flask service left is an old status page, and the new thing must be fast under load.",
        "At the office everything new is django, but this is my weekend project: an async chat toy.",
    ],
)
def test_no_mandate_without_a_fixed_framework(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).mandated is None


@pytest.mark.parametrize(
    ("fixing", "later", "fixed"),
    [
        (
            "update: the platform group mandates fastapi for anything new",
            "ops also wants an admin to edit the bin locations and staff logins",
            "fastapi",
        ),
        (
            "heads up, we were told to use flask for this one",
            "they also want live stock counts on the screens",
            "flask",
        ),
    ],
)
def test_the_mandate_holds_through_a_thread(engine: Engine, fixing: str, later: str, fixed: str) -> None:
    turns = turn_by_turn(engine, "we need an internal tool for the warehouse team", fixing, later)
    assert [picked(t) for t in turns[1:]] == [fixed, fixed]


def test_a_past_project_named_around_the_framework_does_not_run(engine: Engine) -> None:
    parsed = engine.parser.parse("my previous django app was painful to deploy; now it's a small JSON service")
    assert parsed.current is None
