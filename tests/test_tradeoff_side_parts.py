"""Two needs pulling different ways, where one side is small or ranked below the other: a handful of staff on a
side admin beside a load others bring, a 'main' heading ranking a goal, a separate public API beside a running
Django app, and generic words ('the work', 'django at work') that name no need."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _pick(engine: Engine, text: str) -> str | None:
    advice = engine.ask(text)
    return advice.recommendation.framework if advice.recommendation else None


def _wishes(engine: Engine, text: str) -> dict[str, bool]:
    return {r.id: r.wish for r in engine.ask(text).query.requirements if not r.negated}


@pytest.mark.parametrize(
    "text",
    [
        "20k scooters report gps every second; also a back office for 4 support agents to unlock a scooter",
        "the ingest endpoint takes 3k rps from our POS terminals, plus an admin for 5 staff to fix prices",
        "ad auctions with a 10ms budget, and an admin screen for 2 staff members",
        "pricing api under ~2k requests per second; 6 employees edit the rules in an admin",
    ],
)
def test_a_handful_on_a_side_admin_beside_a_load_leans_as_a_wish(engine: Engine, text: str) -> None:
    wishes = _wishes(engine, text)
    assert wishes.get("admin-panel") is True
    assert _pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "an admin panel for 4 finance people to approve refunds",
        "back office for 6 support agents: look up orders, fix addresses",
    ],
)
def test_a_handful_on_an_admin_with_no_load_elsewhere_is_the_need(engine: Engine, text: str) -> None:
    assert _wishes(engine, text).get("admin-panel") is False
    assert _pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "main goal: live bidding over websockets under 50ms. secondary: a seller backoffice with forms",
        "main product: a realtime trading feed over websockets. secondary: admin screens and crud for ops",
        "the main thing is a websocket game server for thousands of players. secondary is a cms for the news page",
    ],
)
def test_a_main_heading_ranks_the_secondary_part_below(engine: Engine, text: str) -> None:
    assert _pick(engine, text) == "fastapi"


def test_main_naming_a_thing_ranks_nothing(engine: Engine) -> None:
    wishes = _wishes(engine, "main database is postgres; we need an admin and forms for staff")
    assert wishes.get("admin-panel") is False


@pytest.mark.parametrize(
    "text",
    [
        "django runs our shop and admin. we want a separate public api for partners with openapi docs, what for it?",
        "our django site stays as it is; partners need a public API as its own service, typed and documented",
        "we run django for the content. a separate partner api for b2b integrations: which framework?",
    ],
)
def test_a_separate_public_api_beside_django_is_fastapi(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert advice.query.current == "django"
    assert _pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "the mobile backend api is 80% of the work, the rest is small",
        "we need to get the work done by march: a json api for our app",
        "lots of work left on the api for our react frontend",
    ],
)
def test_the_work_as_a_noun_is_no_verdict_on_what_runs(engine: Engine, text: str) -> None:
    assert "works-today" not in _wishes(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "we use django at work; for my own hobby api i want something minimal",
        "django at my day job for years, now picking a framework for a personal side project",
    ],
)
def test_the_day_jobs_framework_is_known_not_run(engine: Engine, text: str) -> None:
    query = engine.ask(text).query
    assert query.current is None
    assert "django" in query.known


def test_integrating_with_our_own_parts_is_no_public_api(engine: Engine) -> None:
    said = _wishes(engine, "we run django and need push to browsers; integrating with our auth is the hard part")
    assert "public-api" not in said
