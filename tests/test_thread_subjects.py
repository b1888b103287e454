"""Threads: a follow-up about another system, a pitch said mid-thread, and a stand-in that keeps the thread's line."""

from __future__ import annotations

import pytest

from knowledge.base.text import normalize, words
from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from knowledge.reasoning.subject import names_new_subject


def _pick(conversation: Conversation, text: str) -> str | None:
    rec = conversation.turn(text).advice.recommendation
    return rec.framework if rec else None


def _said(engine: Engine, text: str) -> list[str]:
    vocab = engine.kb.vocabulary
    return engine.parser.index.shorthand.expand(words(normalize(text, vocab.rewrites)))


@pytest.mark.parametrize(
    ("text", "new"),
    [
        ("cool, and what about the public shipment tracking api?", True),
        ("thanks. how about our partner-facing webhook service?", True),
        ("and the nightly invoicing backend?", True),
        ("right, next question: for my weekend hobby project i'd like typed schemas", True),
        ("and for the reporting part?", False),  # a part of the same system
        ("what about an admin panel?", False),  # a feature, not a system
        ("and the api?", False),  # unqualified: may be this system's own api
        ("and we need an api", False),  # a clause adding a need
        ("the marketing site needs a cms", False),  # no follow-up opener
    ],
)
def test_a_follow_up_naming_another_system_is_a_new_subject(engine: Engine, text: str, new: bool) -> None:
    assert names_new_subject(_said(engine, text), engine.kb.vocabulary.thread) is new


def test_the_system_nouns_come_from_the_vocabulary(engine: Engine) -> None:
    cues = engine.kb.vocabulary.thread
    said = _said(engine, "and what about the ops runbook?")
    assert not names_new_subject(said, cues)
    assert names_new_subject(said, cues.model_copy(update={"systems": cues.systems | {"runbook"}}))


def test_a_new_subject_sets_the_old_needs_aside_and_keeps_what_the_team_runs(engine: Engine) -> None:
    c = Conversation(engine)
    assert _pick(c, "our shop runs flask for everything. warehouse staff need an admin with lots of forms") == "django"
    turn = c.turn("cool, and what about the public shipment tracking api?")
    assert "admin-panel" not in c.state.requirements and "forms-crud" not in c.state.requirements
    assert c.state.current is None and c.state.known == ["flask"]  # what ran there is what the team knows
    assert turn.change is not None and turn.change.explanation.startswith("A new subject")
    c.turn("and for the docs part?")  # about the same new subject: its needs add up
    assert {"rest-api", "api-docs"} <= set(c.state.requirements)


def test_exclusions_carry_into_a_new_subject(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("no django anywhere please. internal admin with forms for hr")
    turn = c.turn("thanks. how about our partner-facing webhook service?")
    assert c.state.excluded == ["django"] and "admin-panel" not in c.state.requirements
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "fastapi"


def test_a_part_of_the_same_system_keeps_the_context(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("content site with editors and an admin")
    c.turn("and for the reporting part?")
    assert "content-site" in c.state.requirements


def test_a_pitch_mid_thread_leaves_the_move_under_way(engine: Engine) -> None:
    c = Conversation(engine)
    assert _pick(c, "we are porting our django monolith to fastapi, about a third done") == "fastapi"
    turn = c.turn("my manager says just stay on django, fewer surprises")
    assert turn.parsed.proposed == ("django",)
    assert c.state.targets == ["fastapi"] and c.state.migration_underway
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "fastapi"
    assert _pick(c, "and we'll want server-sent events for order status soon") == "fastapi"


def test_a_pitch_in_a_first_message_is_still_the_move_asked_about(engine: Engine) -> None:
    turn = Conversation(engine).turn("a coworker says just move our flask api to fastapi, it's faster")
    assert "fastapi" in turn.parsed.targets


def test_a_stand_in_follows_the_line_the_thread_started_on(engine: Engine) -> None:
    c = Conversation(engine)
    assert _pick(c, "we can't use django or fastapi. a tiny sync webhook relay for our crm") == "flask"
    later = "now it has to be async: dozens of slow upstream requests at once, and fastapi is still not allowed"
    assert _pick(c, later) == "quart"  # the async Flask, not the FastAPI look-alike


def test_a_remaining_framework_at_half_the_winners_score_is_not_replaced_by_a_stand_in(engine: Engine) -> None:
    advice = engine.ask("no fastapi, no django. an http service copying tickets into our warehouse")
    assert advice.recommendation is not None and advice.recommendation.framework == "flask"


def test_a_new_subject_named_by_its_kind_is_decided_by_that_kind(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("a dashboard with a few charts for 5 analysts")
    turn = conversation.turn("got it, and the pricing api?")
    assert turn.advice.recommendation is not None  # an api is what is being built, not a loose word
