"""Features a running app is told to have already describe how things stand, not what is needed: with no pain or
wish said beside them they give no reason to leave what runs (003 "When each wins > Flask wins", "Migration
between them"). A pain or a wish on the same feature, a plan for a new build, or a team leaving what runs keeps
them as needs."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, picked, turn_by_turn


@pytest.mark.parametrize(
    ("text", "current"),
    [
        (
            "we've got a flask codebase with a hand-rolled back office, a csv report page and a wiki of team "
            "conventions. the CFO wonders if we're on the wrong thing.",
            "flask",
        ),
        (
            "The partner endpoints live in a Flask app; there's a swagger page from flasgger and an internal admin "
            "that support uses. Should we be worried about the framework?",
            "flask",
        ),
        (
            "The FastAPI backend already pushes live updates over websockets and there's a small jinja back-office "
            "page for the two support folks. Our VP asked whether Django would be better for the back office.",
            "fastapi",
        ),
        (
            "Flask app in prod since 2021. Swagger docs exist, websockets run through flask-sock, the admin is "
            "flask-admin. Is there a case for rewriting it?",
            "flask",
        ),
    ],
)
def test_features_told_as_had_keep_what_runs(engine: Engine, text: str, current: str) -> None:
    assert engine.parser.parse(text).current == current
    assert first_pick(engine, text) == current


@pytest.mark.parametrize(
    "text",
    [
        "we've got a flask codebase with a hand-rolled back office that falls over every week; ops wants a "
        "proper admin with permissions",
        "The partner endpoints live in a Flask app and the hand-written docs are stale; partners complain and we "
        "want docs generated from code",
    ],
)
def test_a_pain_or_wish_on_the_same_feature_stays_a_need(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.had_needs == ()
    assert first_pick(engine, text) != "flask"


def test_a_plan_for_a_new_build_states_needs(engine: Engine) -> None:
    text = "new project: the portal has an editor-facing admin, member logins and a page of articles"
    parsed = engine.parser.parse(text)
    assert parsed.current is None and parsed.had_needs == ()
    assert "admin-panel" in {m.id for m in parsed.requirements}


def test_a_team_leaving_what_runs_lists_what_the_next_must_have(engine: Engine) -> None:
    text = "our web2py booking tool has an admin, member logins and forms; we must get off web2py. where to?"
    parsed = engine.parser.parse(text)
    assert parsed.had_needs == ()
    assert "admin-panel" in {m.id for m in parsed.requirements}


def test_a_feature_the_running_framework_is_known_for_is_kept(engine: Engine) -> None:
    parsed = engine.parser.parse("Our django app: the admin is used all day by 30 staff. someone pitches fastapi.")
    assert "admin-panel" in {m.id for m in parsed.requirements}


def test_a_pain_told_in_the_next_sentence_reaches_back(engine: Engine) -> None:
    parsed = engine.parser.parse("We use flask-smorest for the api docs. It is barely maintained and breaks often.")
    assert "api-docs" not in parsed.had_needs


def test_a_thread_turns_a_had_feature_into_a_need(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "flask app, ~3 years old, has a homegrown admin and a reporting page. works fine. should we look at django?",
        "to be honest the homegrown admin crashes constantly and support cannot refund anything. we need a proper one.",
    )
    assert picked(turns[0]) == "flask"
    assert picked(turns[1]) == "django"
