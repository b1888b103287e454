"""Cue words of the latest readers said where the user does mean the need or does run the framework: a ranking
question naming the use, something else given up beside the framework, staff acting on no record, the asker's
own framework under load, and tracking that is device telemetry, not an equipment loan."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine, default_engine
from tests.talk import asked_pick


@pytest.fixture(scope="module")
def engine() -> Engine:
    return default_engine()


def _needs(engine: Engine, text: str) -> set[str]:
    return {r.id for r in engine.parser.parse(text).requirements if not r.negated}


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("which of them is better for streaming odds to thousands of phones over websockets?", "fastapi"),
        ("which framework is the safest bet for a partner-facing REST api with generated OpenAPI docs", "fastapi"),
        ("which one is the best choice if ops staff have to edit invoices in an admin?", "django"),
    ],
)
def test_a_ranking_question_naming_the_use_states_the_need(engine: Engine, text: str, pick: str) -> None:
    assert asked_pick(engine, text) == pick


def test_a_ranking_on_a_bare_criterion_still_asks_back(engine: Engine) -> None:
    assert asked_pick(engine, "which of the three has the best raw throughput? deciding next week") is None


@pytest.mark.parametrize(
    "text",
    [
        "the backend is django plus a vue frontend we ditched last year; the app needs REST endpoints",
        "we run flask with a mongo layer we scrapped for postgres, need a csv export",
        "our service runs on litestar with a redis cache we killed last month, adding two endpoints",
    ],
)
def test_a_thing_given_up_beside_the_framework_leaves_it_running(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current is not None and parsed.current not in parsed.excluded


@pytest.mark.parametrize(
    "text",
    [
        "our accountants change nothing in it, they only read the numbers; it ingests bank events at high volume",
        "the sales team changes tools every year, unrelated; we build a public REST api for resellers",
        "the compliance team signs off on every release of our partner api",
        "planners freeze the codebase before the audit, the service itself is a typed api for partners",
    ],
)
def test_staff_acting_on_no_record_ask_no_admin(engine: Engine, text: str) -> None:
    assert "admin-panel" not in _needs(engine, text)


def test_staff_changing_records_still_ask_an_admin(engine: Engine) -> None:
    assert "admin-panel" in _needs(engine, "the warehouse staff need to change stock counts without a developer")


@pytest.mark.parametrize(
    "text",
    [
        "our checkout runs flask at 7k req/s on sale days and it falls over",
        "we run django at 4k rps at peak and the p99 is awful",
        "the existing flask handles 3k requests per second and needs to handle more",
    ],
)
def test_the_askers_own_framework_under_load_is_their_load(engine: Engine, text: str) -> None:
    assert "high-concurrency" in _needs(engine, text)


def test_a_benchmark_figure_is_still_no_load(engine: Engine) -> None:
    assert "high-concurrency" not in _needs(engine, "a blog post had fastapi at 20k req/s and flask at 4k, wow")


@pytest.mark.parametrize(
    "text",
    [
        "fleet telemetry: track assets on 40k vehicles, each pings gps every few seconds",
        "we track equipment position from 15k sensors streaming readings every second",
    ],
)
def test_device_tracking_is_no_internal_loan_tool(engine: Engine, text: str) -> None:
    assert "internal-tool" not in _needs(engine, text)
