"""The signal gate both ways: the team's own framework decides when no need does, and loose cues about what the
system is may add up; explain-the-concept and career questions, and words about people rather than the system
(a manual being read, a flexible schedule, someone streaming), ask back instead of picking."""

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
    ("text", "framework"),
    [
        (
            "All four of us are FastAPI developers. Another small backend for the loyalty team is next, same again?",
            "fastapi",
        ),
        ("everyone here has shipped flask for years; new thing for the print shop, what should we use?", "flask"),
        ("We know Django inside out. Next project starts Monday; which framework?", "django"),
    ],
)
def test_the_team_s_own_framework_decides_when_no_need_does(text: str, framework: str) -> None:
    assert _pick(text) == framework


@pytest.mark.parametrize(
    "text",
    [
        "Everyone is hyped about FastAPI lately, is Flask finished?",  # another framework weighed: not the team's
        "We know Django inside out. Conceptually, what does a WSGI server do between nginx and the app?",
    ],
)
def test_known_framework_does_not_answer_another_question(text: str) -> None:
    assert _pick(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "conceptually, what does ASGI give a server that WSGI can't?",
        "trying to understand why everyone says async makes APIs faster, eli5?",
        "can someone help me understand how middleware ordering works in these frameworks",
        "whats an event loop, in plain english? the uvicorn readme assumes I know",
    ],
)
def test_explaining_a_concept_asks_back(text: str) -> None:
    turn = _turn(text)
    assert turn.intent == CLARIFY
    assert turn.advice.recommendation is None


@pytest.mark.parametrize(
    "text",
    [
        "django or fastapi, which gets me hired faster as a junior?",
        "finishing a bootcamp, which framework looks better on a resume?",
        "career wise, is flask still worth having on my cv?",
    ],
)
def test_a_career_question_asks_back(text: str) -> None:
    assert _turn(text).advice.recommendation is None


@pytest.mark.parametrize(
    "text",
    [
        "Spent the weekend reading the Flask docs. Nothing decided about the product, which framework then?",
        "deadline is flexible and the team hours are flexible too; we need a framework at some point",
        "I stream my coding sessions on twitch, which python web framework do folks use?",
    ],
)
def test_words_about_people_are_not_needs(text: str) -> None:
    assert _pick(text) is None


def test_the_system_s_own_needs_still_read() -> None:
    assert _pick("partners need generated API docs for our public endpoints") == "fastapi"
    assert _pick("a live feed that streams scores to every open browser tab") == "fastapi"
    assert _pick("flexible, minimal, pick our own parts: a tiny glue service") == "flask"


@pytest.mark.parametrize(
    "text",
    ["an api endpoint plus a rabbitmq consumer, which framework?", "some endpoints and a kafka listener. framework?"],
)
def test_loose_cues_about_the_system_that_agree_add_up(text: str) -> None:
    assert _pick(text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    ["secure, scalable and fast, those are our values. pick one", "maintainable and quick to build. recommendation?"],
)
def test_virtues_every_framework_claims_do_not_add_up(text: str) -> None:
    assert _pick(text) is None
