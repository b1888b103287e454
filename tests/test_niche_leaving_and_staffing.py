"""Leaving a framework the seeds call niche: a team that wants off but names no need is asked what the app does;
a niche app nobody is left to maintain moves where its own needs point; a niche micro framework that must gain
token auth moves to FastAPI."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick


@pytest.mark.parametrize(
    "text",
    [
        "our team runs cherrypy and we want out. where should we move?",
        "the bottle service is ours and honestly we want off it",
    ],
)
def test_wanting_off_a_niche_framework_asks_what_the_app_does(text: str) -> None:
    advice = Conversation(default_engine()).turn(text).advice
    assert advice.recommendation is None
    assert advice.clarification is not None and "where to go depends on what the app does" in advice.clarification


def test_the_leaving_question_is_answered_by_the_next_turn() -> None:
    talk = Conversation(default_engine())
    talk.turn("our shop is on tornado and we want off, where do we go?")
    rec = talk.turn("mostly live updates over websockets to browsers, plus a json api for our ios app").advice
    assert rec.recommendation is not None and rec.recommendation.framework == "fastapi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the needs rank Django first: a pages-and-forms app with logins
        ("falcon app with login pages, lots of forms and server-rendered templates; 2 devs left who know it", "django"),
        # no need beside the staffing: the rule's own way (Flask, the closest kin of a small sync app)
        ("our cherrypy tool: the last developers left who know it are retiring", "flask"),
    ],
)
def test_a_niche_app_nobody_can_maintain_moves_where_its_needs_point(text: str, expected: str) -> None:
    assert first_pick(default_engine(), text) == expected


def test_a_niche_micro_app_that_must_gain_token_auth_moves_to_fastapi() -> None:
    assert (
        first_pick(default_engine(), "old web.py json service; it now has to check api tokens on every call")
        == "fastapi"
    )


def test_a_working_niche_app_with_no_need_still_stays() -> None:
    assert first_pick(default_engine(), "our cherrypy report tool works fine, just adding a page") in ("cherrypy", None)


def test_now_uses_names_what_runs() -> None:
    turn = Conversation(default_engine()).turn("the chatbot server now uses sanic. is that ok to keep?")
    assert turn.parsed.current == "sanic"
