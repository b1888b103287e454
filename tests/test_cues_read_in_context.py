"""Cues read with the words around them: a change denied right after its cue ("the roadmap change touched nothing
in the api"), a cut said of other people, a thing dropped somewhere rather than dropped, a ban from an earlier
project, and vague large amounts ("several hundred thousand") counted as the large numbers they are."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _thread(engine: Engine, *texts: str) -> Conversation:
    conversation = Conversation(engine)
    for text in texts:
        conversation.turn(text)
    return conversation


def test_a_change_of_plan_denied_right_after_keeps_earlier_needs(engine: Engine) -> None:
    held = _thread(
        engine,
        "a json api with swagger docs, plus an admin for the support staff",
        "plans changed nothing about the admin, and we still want the swagger docs",
    ).state.requirements
    assert {"admin-panel", "api-docs"} <= held.keys()


def test_a_budget_cut_said_of_other_groups_keeps_earlier_needs(engine: Engine) -> None:
    held = _thread(
        engine,
        "user accounts and a back office admin",
        "the budget cut landed on other departments, not us; also we want a cms for the marketing pages",
    ).state.requirements
    assert {"admin-panel", "user-auth", "content-site"} <= held.keys()


def test_a_real_budget_cut_still_re_describes_the_project(engine: Engine) -> None:
    held = _thread(engine, "user accounts and a back office admin", "budget got cut, its a content site now").state
    assert "admin-panel" not in held.requirements


def test_moving_a_thing_somewhere_does_not_take_it_back(engine: Engine) -> None:
    held = _thread(
        engine,
        "a json api with swagger docs and an admin",
        "we can drop the swagger docs onto confluence once they settle",
    ).state.requirements
    assert "api-docs" in held


def test_dropping_a_thing_outright_still_takes_it_back(engine: Engine) -> None:
    held = _thread(engine, "a json api with swagger docs and an admin", "drop the admin, nobody will use it").state
    assert "admin-panel" not in held.requirements


def test_a_ban_from_an_earlier_project_does_not_rule_the_framework_out_now(engine: Engine) -> None:
    parsed = engine.parser.parse("flask got ruled out on our previous app; this time it is a small json service")
    assert "flask" not in parsed.excluded
    assert "flask" in engine.parser.parse("flask got ruled out; it is a small json service").excluded


def _read(engine: Engine, text: str) -> dict[str, bool]:
    return {m.id: m.negated for m in engine.parser.parse(text).requirements}


def test_vague_large_amounts_count_as_crowds_and_rates(engine: Engine) -> None:
    assert _read(engine, "several hundred thousand phones connected at once").get("high-concurrency") is False
    assert _read(engine, "a couple million requests per minute at peak").get("high-concurrency") is False
    # a vague small amount stays small
    assert _read(engine, "a few hundred phones connected at once").get("high-concurrency") is not False


def test_dropping_a_thing_for_a_later_release_still_takes_it_back(engine: Engine) -> None:
    """'in the next release' says when, not where: the admin panel is dropped, not moved somewhere."""
    conversation = Conversation(engine)
    conversation.turn("a partner api with generated docs, plus an admin panel for the ops team")
    conversation.turn("let's drop the admin panel in the first release")
    assert "admin-panel" not in conversation.state.requirements or conversation.state.requirements["admin-panel"]
    assert "api-docs" in conversation.state.requirements
