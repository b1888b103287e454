"""Families of ways to say the same thing: each test uses wordings of its own, not the eval's."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("our quote engine hits 25 insurer apis in parallel for every search", "io-heavy"),
        ("our quote engine hits 25 insurer apis in parallel for every search", "high-concurrency"),
        ("every checkout makes calls to 6 downstream services", "io-heavy"),
        ("the uwsgi workers are saturated by noon", "high-concurrency"),
        ("the mobile backend just returns json to the phones", "api-only"),
        ("partners post invoices and we must acknowledge within 3 seconds", "low-latency"),
        ("a tiny layer that forwards requests to services behind it", "api-gateway"),
        ("it's super thin, auth and routing only", "api-gateway"),
        ("training platform for our staff with enrolments and certificates", "user-auth"),
    ],
)
def test_need_families_read_in_other_words(engine: Engine, text: str, need: str) -> None:
    assert need in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our engineers mainly know django; we need a small gateway",
        "the team's experience is all django, and we need a small gateway",
    ],
)
def test_what_the_team_mainly_knows_is_known_not_run(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert "django" in parsed.known and parsed.current is None


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("three years on django and counting; should we add an api?", "django"),
        ("the support team has a tiny flask tool for refunds", "flask"),
        ("there's nothing wrong with our fastapi app, honestly", "fastapi"),
    ],
)
def test_what_runs_today_said_in_passing(engine: Engine, text: str, framework: str) -> None:
    assert engine.parser.parse(text).current == framework


@pytest.mark.parametrize(
    "text",
    ["the billing service is not broken", "our flask app does the job", "it's been humming along for years"],
)
def test_it_works_said_other_ways(engine: Engine, text: str) -> None:
    assert "works-today" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    ["the ml people maintain a small flask tool", "our ml engineers built it", "the security folks own it"],
)
def test_a_need_word_naming_people_is_no_need(engine: Engine, text: str) -> None:
    assert not {"ml-serving", "security"} & wanted(engine, text)


def test_a_peer_reading_a_post_is_a_pitch(engine: Engine) -> None:
    advice = engine.ask("our flask api runs fine; one dev read a blog post and now wants fastapi for speed")
    assert advice.recommendation is not None and advice.recommendation.framework == "flask"


@pytest.mark.parametrize(
    ("text", "current", "target"),
    [
        ("we are partway through swapping django out for fastapi", "django", "fastapi"),
        ("two weeks into migrating flask to django, should we stop?", "flask", "django"),
        ("half of our pages are already live on django as we move off flask", "flask", "django"),
        ("we committed to moving the flask apps to fastapi; one of four is finished", "flask", "fastapi"),
        ("our flask to quart port is done, mostly", "flask", "quart"),
    ],
)
def test_a_move_under_way_said_other_ways(engine: Engine, text: str, current: str, target: str) -> None:
    parsed = engine.parser.parse(text)
    assert (parsed.current, parsed.targets[:1], parsed.migration_underway) == (current, (target,), True)


def test_a_move_asked_for_is_not_under_way(engine: Engine) -> None:
    parsed = engine.parser.parse("the cto wants our fastapi services moved to django")
    assert not parsed.migration_underway


def test_a_move_asked_about_is_not_under_way_and_names_what_runs(engine: Engine) -> None:
    parsed = engine.parser.parse("should we port a small flask reporting tool to django?")
    assert (parsed.current, parsed.targets, parsed.migration_underway) == ("flask", ("django",), False)


def test_an_exception_opening_a_clause_adds_a_need(engine: Engine) -> None:
    found = {m.id: m.negated for m in engine.parser.parse("a plain crud tool — except realtime updates").requirements}
    assert found.get("realtime") is False
    assert "django" in engine.parser.parse("any framework will do — except django").excluded


def test_a_model_put_behind_http_is_model_serving(engine: Engine) -> None:
    assert "ml-serving" in wanted(engine, "analysts want to put the model behind a small service")


@pytest.mark.parametrize("text", ["a notification service for the shop", "a new service that handles invoices"])
def test_a_service_with_one_job_is_a_microservice(engine: Engine, text: str) -> None:
    assert "microservice" in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("throughput needs are modest, it is an internal api", "high-concurrency"),
        ("latency is not a problem, the report runs overnight", "low-latency"),
        ("scale isn't an issue: forty users", "high-concurrency"),
    ],
)
def test_a_need_said_to_be_modest_is_not_required(engine: Engine, text: str, need: str) -> None:
    parsed = engine.parser.parse(text)
    assert need in {m.id for m in parsed.requirements if m.negated}
    assert need not in wanted(engine, text)


def test_pros_of_a_framework_are_what_the_team_knows(engine: Engine) -> None:
    assert engine.parser.parse("three of us are flask pros, we need an internal api").known == ("flask",)
