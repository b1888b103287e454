"""Round 19 leftovers: a release number among the options weighed says nothing of what runs; an outside party
(a payment provider) or a build choice (extension or new service) is no need; a half-done move toward a niche
framework turns to the mainstream one the asker names; a fix offered as one option of a question keeps no app in
place; services merged back into one app are a large application; goods sold online are a shop."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, first_turn, wanted


@pytest.mark.parametrize(
    "text",
    [
        "brand-new staff intranet, roughly 200 users: flask 3.0 or django 5.1?",
        "django 4.2 or flask 3.1 for the new intranet we're starting?",
        "for a fresh company wiki would you pick flask 3 or django 5?",
        "starting an hr portal from scratch - flask 3.1 vs django 5.0?",
    ],
)
def test_a_release_number_among_options_is_not_what_runs(engine: Engine, text: str) -> None:
    turn = first_turn(engine, text)
    assert turn.advice.query.current is None


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("our flask 2.2 app works; bump it to 3.0 or move to fastapi?", "flask"),
        ("the django 3 app needs an api: drf or a separate fastapi service?", "django"),
    ],
)
def test_a_release_number_of_the_app_still_says_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert first_turn(engine, text).advice.query.current == runs


@pytest.mark.parametrize(
    "text",
    [
        "the rentals app (Flask) must now accept callbacks from our payment provider. extension or new service?",
        "Flask runs our ticketing; the payments vendor wants to post refund events to us. an extension or split off?",
        "our flask booking tool must hear from the payment processor when a charge clears - extension or a new svc?",
    ],
)
def test_an_outside_payment_party_or_a_build_choice_sends_no_flask_app_to_django(engine: Engine, text: str) -> None:
    assert "ecosystem" not in wanted(engine, text)
    assert first_pick(engine, text) != "django"


def test_extensions_as_packages_still_count(engine: Engine) -> None:
    assert "ecosystem" in wanted(engine, "we lean on lots of community extensions and plugins")


@pytest.mark.parametrize(
    "text",
    [
        "about half of the bottle app now runs on sanic. should we switch the target to fastapi instead?",
        "we're 60% through porting tornado handlers to quart. i'd rather aim for fastapi now, thoughts?",
        "mid-migration from falcon to litestar, catalog still to go. fastapi instead, at this point?",
        "our cherrypy api is partly moved onto starlette - or should we go fastapi for what's left?",
    ],
)
def test_a_half_done_niche_move_turns_to_the_mainstream_one_named(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "fastapi"


def test_a_half_done_move_to_fastapi_is_finished_despite_a_niche_one_floated(engine: Engine) -> None:
    text = "most of our flask routes are already ported to fastapi; a dev suggested sanic for the rest. thoughts?"
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "our flask api sits at 2k req/s with p99 creeping up. more gunicorn workers, or move to fastapi?",
        "Flask feed backend: 3000 concurrent users at peak and latency spikes. add workers or port to fastapi?",
        "the flask service hits 4k rps in the evening and p95 doubles; add a cache, or is it fastapi time?",
    ],
)
def test_a_fix_offered_as_an_option_keeps_no_app_in_place(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "fastapi"


def test_a_fix_said_as_a_fact_still_keeps_the_app(engine: Engine) -> None:
    text = "flask at 1.5k rps, slow at peak; gunicorn still runs 2 sync workers on 16 cores. port it to fastapi?"
    assert first_pick(engine, text) == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "ten microservices for five devs was a mistake: releases crawl. we want to fold them back into one app.",
        "we're consolidating our services into a single application after two years of cross-service bug hunts",
        "plan: merge the 8 microservices back into one codebase so deploys stop taking a day. framework?",
    ],
)
def test_services_merged_into_one_app_are_a_large_application(engine: Engine, text: str) -> None:
    needs = wanted(engine, text)
    assert "large-app" in needs and "microservice" not in needs
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "we sell vintage vinyl online and want our own site with orders",
        "my sister sells hand-dyed yarn online, needs a backend",
        "band needs a merch store plus a tour page",
    ],
)
def test_goods_sold_online_are_a_shop(engine: Engine, text: str) -> None:
    assert "ecommerce" in wanted(engine, text)


def test_internal_microservices_are_no_small_job(engine: Engine) -> None:
    needs = wanted(engine, "about a dozen internal microservices for the freight platform")
    assert "microservice" in needs and "small-scope" not in needs


def test_a_colleagues_pitch_alone_does_not_turn_the_move(engine: Engine) -> None:
    text = "9 of our 15 views are already moved from bottle to sanic. a contractor says fastapi is safer. keep going?"
    assert first_pick(engine, text) == "sanic"
