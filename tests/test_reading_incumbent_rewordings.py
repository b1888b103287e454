"""The same incumbent situations said in other words: what runs said in passing ("8yo codebase", "has a dependency
on flask"), a team that has never used a framework (a lack, not a ban), a lack inside our own app, staff editing
said with a department or "is editing", the few who still understand the code, many outside calls made one after
another, a pitch's reasons in brackets, a suggestion in the passive, and a few words that are not the need they
look like ("tiny new feature", "the scale at which we operate", "p99 blows up")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reading.result import ParsedQuery


def _read(engine: Engine, text: str) -> ParsedQuery:
    return engine.parser.parse(text)


def _said(engine: Engine, text: str) -> dict[str, bool]:
    """need id -> negated"""
    return {m.id: m.negated for m in _read(engine, text).requirements}


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("9yo codebase, django + drf. the cto read that fastapi is faster. our p95 is totally fine tho", "django"),
        ("12yrs old app, flask + sqlalchemy. a consultant says quart is faster", "flask"),
        ("the billing portal has a dependency on django. should we drop it for something lighter?", "django"),
        ("our tool has a hard dependency on flask", "flask"),
        ("the service is written in flask. every req hits 5 external apis one after the other", "flask"),
    ],
)
def test_what_runs_said_in_passing(engine: Engine, text: str, runs: str) -> None:
    assert _read(engine, text).current == runs


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("we're fastapi people, nobody's ever touched django", "fastapi"),
        ("each of us is a django dev", "django"),
        ("all of us are flask devs", "flask"),
        ("5 engineers, every one of us is a django person", "django"),
    ],
)
def test_what_every_one_of_the_team_knows(engine: Engine, text: str, known: str) -> None:
    assert known in _read(engine, text).known


@pytest.mark.parametrize(
    "text",
    [
        "we've never used django",
        "none of us knows flask",
        "nobody on the team has worked with fastapi",
        "whole backend team is fastapi ppl, nobody's ever touched django",
    ],
)
def test_a_framework_never_used_is_lacked_not_ruled_out(engine: Engine, text: str) -> None:
    assert _read(engine, text).excluded == ()


def test_a_plain_ban_still_rules_out(engine: Engine) -> None:
    assert _read(engine, "no django please").excluded == ("django",)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("no admin in our fastapi app so support is editing rows directly in psql", "fastapi"),
        ("there's no admin in our flask app, ops edit rows by hand", "flask"),
        ("no validation inside our fastapi service and bad payloads crash it", "fastapi"),
    ],
)
def test_a_lack_inside_our_app_leaves_its_framework_running(engine: Engine, text: str, runs: str) -> None:
    parsed = _read(engine, text)
    assert parsed.current == runs and parsed.excluded == ()


@pytest.mark.parametrize(
    "text",
    [
        "it was suggested that a flask service be added next to the monolith",
        "it has been proposed that a fastapi app be built beside the existing project",
        "It has been suggested that a FastAPI service be set up alongside what we have.",
    ],
)
def test_that_before_a_opens_a_clause_it_owns_nothing(engine: Engine, text: str) -> None:
    assert _read(engine, text).current is None


@pytest.mark.parametrize(
    "text",
    [
        "the finance department needs to be able to edit vendor records",
        "support is editing rows directly in the db",
        "the hr department can edit the entries",
        "finance dept needs to be able to update supplier records",
    ],
)
def test_staff_editing_said_with_a_department_or_is_editing(engine: Engine, text: str) -> None:
    assert _said(engine, text).get("admin-panel") is False


@pytest.mark.parametrize(
    "text",
    [
        "only two of the developers who understand it are still with us",
        "the devs who wrote it left years ago",
        "nobody understands the old code anymore",
        "only one person understands it",
        "original developers have left",
    ],
)
def test_the_few_who_still_understand_it(engine: Engine, text: str) -> None:
    assert _said(engine, text).get("staffing-risk") is False


@pytest.mark.parametrize(
    "text",
    [
        "every req hits 5 external apis one after the other",
        "each request calls four vendor apis sequentially",
        "the handler queries three partner services one after another",
        "we make 6 sequential http calls per request",
        "a waterfall of api calls on every page load",
    ],
)
def test_many_outside_calls_one_after_another(engine: Engine, text: str) -> None:
    assert _said(engine, text).get("io-heavy") is False


@pytest.mark.parametrize(
    "text",
    [
        "our p95 is totally fine tho",
        "p99 is perfectly fine honestly",
        "response times are totally fine",
    ],
)
def test_a_latency_said_fine_is_no_need(engine: Engine, text: str) -> None:
    assert _said(engine, text).get("low-latency") is True


def test_an_emoji_ends_a_sentence(engine: Engine) -> None:
    text = "8yo codebase, django+drf. mgmt saw a post saying fastapi is 5x faster 🙄 our latency is totally fine tho"
    parsed = _read(engine, text)
    assert parsed.current == "django"
    assert {m.id for m in parsed.requirements if not m.negated} >= {"works-today"}


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        ("given the scale at which we operate, is flask enough?", "high-concurrency"),
        ("at the scale we operate at, do we even need async?", "high-concurrency"),
        ("p99 blows up under load", "content-site"),
        ("latency blew up after the release", "content-site"),
        ("we know django well. tiny new feature: receive webhooks", "small-scope"),
        ("our flask app. someone suggested fastapi (faster, auto api docs, async)", "api-docs"),
        ("our flask app. someone filed a request to move to fastapi (type hints, async)", "async"),
    ],
)
def test_words_that_are_not_the_need_they_look_like(engine: Engine, text: str, not_read: str) -> None:
    assert not_read not in _said(engine, text)


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        (
            "8yo codebase, django+drf+celery. the cto saw a blog claiming fastapi is 5x faster. p95 is totally fine",
            "django",
        ),
        (
            "every one of us is a django person. tiny new feature: take in stripe webhooks and kick off celery jobs",
            "django",
        ),
        ("our old pyramid site: server pages, logins, forms. the devs who wrote it left years ago", "django"),
        (
            "the legacy flask app has a dependency on flask-login. each request hits 4 external apis sequentially",
            "fastapi",
        ),
    ],
)
def test_rewordings_keep_the_pick(engine: Engine, text: str, pick: str) -> None:
    advice = engine.ask(text)
    assert advice.recommendation is not None and advice.recommendation.framework == pick


def test_a_framework_thing_doing_its_work_now_is_what_runs_whatever_its_article(engine: Engine) -> None:
    parse = engine.parser.parse
    assert parse("choir rota. a small flask app emails the rehearsal list each week").current == "flask"
    assert parse("a fastapi service computes the delivery fees for the shop, p99 30ms").current == "fastapi"
    assert parse("one django app tracks the loans at the tool library; we need a waitlist").current == "django"


def test_a_framework_thing_wanted_or_asked_about_is_not_what_runs(engine: Engine) -> None:
    parse = engine.parser.parse
    assert parse("we need a small flask app that emails the rehearsal list").current is None
    assert parse("would a fastapi service compute the delivery fees fast enough?").current is None
    assert parse("a new django app tracks the loans, is that overkill?").current is None


def test_an_app_said_to_be_already_retired_is_not_what_runs(engine: Engine) -> None:
    parse = engine.parser.parse
    gone = parse("the flask booking app was decommissioned last spring. we need an endpoint for kiosk check-ins")
    assert gone.current is None
    passed = parse("the django shop has been switched off; everything goes through the fastapi gateway these days")
    assert passed.current == "fastapi"
