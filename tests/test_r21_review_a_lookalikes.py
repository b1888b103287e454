"""Round 21 review A: look-alikes of the organisation gate's new shapes, the "can't add" exclusions, the joke marks,
the open options of "can't say yet whether" and the growth reader, where each had read more than was said."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.conversation import Conversation


def _advice(engine: Engine, text: str) -> Advice:
    return Conversation(engine).turn(text).advice


def _pick(engine: Engine, text: str) -> str | None:
    rec = _advice(engine, text).recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        # "X or nothing" scoped to another team's work, or put as a question, fixes nothing
        (
            "the architect says fastapi or nothing for the ml team's model services; we're the web team building "
            "a cms for 15 editors with roles",
            "django",
        ),
        (
            "the boss asked if it should be flask or nothing, i said no. we need accounts, roles, billing and an admin",
            "django",
        ),
        # a rule that held until a time now past
        (
            "django only for new apps was the rule until last year, now teams choose. we need a typed json api with "
            "openapi docs, ~2k rps",
            "fastapi",
        ),
        # "can't add" refuses its own object, not a framework later in the clause
        (
            "we can't add another admin on top of django's, so which framework for a shop with carts, payments and "
            "staff stock editing?",
            "django",
        ),
        # a joke mark on another clause, or opening a clause with no wish relayed
        (
            "the client needs a shop with carts, payments and a staff admin for stock, and they want it by friday lol",
            "django",
        ),
        ("haha ok so the client needs a shop with carts and payments and a staff admin for stock", "django"),
        (
            "lol the client finally signed off on it - a shop with carts and payments and a staff admin for stock",
            "django",
        ),
        # the unknown ends where a clause of its own says what is known
        ("can't say yet whether we need websockets for one screen, we do need a staff admin though", "django"),
        # growth denied a few words back, or the product noun said of another thing
        ("we don't want it to become a platform. one webhook endpoint that posts to slack", "flask"),
        ("hackathon weekend: visitors turn into leads on our sales platform via one signup form", "flask"),
    ],
)
def test_a_lookalike_keeps_its_answer(engine: Engine, text: str, pick: str) -> None:
    assert _pick(engine, text) == pick


def test_cant_add_still_rules_out_the_framework_right_after(engine: Engine) -> None:
    advice = _advice(engine, "we can't add fastapi to the stack, ops won't support another framework. small json api")
    assert "fastapi" in advice.excluded


def test_the_vp_joke_still_drops_the_wish(engine: Engine) -> None:
    text = "expense forms and approvals with a staff admin for finance. lol the vp wants websockets"
    ids = {m.id for m in _advice(engine, text).requirements if not m.negated}
    assert "realtime" not in ids
