"""Messages that ask for no framework pick (another layer, writing about frameworks, who maintains one, a bare
deadline) get the clarifying answer; a named lesser-known framework leads its relative in a close call; a
ruled-out FastAPI hands its place to a stand-in only when what is left does not fit."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import CLARIFY, Conversation, Turn


def _turn(text: str) -> Turn:
    return Conversation(default_engine()).turn(text)


def _pick(text: str) -> str | None:
    rec = _turn(text).advice.recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    "text",
    [
        "Need a good task queue for postgres jobs, not asking which framework to use.",
        "which migration tool pairs best with an orm? frameworks aside, just the schema layer",
        "Putting slides together for a meetup talk: what do you think of python web frameworks?",
        "writing an article on the python web scene, any views on the big ones for blogs?",
    ],
)
def test_a_message_asking_no_framework_pick_is_answered_with_what_the_bot_does(text: str) -> None:
    turn = _turn(text)
    assert turn.intent == CLARIFY
    assert turn.advice.recommendation is None


@pytest.mark.parametrize("text", ["who develops django nowadays?", "Who is behind FastAPI, one person?"])
def test_who_makes_a_framework_is_a_question_about_it(text: str) -> None:
    turn = _turn(text)
    assert turn.intent == "about"
    assert turn.advice.recommendation is None


def test_a_deadline_alone_decides_nothing_but_counts_beside_a_system() -> None:
    assert _pick("the boss wants a decision by end of the week, thats all i know") is None
    assert _pick("need a stock-keeping app with an admin panel by friday") == "django"


@pytest.mark.parametrize(
    "text", ["litestar for a small internal crud api?", "considering starlette for a small io-bound service"]
)
def test_a_named_lesser_framework_puts_its_relative_first_in_a_close_call(text: str) -> None:
    rec = _turn(text).advice.recommendation
    assert rec is not None and rec.framework == "fastapi" and rec.also


def test_the_named_base_of_a_ruled_out_winner_stands_in_for_it() -> None:
    assert _pick("Starlette it is, FastAPI is out for us. An async JSON service for kiosk check-ins.") == "starlette"


def test_a_stand_in_does_not_displace_a_remaining_fit() -> None:
    assert _pick("fastapi is banned here. small json api, 6 endpoints, for a vue frontend") == "flask"
    assert _pick("no fastapi please; we need websockets for a chat app") not in ("flask", "django", None)
