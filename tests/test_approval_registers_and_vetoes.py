"""Governance said in a message: one framework on the approved register is fixed, a plural approval after names is
an allow-list, the compliance office acting is no need for secure defaults, a veto said beside a question on a
niche framework still rules its target out of the thread, an audience named in another sentence is no gatekeeper
of a dislike, and a rate per minute or hour is a load too."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick, negated_by_id, picked, turn_by_turn, wanted


def test_one_name_on_the_approved_register_is_fixed(engine: Engine) -> None:
    assert first_pick(engine, "Quart is on our approved list. we need a tiny async proxy for two apis") == "quart"


def test_a_register_that_bans_or_only_adds_fixes_nothing(engine: Engine) -> None:
    for text in (
        "quart is on the banned list at our firm. small async proxy for two vendor apis",
        "quart is on the approved list too. small async proxy for two vendor apis, lots of waiting on io",
        "quart is on the approved list for prototypes only. big async proxy for two vendor apis, high concurrency",
    ):
        assert first_pick(engine, text) != "quart", text


def test_a_plural_approval_after_names_is_an_allow_list(engine: Engine) -> None:
    assert "no-new-framework" in wanted(engine, "Pyramid and Flask are approved by the arch board. json ingest api")
    assert "no-new-framework" in wanted(engine, "flask and django are on the allowed register, nothing else")
    assert "no-new-framework" not in wanted(engine, "the wireframes are approved, now the json api for the app")


def test_an_allow_list_keeps_a_thin_api_off_fastapi(engine: Engine) -> None:
    text = (
        "per the compliance register, Pyramid and Flask are approved. we need an api-only ingest for 400 iot gateways"
    )
    assert first_pick(engine, text) == "flask"


def test_the_compliance_office_acting_is_not_a_need_for_secure_defaults(engine: Engine) -> None:
    assert "security" not in wanted(engine, "the compliance register lists flask. we need a webhook relay")
    assert "security" not in wanted(engine, "compliance office signs off on each new repo. webhook relay")
    assert "security" in wanted(engine, "we have strict compliance duties, patient data everywhere")


def test_a_veto_beside_a_question_on_a_niche_framework_is_applied(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "json backend for our react app, ~900 rps, openapi docs for the frontend team",
        "procurement just said no fastapi, sorry. is sanic any good?",
    )
    assert picked(turns[0]) == "fastapi"
    assert picked(turns[1]) != "fastapi"


def test_a_veto_said_with_a_quart_question_keeps_fastapi_out_of_the_thread(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("little service that merges two partner price feeds into one json response")
    later = conversation.turn("ops has ruled fastapi out for now. would quart do?")
    assert "fastapi" in conversation.state.excluded
    rec = later.advice.recommendation
    assert rec is not None and "fastapi" not in (rec.framework, *rec.also)


def test_an_audience_word_in_another_sentence_leaves_a_dislike_soft(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "skip django pls, feels bloated. small read-only page of opening hours for customers",
        "it grew: member accounts, roles, invoices, a staff admin and an approval workflow for refunds",
    )
    assert picked(turns[0]) != "django"
    assert picked(turns[1]) == "django"


def test_a_rate_per_hour_or_per_minute_of_calls_is_a_low_load(engine: Engine) -> None:
    assert negated_by_id(engine, "it sees about 30 requests an hour").get("high-concurrency") is True
    assert negated_by_id(engine, "roughly 12 calls per minute hit it").get("high-concurrency") is True
    assert negated_by_id(engine, "400k events a minute at peak").get("high-concurrency") is False
