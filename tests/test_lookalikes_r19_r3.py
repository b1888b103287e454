"""Round 19 look-alikes: a fix offered after the framework is still an option weighed; a how-to opener followed by
building or choosing asks the pick; the job market beside a system being built; a drop put as a condition; a crowd
reached 'in less than a second'; a product's release ('the latest version of shopify') is no likeness."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick


def test_fix_named_after_the_framework_is_weighed(engine: Engine) -> None:
    text = "flask service, 2k rps, latency creeping. go fastapi, or just more gunicorn workers?"
    assert first_pick(engine, text) == "fastapi"


def test_fix_named_after_the_framework_without_comma(engine: Engine) -> None:
    text = "flask api at 3k rps, p99 creeping up. port to fastapi or add a cache in front?"
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "how would you build a small receiver for stripe webhooks that runs under gunicorn?",
        "how do you pick a framework for a tiny api our ci calls? our env is nomad",
    ],
)
def test_howto_opener_asking_to_build_or_pick_is_a_pick(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) is not None


def test_job_market_beside_a_system_built_is_a_pick(engine: Engine) -> None:
    text = "job market here is thin. building a volunteer rota site with logins and an admin for coordinators"
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize("second", ["if the trial goes badly we'll just bin it", "worst case we ditch it, no drama"])
def test_drop_put_as_a_condition_keeps_the_project(engine: Engine, second: str) -> None:
    conversation = Conversation(engine)
    conversation.turn("crm for our 10-person agency with logins and an admin for the partners")
    rec = conversation.turn(second).advice.recommendation
    assert rec is not None and rec.framework == "django"


def test_crowd_reached_in_less_than_a_second(engine: Engine) -> None:
    assert first_pick(engine, "a price tick must reach 20k browsers in less than a second") == "fastapi"


def test_a_products_release_is_no_likeness(engine: Engine) -> None:
    text = "the latest version of shopify's api changed the webhook payloads; we need a tiny receiver for them"
    ids = {m.id for m in Conversation(engine).turn(text).parsed.requirements}
    assert "ecommerce" not in ids
