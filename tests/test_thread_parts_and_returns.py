"""Threads: one more system built alongside, a return to the first subject by its own name, a part asked about on
its own, a scope cut that leaves a read-only page, and pitches for the team's framework on a thin or live service."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _pick(conversation: Conversation, text: str) -> str | None:
    rec = conversation.turn(text).advice.recommendation
    return rec.framework if rec else None


def _needs(engine: Engine, text: str) -> dict[str, bool]:
    return {m.id: m.negated for m in engine.parser.parse(text).requirements}


def test_rn_before_an_app_noun_names_react_native(engine: Engine) -> None:
    assert "spa-backend" in _needs(engine, "we need an api for our RN booking app")
    assert "spa-backend" in _needs(engine, "the rn client calls it")
    assert "spa-backend" not in _needs(engine, "we're on flask rn and it works fine")


def test_the_long_spellings_of_an_admin_area_and_an_outside_cms(engine: Engine) -> None:
    assert _needs(engine, "staff want an administration area to edit recipes").get("admin-panel") is False
    assert _needs(engine, "editors work in a hosted content management system").get("content-site") is True


def test_a_system_the_data_comes_from_is_not_what_is_built(engine: Engine) -> None:
    assert "security" not in _needs(engine, "a small page listing bonuses pulled from the payroll service")
    assert "security" in _needs(engine, "we are building a payroll service")


def test_a_second_system_built_alongside_is_a_new_subject_and_the_main_one_comes_back(engine: Engine) -> None:
    conversation = Conversation(engine)
    assert _pick(conversation, "new internal app for expense claims with approvals and a back office") == "django"
    _pick(conversation, "we are also building a little discord bot that pings people about pending claims")
    assert "forms-crud" not in conversation.state.requirements
    assert _pick(conversation, "ok and the main app?") == "django"
    assert "forms-crud" in conversation.state.requirements


def test_a_follow_up_naming_the_subject_set_aside_returns_to_it(engine: Engine) -> None:
    conversation = Conversation(engine)
    assert _pick(conversation, "it's our online store with lots of discount logic") == "django"
    assert _pick(conversation, "different question: a separate team wants a model scoring endpoint") == "fastapi"
    assert _pick(conversation, "and our store keeps running on django with that?") == "django"


def test_only_for_one_part_asks_that_part_alone(engine: Engine) -> None:
    conversation = Conversation(engine)
    _pick(conversation, "a community site: accounts, profiles, posts, comments and moderation")
    _pick(conversation, "plus a live chat between members")
    assert _pick(conversation, "just for the chat piece, which one would you take?") == "fastapi"
    assert set(conversation.state.requirements) == {"realtime"}


def test_the_team_framework_said_for_everything_else_splits_the_live_service(engine: Engine) -> None:
    conversation = Conversation(engine)
    assert _pick(conversation, "a service pushing live job progress to thousands of mostly idle clients") == "fastapi"
    _pick(conversation, "over websockets")
    assert _pick(conversation, "by the way, we are on django for all the rest") == "fastapi"


def test_a_django_shop_still_gets_a_thin_gateway_apart(engine: Engine) -> None:
    conversation = Conversation(engine)
    assert _pick(conversation, "a thin gateway in front of our old services: token checks and routing only") in (
        "fastapi",
        "flask",
    )
    assert _pick(conversation, "the cto would like django, we're a django shop after all") == "fastapi"


def test_a_scope_cut_to_a_read_only_page_drops_the_workflow(engine: Engine) -> None:
    conversation = Conversation(engine)
    assert (
        _pick(conversation, "internal tool for 3 of us: staff file vacation requests, leads approve, hr reports")
        == "django"
    )
    assert _pick(
        conversation, "scope reduced: approvals are out, it's just a page showing days left from the payroll system"
    ) == ("flask")
