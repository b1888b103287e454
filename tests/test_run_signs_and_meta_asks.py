"""What runs told by its files, commands and version pins; a team lacking a framework is not ruling it out; asks
about licences, another layer or a bare link get the clarifying answer; coursework and wanting to see every piece
read as needs; a niche async service that now needs generated docs moves; a follow-up that announces another
subject starts one."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import CLARIFY, Conversation
from tests.talk import first_pick, first_turn


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("every deploy ends with ./manage.py migrate. sales wants a json feed for resellers, new stack?", "django"),
        ("our ci runs makemigrations on every branch; is it time to go async?", "django"),
        ("pyproject has flask==3.0 pinned, about 60 views", "flask"),
        ("the lockfile says fastapi~=0.111, ops need an internal screen", "fastapi"),
    ],
)
def test_a_file_command_or_version_pin_tells_what_runs(text: str, runs: str) -> None:
    assert default_engine().parser.parse(text).current == runs


def test_a_django_command_keeps_a_new_api_inside_django() -> None:
    text = "manage.py runserver is our daily routine. resellers now need a public json api"
    assert first_pick(default_engine(), text) == "django"


def test_a_command_given_up_does_not_rule_the_framework_out() -> None:
    assert "django" not in default_engine().parser.parse("we no longer use manage.py runserver locally").excluded


@pytest.mark.parametrize(
    "text",
    [
        "the team has no flask experience, we need a small webhook relay",
        "zero django devs here; support wants a back office",
    ],
)
def test_a_framework_the_team_lacks_is_not_ruled_out(text: str) -> None:
    assert default_engine().parser.parse(text).excluded == ()


def test_learning_a_named_framework_is_not_a_need_for_an_easy_one() -> None:
    ids = [m.id for m in default_engine().parser.parse("would we have to learn django for this?").requirements]
    assert "easy-learning" not in ids


def test_a_newcomers_rewrite_pitch_is_not_a_fresh_build() -> None:
    text = "we run a flask app with 60 routes. the new tech lead wants a complete rewrite in fastapi, sensible?"
    assert first_pick(default_engine(), text) == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "what licence does fastapi ship under? compliance is filling in a spreadsheet",
        "procurement asks whether django is licensed under apache or bsd",
        "what task queue should we use with redis?",
        "recommend an orm for a postgres-heavy reporting job",
        "<https://example.com/blog/frameworks-2026|frameworks in 2026> any thoughts?",
        "https://blog.example.com/posts/realtime-dashboards-with-admin wdyt",
    ],
)
def test_a_licence_another_layer_or_a_bare_link_asks_back(text: str) -> None:
    turn = first_turn(default_engine(), text)
    assert turn.intent == CLARIFY
    assert turn.advice.recommendation is None


@pytest.mark.parametrize(
    "text",
    [
        "which orm suits our new fastapi service with postgres?",
        "which orm and which framework for a crud-heavy back office?",
        "https://example.com/spec.pdf we need an admin panel and user accounts for this, thoughts?",
    ],
)
def test_a_framework_named_or_a_project_described_keeps_it_a_pick(text: str) -> None:
    assert first_turn(default_engine(), text).intent != CLARIFY


@pytest.mark.parametrize(
    "text",
    [
        "intro programming class, which framework",
        "solo dev here, want to understand each part of the code. small internal tool",
    ],
)
def test_coursework_and_seeing_every_piece_point_to_flask(text: str) -> None:
    assert first_pick(default_engine(), text) == "flask"


def test_a_working_sanic_service_that_needs_generated_docs_moves_to_fastapi() -> None:
    conversation = Conversation(default_engine())
    conversation.turn("our sanic notification service works fine, no complaints")
    turn = conversation.turn("partners now want openapi docs and typed request models")
    assert turn.advice.recommendation is not None
    assert turn.advice.recommendation.framework == "fastapi"


def test_an_online_shop_with_pricing_rules_is_read() -> None:
    ids = {m.id for m in default_engine().parser.parse("it's a b2b e-shop with many pricing rules").requirements}
    assert {"ecommerce", "large-app"} <= ids


def test_a_follow_up_announcing_another_subject_starts_it() -> None:
    conversation = Conversation(default_engine())
    conversation.turn("a shop with carts, checkout and a staff back office")
    conversation.turn("different question: the data team needs a model inference endpoint as a service")
    assert "ecommerce" not in conversation.state.requirements
