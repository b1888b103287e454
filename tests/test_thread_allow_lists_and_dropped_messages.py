"""Thread moves: an allow-list of frameworks, a pitch whose reason is fashion, a part dropped by naming the message
that asked for it, a turn that splits a system out while asking about deploying it, a unit described by its use."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import picked, turn_by_turn, wanted


def test_an_allow_list_holds_the_pick_to_the_frameworks_named(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "chat backend pushing messages over websockets to ~3k concurrent clients",
        "compliance only allows django and flask, nothing more",
    )
    assert picked(turns[0]) == "fastapi"
    assert picked(turns[1]) in ("django", "flask")


def test_a_framework_approved_later_joins_the_allow_list(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("chat backend pushing messages over websockets to ~3k concurrent clients")
    conversation.turn("compliance only allows django and flask, nothing more")
    later = conversation.turn("compliance has approved quart as well")
    assert later.intent == "update" and "quart" in conversation.state.mentioned
    assert picked(later) == "quart"


def test_only_approved_reads_as_an_allow_list_only_before_a_framework(engine: Engine) -> None:
    assert "no-new-framework" in wanted(engine, "legal has only approved fastapi")
    assert "no-new-framework" not in wanted(engine, "only approved members can open the reports")


def test_the_security_team_acting_is_not_a_need_for_secure_defaults(engine: Engine) -> None:
    assert "security" not in wanted(engine, "security signed off on flask last week")
    assert "security" in wanted(engine, "security matters a lot here, we handle card data")


def test_a_pitch_resting_on_fashion_adds_no_need(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("internal accounting back office, about 40 models and lots of forms")
    turn = conversation.turn("dave: fastapi since async is the way of the future")
    assert "async" not in conversation.state.requirements
    assert picked(turn) == "django"


def test_naming_a_later_message_drops_the_part_it_asked_for(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("expose an image classifier over http, about 200 requests a second")
    conversation.turn("plus a screen where annotators sign in and fix wrong predictions")
    assert "user-auth" in conversation.state.requirements
    turn = conversation.turn("scratch the annotator screen, a hosted tool covers that")
    assert "user-auth" not in conversation.state.requirements
    assert "ml-serving" in conversation.state.requirements  # said first by the opening message, which stays
    assert picked(turn) == "fastapi"


def test_a_need_said_again_stays_with_the_message_that_first_said_it(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("expose an image classifier over http, about 200 requests a second")
    conversation.turn("plus a screen where annotators sign in and fix wrong predictions")
    assert conversation.state.said_turn["ml-serving"] == 0


def test_the_opening_message_is_not_dropped_by_naming_its_words(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("a shop with a staff admin and user accounts")
    conversation.turn("scratch the shop")
    assert "admin-panel" in conversation.state.requirements


def test_a_split_asked_about_with_its_deploy_is_a_subject_the_thread_returns_from(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "rewriting our old pyramid site: server-rendered pages, customer logins, a staff admin",
        "we'd also carve out a partner api with openapi docs, 3k rps; a separate deploy is ok",
        "back to the main site — django still?",
    )
    assert picked(turns[0]) == "django"
    assert picked(turns[1]) == "fastapi"
    assert picked(turns[2]) == "django"


def test_one_endpoint_described_by_its_use_is_still_one_endpoint(engine: Engine) -> None:
    assert "small-scope" in wanted(engine, "all it is: one webhook endpoint for the billing vendor")
