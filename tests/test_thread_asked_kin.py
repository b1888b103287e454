"""A short follow-up asking whether the async kin of what runs would do ('would quart work here?' of a Flask
app the pick moves off): the seeds' async Flask keeps the Flask code, so it is the answer."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn


@pytest.mark.parametrize("ask", ["could quart handle it?", "quart any good for this?", "would quart be enough here?"])
def test_asking_about_the_async_kin_of_what_runs_answers_with_it(engine: Engine, ask: str) -> None:
    turns = turn_by_turn(
        engine, "our flask crm needs a few views that wait on 4 slow billing apis at once, concurrently", ask
    )
    assert picked(turns[0]) != "quart"
    assert picked(turns[1]) == "quart"


def test_asking_about_it_with_nothing_running_keeps_the_pick(engine: Engine) -> None:
    turns = turn_by_turn(engine, "brand new service streaming chat tokens to 3k concurrent users", "could quart do it?")
    assert picked(turns[1]) == picked(turns[0])
