"""Rewordings of batch-14 situations read as their plainer forms: "none of us" as a negated subject, a size word
said after the thing ("a small one") or before the api's kind ("small json api"), "is itself the product", an
MVP said to grow into the actual product, a rate with describing words before "requests per second", an amount
of I/O, a tracker named with its object after it, part of the audience wanting something, a negated list closed
by its own predicate ("... are required"), the UI owned by another team, an allow-list signed off, and thread
turns that set another service apart, carve one out, or correct the brief."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, first_turn, picked, turn_by_turn


def _needs(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> negated, as the first turn of a conversation reads it."""
    return {m.id: m.negated for m in first_turn(engine, text).advice.requirements}


@pytest.mark.parametrize(
    "text",
    [
        "none of us has ever written asyncio code. small rest api, only two internal jobs call it",
        "none of the devs has used async before. tiny rest api for internal use",
        "no one here has touched asyncio, small json api for our own scripts",
        "nobody on our team has done asyncio; we need a small rest api that two internal services call",
    ],
)
def test_a_team_new_to_async_with_a_small_internal_api_gets_flask(engine: Engine, text: str) -> None:
    assert _needs(engine, text).get("async") is True
    assert first_pick(engine, text) == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "the team knows flask really well. we need a new api service, a small one",
        "our devs know flask inside out; greenfield json api, a tiny one",
        "everyone here is fluent in flask. building a fresh api service, just a little one",
    ],
)
def test_a_size_said_after_the_thing_makes_it_small(engine: Engine, text: str) -> None:
    assert "small-scope" in _needs(engine, text)
    assert first_pick(engine, text) == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "need an mvp out fast but our product literally is the api - public data api for devs",
        "we want a quick mvp, though the api is in itself the product: a public data api for developers",
    ],
)
def test_the_api_said_to_be_the_product_is_api_only(engine: Engine, text: str) -> None:
    assert "api-only" in _needs(engine, text)
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "MVP due in 3 weeks, investors expect it to become the product",
        "3-week MVP, but the plan is for it to evolve into the actual product",
        "we ship a prototype in three weeks; investors want it to develop into the real product",
        "MVP in three weeks and it should turn into our main product later",
    ],
)
def test_an_mvp_that_grows_into_the_product_gets_django(engine: Engine, text: str) -> None:
    assert "large-app" in _needs(engine, text)
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "demo next week, but production must serve 3,000 api requests per second",
        "we demo in 10 days; at launch it has to take 5k json reads per second",
        "investor demo in a fortnight, then go-live at ~1500 read requests a second",
    ],
)
def test_a_rate_with_describing_words_is_high_concurrency(engine: Engine, text: str) -> None:
    assert "high-concurrency" in _needs(engine, text)
    assert first_pick(engine, text) == "fastapi"


def test_people_making_requests_is_no_rate_of_described_requests(engine: Engine) -> None:
    assert "high-concurrency" not in _needs(engine, "3 people making requests per minute")


@pytest.mark.parametrize(
    "text",
    [
        "every request does loads of I/O to third-party APIs; team would rather stay sync",
        "request handlers are heavy on io (several outside apis), but we'd like to keep things mostly sync",
    ],
)
def test_an_amount_of_io_against_outside_apis_is_io_heavy(engine: Engine, text: str) -> None:
    assert "io-heavy" in _needs(engine, text)
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "about 50 staff will use it to track leave; our CTO wants whatever framework is fastest",
        "a tracker for staff leave, fifty users tops, but the CTO insists on the fastest framework",
        "HR leave tracking app for our 50 employees but the cto insists on max speed",
    ],
)
def test_a_leave_tracker_named_around_its_object_is_forms(engine: Engine, text: str) -> None:
    assert "forms-crud" in _needs(engine, text)
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "plotly dashboards for the analysts; some of them would like a real login",
        "data team needs plotly charts + filters; some users want to sign in properly",
        "streamlit-ish dashboards with plotly for the data folks, only a few users want login",
    ],
)
def test_a_login_only_part_of_the_audience_wants_leans_as_a_wish(engine: Engine, text: str) -> None:
    auth = next(m for m in first_turn(engine, text).advice.requirements if m.id == "user-auth")
    assert auth.wish
    assert first_pick(engine, text) == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "serve our ML model behind one POST route; no admin panel, logins or templates are needed",
        "No admin, user accounts or HTML pages are required.",
        "model inference endpoint. no admin, accounts or html pages will be needed",
    ],
)
def test_a_negated_list_closed_by_its_predicate_negates_every_item(engine: Engine, text: str) -> None:
    needs = _needs(engine, text)
    assert needs["user-auth"] is True
    assert needs["admin-panel"] is True


@pytest.mark.parametrize(
    "text",
    [
        "no full-stack here, the frontend team owns the UI; our service just serves json to the web and mobile clients",
        "the UI is owned by the Vue team and the backend only serves REST to it and our iOS app",
        "not full stack: a separate react team owns the frontend, we just serve JSON to them and to the mobile apps",
    ],
)
def test_a_ui_owned_by_another_team_leaves_an_api_only_backend(engine: Engine, text: str) -> None:
    assert "api-only" in _needs(engine, text)
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "ban",
    [
        "infosec has only signed off on django and flask, nothing else",
        "our security team only cleared flask and django",
        "compliance only okayed flask + django for now",
    ],
)
def test_an_allow_list_signed_off_keeps_the_pick_inside_it(engine: Engine, ban: str) -> None:
    turns = turn_by_turn(engine, "token streaming gateway for an llm over SSE, ~2k concurrent clients", ban)
    assert picked(turns[0]) == "fastapi"
    assert picked(turns[1]) in ("flask", "django")


def test_a_separate_matter_with_its_article_sets_another_service_apart(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "Service one is a public API for partners with documentation.",
        "A different matter: service two is an internal CMS for the marketing pages.",
        "Returning to service one: it also needs websocket pushes.",
        "Regarding service two, the CMS: marketing would also like a JSON feed of the pages.",
    )
    assert [picked(t) for t in turns] == ["fastapi", "django", "fastapi", "django"]


def test_separating_out_an_api_carves_it_out_of_the_main_app(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "we're replacing an old pyramid app: server-rendered pages, user accounts, an admin for staff",
        "we'd also like to separate out a partner API doing 3,000 requests per second, with OpenAPI",
        "going back to the main app: still django?",
    )
    assert [picked(t) for t in turns] == ["django", "fastapi", "django"]


def test_correcting_the_brief_redescribes_the_project(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "Dana suggests Flask, Eli suggests Django. It's a finance back office with about forty models.",
        "Small correction from Dana: it's really just three tables, mostly glue between our ERP and the bank's API.",
    )
    assert picked(turns[0]) == "django"
    assert picked(turns[1]) == "flask"


def test_the_bank_as_the_other_end_of_an_integration_is_no_security_need(engine: Engine) -> None:
    assert "security" not in _needs(engine, "glue that pulls files from the bank's sftp server into our ERP")
    assert "security" in _needs(engine, "we're a bank and need an internal portal")
