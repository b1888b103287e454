"""Tradeoff and situation readings found by seed-only probes (own wordings): a judgement dated 'today' is no
codebase, many outside systems counted after a call verb are I/O-heavy work, users' profiles are account data
rather than a consumer web product, and the team's own benchmark results are a fact reported, not a question."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import wanted


@pytest.mark.parametrize(
    "text",
    [
        "django seems heavy today, but we need staff logins and an order back office",
        "litestar looks tempting right now; we're building a catalog api from scratch",
        "quart sounded nice currently to one of us. new project: a reporting portal with roles",
    ],
)
def test_judged_framework_dated_now_is_not_running(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


def test_framework_with_time_word_still_runs(engine: Engine) -> None:
    assert engine.parser.parse("we are on pyramid today and it needs an admin").current == "pyramid"


@pytest.mark.parametrize(
    "text",
    [
        "the price checker hits 9 supplier apis and a cache for every lookup",
        "each booking quote calls four hotel providers before answering",
        "our endpoint queries twelve bank backends per customer request",
    ],
)
def test_counted_outside_calls_are_io_heavy(engine: Engine, text: str) -> None:
    assert "io-heavy" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "the service calls 2 payment providers",  # two calls are no fan-out
        "the mobile client calls 6 of our endpoints",  # the app's own endpoints
        "we hit 5 deadlines last quarter and built 3 apis",  # no call verb before the apis' count
    ],
)
def test_few_or_own_calls_are_not_io_heavy(engine: Engine, text: str) -> None:
    assert "io-heavy" not in wanted(engine, text)


def test_fanout_tips_a_simple_wish_to_async(engine: Engine) -> None:
    turn = Conversation(engine).turn("our deal finder pings 7 retailer apis on each query; keep it simple please")
    rec = turn.advice.recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_user_profiles_in_an_app_backend_are_accounts_not_full_stack(engine: Engine) -> None:
    found = wanted(engine, "api for our swift app: sign-in with tokens, user profiles and a workout log")
    assert "user-auth" in found
    assert "full-stack" not in found
    rec = Conversation(engine).turn("api for our swift app: sign-in with tokens, user profiles and a workout log")
    assert rec.advice.recommendation is not None and rec.advice.recommendation.framework == "fastapi"


def test_profile_pages_still_say_a_web_product(engine: Engine) -> None:
    assert "full-stack" in wanted(engine, "a members site where each person has a profile page and a forum")


@pytest.mark.parametrize(
    "text",
    [
        "We ran benchmarks: Litestar beat FastAPI by 12%. Everyone here knows FastAPI. Move the new service over?",
        "our benchmarks say quart is 10% faster than flask for us; the team knows flask. switch for the new app?",
    ],
)
def test_own_benchmarks_reported_still_get_a_pick(engine: Engine, text: str) -> None:
    turn = Conversation(engine).turn(text)
    assert turn.intent != "benchmarks"
    assert turn.advice.recommendation is not None


def test_speed_question_is_still_a_benchmarks_question(engine: Engine) -> None:
    assert engine.intents.detect("how fast is sanic next to fastapi?").intent == "benchmarks"
