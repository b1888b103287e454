"""Exclusions and what they leave: a pronoun ruling out the framework named before it ('we ruled it out'), a
service that moves data ('dumps them into s3') keeping its needs, the reason for an exclusion as a need
('burned by async'), async declined in the team's own words, and a stand-in for a ruled-out winner that is
built on a need the user declines."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import asked_pick, asked_wanted_by_id


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("we tried flask for a week and rejected it. the service streams sensor data over websockets", "flask"),
        ("Django felt like a lot of ceremony, so we ruled it out; it's a small json api for two apps", "django"),
    ],
)
def test_a_pronoun_rules_out_the_framework_named_before(engine: Engine, text: str, gone: str) -> None:
    assert gone in engine.ask(text).query.excluded


def test_trying_a_framework_out_rules_nothing_out(engine: Engine) -> None:
    assert not engine.ask("we want to try it out: flask for a small internal json api").query.excluded


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("a small relay that takes github webhooks and dumps them into s3", "webhooks"),
        ("it accepts payment webhooks and drops them onto a redis queue", "webhooks"),
    ],
)
def test_moving_data_somewhere_takes_no_need_back(engine: Engine, text: str, need: str) -> None:
    assert asked_wanted_by_id(engine, text).get(need) is True


def test_dropping_a_need_still_takes_it_back(engine: Engine) -> None:
    assert asked_wanted_by_id(engine, "we need sso and an admin. drop the admin.").get("admin-panel") is False


@pytest.mark.parametrize(
    "text",
    [
        "we got bitten by async last time, so keep it boring: an internal api for the finance team",
        "bad experiences with async in our last service. a json api with about forty endpoints",
    ],
)
def test_a_need_that_hurt_before_is_not_wanted(engine: Engine, text: str) -> None:
    assert asked_wanted_by_id(engine, text).get("async") is False


def test_an_aversion_reaches_only_the_need_right_after(engine: Engine) -> None:
    # the pain is the people's habit; the structure they lacked is what is wanted
    read = asked_wanted_by_id(engine, "we've been burned by every team rolling its own structure, 30 devs")
    assert read.get("batteries") is not False


@pytest.mark.parametrize(
    "text",
    [
        "Rule out FastAPI: our devs were burned by async deadlocks before. A 25-endpoint internal json api.",
        "we are not going to touch async anywhere: a nightly report generator triggered by one http call",
    ],
)
def test_declining_async_leads_to_a_sync_framework(engine: Engine, text: str) -> None:
    assert asked_pick(engine, text) == "flask"


def test_i_dont_not_want_a_need_wants_it(engine: Engine) -> None:
    read = asked_wanted_by_id(engine, "we don't NOT want request validation, we just want no async")
    assert read.get("typed-validation") is True


def test_no_async_stand_in_for_a_team_declining_async(engine: Engine) -> None:
    text = "no fastapi, and we'd rather stay away from async: openapi docs and typed validation for a partner api"
    assert asked_pick(engine, text) not in ("litestar", "quart", "sanic")


def test_the_stand_in_still_comes_when_async_is_wanted(engine: Engine) -> None:
    text = "no fastapi. async websockets, generated openapi docs and typed validation for a partner api"
    assert asked_pick(engine, text) == "litestar"
