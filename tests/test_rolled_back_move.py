"""A move started and then undone ("got halfway and rolled back") is not under way: what it left still runs, and a
new try is weighed like any proposal; a lack of skill told in the past ("didnt know async") is no need for it."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "we ported about half the flask routes to fastapi, then rolled it all back. try again?",
        "porting django to fastapi was underway until we backed it out in may. revive it?",
        "the team was midway through migrating the flask app to quart and we reverted the branch",
    ],
)
def test_an_undone_move_is_not_under_way(engine: Engine, text: str) -> None:
    assert not engine.parser.parse(text).migration_underway


def test_a_move_still_going_is_under_way(engine: Engine) -> None:
    assert engine.parser.parse(
        "we're halfway through porting the flask app to fastapi, 20 of 40 routes"
    ).migration_underway


def test_a_skill_lacked_in_the_past_is_no_need(engine: Engine) -> None:
    needs = {m.id for m in engine.parser.parse("our flask api; last time half the devs didnt know async").requirements}
    assert "async" not in needs
