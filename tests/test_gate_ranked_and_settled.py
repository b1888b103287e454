"""The signal gate, second wave: a loose need the asker ranks first decides; a settled stack with no need or pain
said but that it works keeps what runs; grasp-the-concept questions ask back."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_pick


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("Security comes first here; the whole crew is two people and the app keeps clinic notes.", "django"),
        ("The main concern is security, and there are just three of us.", "django"),
        ("The bid endpoint: each extra millisecond loses us auctions. Which framework?", "fastapi"),
    ],
)
def test_a_loose_need_ranked_first_decides(text: str, framework: str) -> None:
    assert first_pick(default_engine(), text) == framework


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("Our stack is Django end to end and it works well. Should the next project be Django as well?", "django"),
        ("We run Flask throughout. Is Flask fine for the next service too?", "flask"),
    ],
)
def test_a_settled_stack_with_nothing_else_said_keeps_what_runs(text: str, framework: str) -> None:
    assert first_pick(default_engine(), text) == framework


@pytest.mark.parametrize(
    "text",
    [
        "Help me grasp what an event-driven server actually does with streams.",
        "What signals that a service needs async at all? Asking in general.",
        "I want to understand the terms: is uvicorn the framework or the server?",
    ],
)
def test_grasping_a_concept_asks_back(text: str) -> None:
    assert first_pick(default_engine(), text) is None


def test_an_open_question_on_the_next_service_still_asks_back() -> None:
    assert first_pick(default_engine(), "We're on Django. What should the next service use?") is None


def test_a_loose_need_not_ranked_still_asks_back() -> None:
    assert first_pick(default_engine(), "Security, two devs.") is None
