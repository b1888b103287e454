"""Words that were counting for more than they say: a move weighed in a gerund read as one made ('debating switching
the api to fastapi'), a need only asked about read as stated ('do we need a separate service?'), a schedule or a
verdict on money read as the system's life or record ('timeline ~5 months', 'budget is fine'). Also an internal tool
with accounts beside a FastAPI service, and a move reported finished."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _pick(engine: Engine, text: str) -> str | None:
    advice = Conversation(engine).turn(text).advice
    return advice.recommendation.framework if advice.recommendation else None


@pytest.mark.parametrize(
    "text",
    [
        "our drf backend is 5 yrs old. pondering switching the whole thing to fastapi, or not",
        "the team is split between adding ninja and switching everything over to fastapi",
        "mulling over switching our api to fastapi; it's django today",
        "someone keeps bringing up switching it to fastapi. our django app, 40 models",
    ],
)
def test_a_gerund_of_a_move_weighed_is_not_a_move_under_way(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert not parsed.migration_underway
    assert _pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "we are switching the api from flask to fastapi, auth is already done",
        "currently switching our backend from flask to fastapi",
    ],
)
def test_a_progressive_gerund_still_reports_the_move(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).migration_underway


@pytest.mark.parametrize(
    "text",
    [
        "our storefront is django with the admin. the reseller app wants the product list as json, do we need a "
        "separate service for it?",
        "the whole site runs on django. partners want a feed of our listings; does it need its own service?",
    ],
)
def test_a_need_only_asked_about_is_no_reason_to_put_a_service_beside(engine: Engine, text: str) -> None:
    assert _pick(engine, text) == "django"


def test_a_need_asked_and_then_stated_counts_again(engine: Engine) -> None:
    text = "our django shop needs a public partner api. we want it as a separate service, on its own deploy"
    assert _pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    ("text", "horizon"),
    [
        ("a customer wants a python backend, timeline ~5 months, nothing else decided", None),
        ("the timeline is 6 weeks. which framework?", None),
        ("the system must stay in service ~8 years", 8.0),
    ],
)
def test_a_schedule_to_build_is_not_the_lifespan(engine: Engine, text: str, horizon: float | None) -> None:
    assert engine.parser.parse(text).horizon_years == horizon


@pytest.mark.parametrize(
    "text",
    [
        "budget is fine and the client is nice. they want a python backend, that's all we know",
        "the timeline is fine by us. we need a framework for a new thing, no details yet",
    ],
)
def test_fine_said_of_money_or_schedule_is_no_verdict_on_what_runs(engine: Engine, text: str) -> None:
    assert "works-today" not in {m.id for m in engine.parser.parse(text).requirements}


def test_fine_said_of_the_app_still_is(engine: Engine) -> None:
    ids = {m.id for m in engine.parser.parse("the flask app is fine, the budget is tight").requirements}
    assert "works-today" in ids


@pytest.mark.parametrize(
    "text",
    [
        "fastapi powers our scoring api. now finance needs an internal tool where people log in with roles",
        "all our services are fastapi. support wants an internal console with user accounts and permissions",
        "fastapi shop. the lab needs an internal app: sign-in, per-team permissions, bulk edits",
    ],
)
def test_an_internal_tool_with_accounts_goes_beside_fastapi_on_django(engine: Engine, text: str) -> None:
    assert _pick(engine, text) == "django"


def test_an_internal_tool_that_is_what_runs_stays_on_fastapi(engine: Engine) -> None:
    assert _pick(engine, "our internal tool is fastapi and it works; we need two more endpoints") == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "we finished moving to django in spring. next: a small endpoint for the kiosk",
        "completed the migration to django last year, now the partner portal needs a json api",
    ],
)
def test_a_move_reported_finished_says_what_runs(engine: Engine, text: str) -> None:
    assert _pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "the sanic intake service: no incidents this year. does the new endpoint go there?",
        "starlette service, tests are green, nothing to report. add one more route there?",
    ],
)
def test_a_clean_record_keeps_a_niche_framework(engine: Engine, text: str) -> None:
    assert "works-today" in {m.id for m in engine.parser.parse(text).requirements}
