"""Quart as the seeds see it, async Flask (003 "FAQ", 002 "The Honest Comparison"): asked for by that description
it is the answer (frameworks.yaml `described_as`), and a Flask team's own move to it for async stands
(incumbents.yaml `named_only`), while FastAPI's wins still go to FastAPI."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick


@pytest.mark.parametrize("text", ["flask but async - does that exist?", "any async equivalent of flask around?"])
def test_asking_for_an_async_flask_names_quart(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).described == ("quart",)
    assert first_pick(engine, text) == "quart"


def test_an_async_flask_weighed_against_fastapi_for_load_is_scored(engine: Engine) -> None:
    assert first_pick(engine, "async flask vs fastapi for an api taking 20k requests per second?") == "fastapi"


def test_a_described_framework_in_a_later_turn_is_not_kept(engine: Engine) -> None:
    talk = Conversation(engine)
    talk.turn("is there an async flask?")
    assert talk.turn("it's for a big public api with swagger docs and typed request bodies").advice.recommendation
    assert talk.state.described == []


def test_a_flask_teams_own_move_to_quart_for_async_stands(engine: Engine) -> None:
    text = "our flask admin app should become async so it can await the bot's queue; moving to quart. sensible?"
    assert first_pick(engine, text) == "quart"


def test_a_move_to_quart_for_sockets_goes_to_fastapi(engine: Engine) -> None:
    text = "our flask app now needs async websockets for live updates to 5k clients; moving to quart. sensible?"
    assert first_pick(engine, text) == "fastapi"
