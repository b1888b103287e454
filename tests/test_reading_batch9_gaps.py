"""Reading gaps seen in the ninth fresh batch: a rewrite already decided, "why aren't we on X?" putting X up,
modal words between staff and their edit verb, staff publishing content, a shop's catalog team, a deployment's
settings module naming what runs, a trained model described by what it estimates, years of experience that are
no horizon, a one-off page, a safety-net wish, a prototype kept for production, a document's template, and the
frameworks' speed asked about with no project."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _ids(engine: Engine, text: str) -> set[str]:
    return {r.id for r in engine.ask(text).query.requirements if not r.negated}


def _pick(engine: Engine, text: str) -> str | None:
    rec = engine.ask(text).recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    "text",
    [
        "Our Tornado service streams live scores over websockets; management signed off on a rewrite and latency "
        "matters most.",
        "The old Tornado app that pushes order-book updates is a mess and we got the green light to redo it; it "
        "needs websockets and low latency.",
    ],
)
def test_a_decided_rewrite_leaves_the_niche_async_framework(engine: Engine, text: str) -> None:
    assert _pick(engine, text) == "fastapi"


def test_a_decided_rewrite_still_reads_its_destination(engine: Engine) -> None:
    assert engine.ask("our tornado app: we got approval to rewrite it in django").query.targets == ("django",)


@pytest.mark.parametrize(
    "text", ["why not fastapi?", "a colleague asked why we're not on django", "why are we not just using flask here?"]
)
def test_asking_why_not_a_framework_rules_nothing_out(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.excluded == ()


@pytest.mark.parametrize(
    "text",
    [
        "small charity, the office staff have to edit member records on their own",
        "our coordinators will want to edit the shift rota themselves",
    ],
)
def test_modal_words_between_staff_and_their_edit_verb(engine: Engine, text: str) -> None:
    assert "admin-panel" in _ids(engine, text)


def test_staff_publishing_content_is_an_admin_and_content(engine: Engine) -> None:
    ids = _ids(engine, "a city archive where staff can publish data sets for researchers to download")
    assert {"admin-panel", "content-site"} <= ids


def test_a_catalog_team_editing_products_is_a_shop_admin(engine: Engine) -> None:
    text = "online store for bike parts; merchandisers update the products every morning; react storefront on top"
    assert {"admin-panel", "ecommerce"} <= _ids(engine, text)
    assert _pick(engine, text) == "django"


def test_a_settings_module_names_what_runs(engine: Engine) -> None:
    text = (
        "the deploy script exports DJANGO_SETTINGS_MODULE=portal.settings.live then starts gunicorn portal.wsgi. "
        "Partners now want a documented order API."
    )
    assert engine.ask(text).query.current == "django"


def test_a_trained_model_named_by_what_it_estimates(engine: Engine) -> None:
    assert "ml-serving" in _ids(engine, "we have a delivery-time prediction model to put online")
    assert "ml-serving" in _ids(engine, "the ml team trained a churn thing; who hosts it?")


@pytest.mark.parametrize(
    "text",
    [
        "three devs with 12 years of python experience building a tiny api",
        "I have 8 years of Django and need a small service",
    ],
)
def test_years_of_experience_are_no_horizon(engine: Engine, text: str) -> None:
    assert "long-horizon" not in _ids(engine, text)


def test_years_of_a_framework_are_what_the_team_knows(engine: Engine) -> None:
    assert "flask" in engine.ask("both of us have 9 years of flask; small internal json api").query.known


def test_a_one_off_page_is_small_and_short_lived(engine: Engine) -> None:
    ids = _ids(engine, "we need a throwaway page where people register for a conference")
    assert {"small-scope", "short-horizon"} <= ids
    assert "forms-crud" not in _ids(engine, "a one-off web form for a charity raffle")


def test_a_safety_net_is_a_wish(engine: Engine) -> None:
    text = (
        "a very specific little bridge between our webhooks and a legacy mainframe, and some conventions as a "
        "safety net would help"
    )
    assert _pick(engine, text) == "flask"


def test_a_prototype_kept_for_production_is_long_lived_not_large(engine: Engine) -> None:
    ids = _ids(engine, "quick prototype of a json api for our ios app; it will end up in production")
    assert "long-horizon" in ids
    assert "large-app" not in ids


def test_a_documents_template_is_no_page_template(engine: Engine) -> None:
    assert "server-rendered" not in _ids(engine, "the architecture document template has a framework field")


def test_which_is_fastest_asks_about_benchmarks(engine: Engine) -> None:
    turn = Conversation(engine).turn("which framework is fastest? we'd just go with that")
    assert turn.intent == "benchmarks"
    assert turn.advice.recommendation is None
