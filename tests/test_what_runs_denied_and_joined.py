"""What runs, said around a denial or a clause joiner: a leaving denied ("we never ditched flask", "nobody wants to
drop django") leaves the framework running, not ruled out, while a leaving made or a choice never made still rules it
out; "<our thing> is <framework> and (just) needs ..." goes on with the same subject, so the thing runs on it."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("honestly we never binned flask, the shop still sits on it. need a coupon endpoint", "flask"),
        ("we didnt ditch our django app after all, the board said no. partners want a json feed", "django"),
        ("nobody is going to retire the fastapi service this year. add a route for audit logs", "fastapi"),
        ("we really dont want to drop flask. support needs one extra lookup page", "flask"),
        ("ops hasnt scrapped the django monolith yet, need a small export view", "django"),
    ],
)
def test_denied_departure_runs(engine: Engine, text: str, runs: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current == runs
    assert runs not in parsed.excluded


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("we ditched flask in the spring, fastapi everywhere now. need a refunds endpoint", "flask"),
        ("we never adopted django and the api is fastapi. add a csv route", "django"),
    ],
)
def test_departure_made_or_choice_denied_still_out(engine: Engine, text: str, out: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current != out
    assert out in parsed.excluded


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the billing service is flask and needs a partner api", "flask"),
        ("the claims backend is django and really just wants one more report view", "django"),
        ("the quoting api is fastapi and also calls 4 insurers per request. need a retry route", "fastapi"),
    ],
)
def test_thing_said_to_be_framework_then_its_next_verb(engine: Engine, text: str, runs: str) -> None:
    """'<our thing> is <framework> and (just) needs …': the same subject goes on, so the thing runs on it."""
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("honestly it is already a flask app, we need a status endpoint", "flask"),
        ("this is still a django project at heart; mobile wants an api", "django"),
        ("it's basically a tiny fastapi service, we need one more route", "fastapi"),
    ],
)
def test_filler_before_the_article_still_names_what_runs(engine: Engine, text: str, runs: str) -> None:
    """'is already / still / basically a <framework> app': the filler does not keep it from naming what runs."""
    assert engine.parser.parse(text).current == runs


def test_a_plan_said_to_be_a_framework_app_does_not_run(engine: Engine) -> None:
    assert engine.parser.parse("the proposal is still a django app; we need generated docs").current is None
