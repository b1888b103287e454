"""A move reported over makes its destination what runs; a share of a move (a percentage) is a move under way."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("we wrapped up porting the recipe api from flask to quart in june. anything to revisit?", "quart"),
        ("completed the switch of the kiosk backend from flask to fastapi; the cto now wonders about sanic", "fastapi"),
        ("ive since rebuilt the club-rota site in django and switched the old flask one off. thoughts?", "django"),
        (
            "the badge printer service was migrated from bottle to flask in 2023 and that version is retired now",
            "flask",
        ),
    ],
)
def test_finished_move_makes_its_destination_what_runs(engine: Engine, text: str, runs: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current == runs
    assert runs not in parsed.targets
    assert parsed.move_finished
    assert not parsed.migration_underway


@pytest.mark.parametrize(
    "text",
    [
        "we're about 60% done moving the ledger app from flask to django; the boss asks about fastapi",
        "we are mostly done porting the survey tool from flask to fastapi",
        "we finished evaluating fastapi last week; the shop api is still plain flask",
        "we finished the django 4 to 5 upgrade; should we now consider fastapi?",
    ],
)
def test_a_share_an_evaluation_or_an_upgrade_is_no_finished_move(engine: Engine, text: str) -> None:
    assert not engine.parser.parse(text).move_finished


@pytest.mark.parametrize(
    "text",
    [
        "the tide-table backend is roughly 45% migrated to fastapi, and my lead keeps bringing up litestar",
        "the port of the quiz app from flask to django stands at 65 percent; finance asks about fastapi",
    ],
)
def test_a_percentage_of_a_move_is_under_way(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.migration_underway


def test_handling_a_share_of_traffic_is_no_move(engine: Engine) -> None:
    parsed = engine.parser.parse("our flask app serves 80 percent of traffic; a move to fastapi is being discussed")
    assert not parsed.migration_underway


def test_switched_the_old_one_off_is_no_short_lifespan(engine: Engine) -> None:
    parsed = engine.parser.parse("rebuilt the parish booking app in django and switched the old flask one off")
    assert "short-horizon" not in {m.id for m in parsed.requirements}


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("we wrapped up porting the recipe api from flask to quart in june. anything to revisit?", "quart"),
        (
            "completed the switch of the kiosk backend from flask to fastapi; my manager asks if sanic is faster",
            "fastapi",
        ),
        (
            "the tide-table backend is roughly 45% migrated to fastapi, and my lead keeps bringing up litestar",
            "fastapi",
        ),
    ],
)
def test_the_advice_keeps_the_move_made(engine: Engine, text: str, pick: str) -> None:
    turn = Conversation(engine).turn(text)
    assert turn.advice.recommendation is not None
    assert turn.advice.recommendation.framework == pick
