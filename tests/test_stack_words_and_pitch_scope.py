"""Background words count for less: infrastructure every framework runs with ('helm', 'mysql', 'k8s') never
decides, even between named frameworks; 'a python shop' is the team, not a store; the database said to take the
time makes raw speed no need. And roles: a stack opening the message runs its one framework wherever it stands,
'X's a no-go' rules X out, and a wish said after the app that runs is no pitch of that app's framework."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.moot import without_moot
from tests.talk import first_pick


def _needs(text: str) -> set[str]:
    return {m.id for m in default_engine().parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "flask or fastapi? everything we run is on kubernetes with helm",
        "django vs flask, our data lives in mysql",
        "the architect pitched fastapi. we deploy to EKS in docker containers. which framework?",
        "fastapi or django for the next thing, all our stuff sits on aurora postgres",
    ],
)
def test_infrastructure_alike_to_all_frameworks_decides_nothing(text: str) -> None:
    assert first_pick(default_engine(), text) is None


def test_infrastructure_still_counts_beside_a_need_that_decides() -> None:
    assert (
        first_pick(default_engine(), "postgres-backed back office where 6 staff edit supplier records in an admin")
        == "django"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Go shop mostly. which framework for our first python service?",
        "small ruby shop here, what should we use",
        "we're a fintech. Java shop. framework for the backend?",
    ],
)
def test_a_language_before_shop_names_the_team_not_a_store(text: str) -> None:
    assert "ecommerce" not in _needs(text)


@pytest.mark.parametrize(
    "text",
    [
        "speed isn't the issue, response time is dominated by the database. 15 engineers join next year",
        "our p95 is mostly spent in postgres anyway; 15 engineers join next year",
        "latency is dominated by db queries, and 15 engineers join next year",
    ],
)
def test_latency_said_to_be_the_databases_is_no_need_for_speed(text: str) -> None:
    engine = default_engine()
    weighed = without_moot(engine.kb, engine.parser.parse(text))
    assert "low-latency" not in {m.id for m in weighed.requirements if not m.negated}
    assert first_pick(default_engine(), text) == "django"


@pytest.mark.parametrize(
    ("text", "fw"),
    [
        ("an intranet with approval steps and staff logins; flask's a no-go for security", "flask"),
        ("public partner api with docs, fastapi's a no go here", "fastapi"),
        ("django's a non starter, we need a small webhook relay", "django"),
    ],
)
def test_a_no_go_after_a_contraction_rules_the_framework_out(text: str, fw: str) -> None:
    assert fw in default_engine().parser.parse(text).excluded


@pytest.mark.parametrize(
    ("text", "fw"),
    [
        ("redis + flask, we need to add a websocket feed", "flask"),
        ("sqlalchemy/flask already, the ops team wants an admin", "flask"),
        ("celery + rabbitmq + django, mobile team wants a json api", "django"),
    ],
)
def test_a_stack_opening_the_message_runs_its_one_framework(text: str, fw: str) -> None:
    assert default_engine().parser.parse(text).current == fw


def test_two_frameworks_in_an_opening_stack_are_options_not_what_runs() -> None:
    assert default_engine().parser.parse("celery + flask/fastapi for a new webhook relay").current is None


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("our django site has 30 pages and the marketing team keeps asking for a blog", "content-site"),
        ("our flask api has 25 routes and the frontend lead keeps asking for openapi docs", "api-docs"),
        ("our fastapi service is 2 years old and the support lead keeps pushing for an admin", "admin-panel"),
    ],
)
def test_a_wish_after_the_running_app_is_asked_of_it_not_a_pitch_of_its_framework(text: str, need: str) -> None:
    parsed = default_engine().parser.parse(text)
    assert parsed.targets == ()
    assert need in {m.id for m in parsed.requirements}


def test_a_framework_pitched_after_the_cue_is_still_a_pitch() -> None:
    parsed = default_engine().parser.parse("our flask app is 5 years old and the new hire keeps pushing for fastapi")
    assert parsed.current == "flask"
    assert "fastapi" in parsed.targets
