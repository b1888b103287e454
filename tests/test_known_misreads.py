"""Misreadings earlier helpers found, each fixed as the weakness it shows: a system the team only sits beside, a
starter project's parts, a SaaS someone uses, an intern on the team, a glue service's ends, a named ML model, a
ranking said after the need, a side part's size, a system kept on a framework, and an estate said with verbs."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, wanted, wishes_by_id


@pytest.mark.parametrize(
    "text",
    [
        "marketing owns a shopify storefront, we never touch it; we write the service ingesting its order webhooks",
        "the shop is on BigCommerce and that stays as is. our piece: a partner API with generated docs",
        "next to the hosted ecommerce platform (not ours) we need an internal admin for refunds",
        "there is a storefront that another team owns; we only build the returns webhook handler",
    ],
)
def test_a_system_the_team_only_sits_beside_is_no_need(engine: Engine, text: str) -> None:
    assert "ecommerce" not in wanted(engine, text), text


def test_a_shop_the_team_builds_is_still_ecommerce(engine: Engine) -> None:
    assert "ecommerce" in wanted(engine, "we're replacing shopify with our own store: catalogue, cart, checkout")


@pytest.mark.parametrize(
    "text",
    [
        "the template gave us login and password reset; now we need an async api for a mobile client",
        "signup and sessions are already wired up, the job is a typed partner api",
        "the cookiecutter already has user accounts, what we must add is a websocket feed",
        "auth comes from the starter template already. the new part is an ml inference endpoint",
    ],
)
def test_what_a_starter_project_gives_is_no_need(engine: Engine, text: str) -> None:
    assert "user-auth" not in wanted(engine, text), text


@pytest.mark.parametrize(
    "text",
    [
        "finance ditched the SaaS they used for expense approvals; we're building a tiny prototype form",
        "we pay for a saas tool for surveys and want a small webhook receiver for its results",
        "marketing's old saas vendor for link shortening is going away, we need a single-purpose redirect service",
    ],
)
def test_a_saas_someone_uses_is_not_one_the_team_builds(engine: Engine, text: str) -> None:
    assert "saas-product" not in wanted(engine, text), text


def test_building_a_saas_still_reads(engine: Engine) -> None:
    assert "saas-product" in wanted(engine, "we're building a saas for dentists with subscriptions and tenants")


@pytest.mark.parametrize(
    "text",
    [
        "ops dashboard to edit warehouse records with role permissions; a summer intern will pitch in",
        "partner api with openapi docs and strict validation, two interns are joining the team",
        "an apprentice will help with the crud screens of our internal inventory tool",
    ],
)
def test_an_intern_on_the_team_is_no_learning_need(engine: Engine, text: str) -> None:
    assert "easy-learning" not in wanted(engine, text), text


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("a little service sitting between the billing system and the data warehouse, forwarding events", "flask"),
        ("we need a thin middleman between the helpdesk and our crm", "flask"),
        ("adapter that sits in between the payment processor and our accounting ledger", "flask"),
    ],
)
def test_a_service_between_two_systems_is_glue(engine: Engine, text: str, pick: str) -> None:
    needs = wanted(engine, text)
    assert "glue-service" in needs, text
    assert "security" not in needs, text  # the payment side is one of the systems it connects
    assert first_pick(engine, text) == pick, text


@pytest.mark.parametrize(
    "text",
    [
        "we'd like Whisper transcription available to the rest of our stack over http",
        "put speech recognition for call recordings behind an endpoint",
        "a YOLO detector that the camera service calls for every frame",
        "audio transcription service for the podcast app",
    ],
)
def test_a_named_model_or_its_task_is_model_serving(engine: Engine, text: str) -> None:
    assert "ml-serving" in wanted(engine, text), text
    assert first_pick(engine, text) == "fastapi", text


@pytest.mark.parametrize(
    ("text", "top", "side"),
    [
        (
            "some settings forms, plus a live feed over websockets. the live feed is the main thing",
            "realtime",
            "forms-crud",
        ),
        (
            "an admin for staff and a public api for partners; the public api is the priority",
            "public-api",
            "admin-panel",
        ),
        (
            "server-rendered pages and streaming progress over sse, the streaming is what matters most",
            "realtime",
            "server-rendered",
        ),
    ],
)
def test_a_ranking_said_after_the_need_ranks_it(engine: Engine, text: str, top: str, side: str) -> None:
    wishes = wishes_by_id(engine, text)
    assert wishes.get(top) is False, (text, wishes)
    assert wishes.get(side) is True, (text, wishes)


def test_a_side_parts_size_is_not_the_systems(engine: Engine) -> None:
    text = "event intake at 5k rps; support also wants a tiny status page"
    assert "small-scope" not in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("is it fine to keep the small invoicing api on Flask?", "flask"),
        ("we plan to keep the reporting service on django for now", "django"),
        ("should we leave the ingest worker on fastapi?", "fastapi"),
    ],
)
def test_a_system_kept_on_a_framework_runs_on_it(engine: Engine, text: str, current: str) -> None:
    assert engine.parser.parse(text).current == current, text


def test_a_new_thing_kept_on_a_framework_is_not_running(engine: Engine) -> None:
    assert engine.parser.parse("we want to keep a new service on flask").current is None


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("Payments uses Flask, Search runs on FastAPI. Payments needs an admin for refunds", "flask"),
        ("Catalog is on Django, Notifications uses FastAPI. for Catalog, how do we add a mobile api?", "django"),
        ("Ingest runs on FastAPI, Billing uses Django. Ingest needs to take 3k events per second", "fastapi"),
    ],
)
def test_an_estate_said_with_verbs_runs_the_one_asked_about(engine: Engine, text: str, current: str) -> None:
    assert engine.parser.parse(text).current == current, text
