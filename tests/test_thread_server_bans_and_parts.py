"""Thread moves: a server interface banned ("nothing asgi") rules out the frameworks served only on it; a part
named under "just for …" and set off by a break is its own subject; "ok and back to …" returns; a part cut from
the one message that described the project leaves the rest of it; a minor part left alone counts in full; a
take-back verb with its own object after it ("drops a note") cuts nothing said before it."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import picked, turn_by_turn

ASGI_ONLY = {"fastapi", "starlette", "litestar", "quart", "sanic"}


@pytest.mark.parametrize(
    "text",
    [
        "infosec will not sign off on anything asgi; we need a json api for two internal consumers",
        "ops won't approve uvicorn on the cluster, what do we use for a small internal rest api?",
        "hypercorn is not allowed by platform. which framework for a tiny internal api?",
        "our hosting does not permit asgi servers. small internal json service, which one?",
    ],
)
def test_a_banned_server_interface_rules_out_the_frameworks_served_only_on_it(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert set(parsed.excluded) >= ASGI_ONLY
    assert "flask" not in parsed.excluded and "django" not in parsed.excluded


def test_declining_async_code_is_not_a_server_ban(engine: Engine) -> None:
    assert not ASGI_ONLY & set(engine.parser.parse("small internal api, we don't need async").excluded)


def test_a_server_ban_mid_thread_moves_an_api_off_fastapi(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "partner-facing REST API with an OpenAPI contract our integrators generate SDKs from",
        "fyi infosec won't approve anything asgi this year",
        "+1",
    )
    assert picked(turns[0]) == "fastapi"
    assert picked(turns[1]) in ("flask", "django") and picked(turns[2]) == picked(turns[1])


def test_security_as_the_approver_is_not_a_need(engine: Engine) -> None:
    for text in ("security won't approve anything asgi", "security folks wouldn't sign off on quart"):
        assert "security" not in {m.id for m in engine.parser.parse(text).requirements}


@pytest.mark.parametrize(
    "follow_up",
    [
        "just for the notifications part - it fans out to 30k open websocket connections",
        "only for the push bit though, that one holds ~20k websockets open",
        "just for the events piece: thousands of concurrent websocket clients waiting on updates",
    ],
)
def test_a_narrowed_part_set_off_by_a_break_is_its_own_subject(engine: Engine, follow_up: str) -> None:
    conversation = Conversation(engine)
    first = conversation.turn("ticketing product: customer accounts, agent roles, an admin for supervisors")
    assert picked(first) == "django"
    part = conversation.turn(follow_up)
    assert picked(part) == "fastapi"
    assert "admin-panel" not in conversation.state.requirements


def test_a_part_named_without_a_break_still_adds_to_the_whole(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("ticketing product: customer accounts, agent roles, an admin for supervisors")
    conversation.turn("just for the admin part we need sso")
    assert "admin-panel" in conversation.state.requirements and not conversation.state.earlier


def test_ok_and_back_to_returns_to_the_earlier_subject(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("ticketing product: customer accounts, agent roles, an admin for supervisors")
    conversation.turn("separate question: another team needs a websocket relay for 20k clients")
    back = conversation.turn("ok and back to the ticketing app, same answer?")
    assert picked(back) == "django" and "admin-panel" in conversation.state.requirements


def test_cutting_one_part_of_the_only_description_keeps_the_rest(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn(
        "membership site for a gym chain: member logins, class bookings, billing and a cms for blog posts"
    )
    conversation.turn("the comms team will use wordpress, so scrap the cms part")
    assert "content-site" not in conversation.state.requirements
    assert conversation.state.requirements.get("user-auth") is False


def test_a_minor_part_left_alone_counts_in_full(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("live scoreboard pushed over websockets to fans, plus a small json api the ios app polls")
    left = conversation.turn("forget the websockets, the scoreboard can refresh every minute")
    assert picked(left) == "fastapi"
    assert "rest-api" not in conversation.state.wishes


@pytest.mark.parametrize(
    "text",
    [
        "a tiny relay that catches stripe webhooks and drops a message in slack",
        "a small bot which takes github webhooks and skips the payload it can't parse",
        "little service: receives webhooks, then removes the raw file once it is parsed",
    ],
)
def test_a_takeback_verb_with_its_own_object_cuts_nothing_before_it(engine: Engine, text: str) -> None:
    read = {m.id: m.negated for m in engine.parser.parse(text).requirements}
    assert read.get("webhooks") is False
