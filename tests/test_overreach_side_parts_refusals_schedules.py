"""Look-alikes of recent readings where the need or role does hold: a handful's part ranked first or given rules
of its own is no side part; a gatekeeper refusing a lack wants what lacks; 'every second friday' is a schedule;
'already has its own service for x' names no new separate part; the day job's framework, with no other project
named, is the codebase asked about."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _read(engine: Engine, text: str) -> dict[str, str]:
    """Requirement id -> 'firm', 'wish' or 'negated'."""
    return {r.id: "negated" if r.negated else "wish" if r.wish else "firm" for r in engine.ask(text).query.requirements}


@pytest.mark.parametrize(
    ("text", "need"),
    [
        (
            "first priority: a back office for our 5 dispatchers to reassign jobs. "
            "the tracking api sees 6k concurrent connections",
            "admin-panel",
        ),
        (
            "the main thing is the admin for our 4 editors. the public site gets 30k concurrent readers at launch",
            "admin-panel",
        ),
        (
            "p99 under 20ms for the quote endpoint, and our 7 underwriters need a back office with approvals and "
            "per-role permissions every day",
            "admin-panel",
        ),
        (
            "the telemetry endpoint takes 5k rps, and our 8 accountants need crud screens with a full audit log",
            "forms-crud",
        ),
        ("our 4 editors publish the news site; it has 25k concurrent readers", "content-site"),
    ],
)
def test_a_handfuls_part_ranked_first_or_with_rules_of_its_own_is_no_side_part(
    engine: Engine, text: str, need: str
) -> None:
    assert _read(engine, text).get(need) == "firm"


@pytest.mark.parametrize(
    ("text", "need"),
    [
        (
            "legal will not sign off on anything that doesnt have an audit trail; it's a back office for 40 clerks",
            "security",
        ),
        ("the platform team won't approve a service without generated api docs", "api-docs"),
        ("infosec wont permit an api that isnt typed", "typed-validation"),
        ("security won't sign off on an API that doesn't have generated docs", "rest-api"),
    ],
)
def test_a_gatekeeper_refusing_a_lack_wants_what_lacks(engine: Engine, text: str, need: str) -> None:
    assert _read(engine, text).get(need) == "firm"


def test_a_gatekeeper_refusing_an_interface_still_bans_it(engine: Engine) -> None:
    assert _read(engine, "ops won't approve anything asgi; it's a crud app").get("async") == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "3000 payslips go out every second friday; 4 payroll clerks check them in an admin",
        "5000 parcels leave every second day, tracked in a small internal tool",
        "we onboard 1200 suppliers every second month through a back office",
    ],
)
def test_every_second_before_a_calendar_word_is_a_schedule(engine: Engine, text: str) -> None:
    assert "high-concurrency" not in _read(engine, text)


def test_every_second_alone_is_still_a_crowd(engine: Engine) -> None:
    assert _read(engine, "3000 trackers ping every second").get("high-concurrency") == "firm"


@pytest.mark.parametrize(
    "text",
    [
        "the django site already has its own service for search; partners now want an api on the same data",
        "our app has its own service for pdf rendering, and we need a partner api with docs next",
    ],
)
def test_a_part_that_already_has_its_own_service_names_no_new_separate_part(engine: Engine, text: str) -> None:
    assert "separate-service" not in _read(engine, text)


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("we run flask at work and this is that codebase: it needs openapi docs", "flask"),
        ("we use fastapi at work and that app now needs an admin for 6 staff", "fastapi"),
        ("we run django at my day job and I have to add a partner api to it", "django"),
    ],
)
def test_the_day_jobs_framework_with_no_other_project_named_runs(engine: Engine, text: str, current: str) -> None:
    query = engine.ask(text).query
    assert query.current == current


def test_the_day_jobs_framework_beside_a_side_project_is_known(engine: Engine) -> None:
    query = engine.ask("flask at work, but for my pet project i want websockets").query
    assert query.current is None
    assert "flask" in query.known
