"""Two frameworks already run side by side, listed item by item ('a django X app and a fastapi Y service'):
new work that is none of them goes by its own needs, not by whichever framework was named first."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn


@pytest.mark.parametrize(
    "text",
    [
        "we run a django staff app for the warehouse and a fastapi service for the courier app. "
        "new: a public tracking api for marketplaces, versioned with openapi docs. which one gets it?",
        "we've got a django admin app for support and a fastapi service for the kiosks. "
        "now partners want a rest api with keys and openapi docs, where should it live?",
    ],
)
def test_new_api_work_beside_two_running_frameworks_goes_by_its_needs(engine: Engine, text: str) -> None:
    assert picked(turn_by_turn(engine, text)[0]) == "fastapi"


def test_a_later_turn_asking_which_of_the_two_weighs_the_new_work(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "we have a django admin app for the editors and a fastapi service for the apps",
        "next: a reseller-facing rest api with api keys, which side takes it?",
    )
    assert picked(turns[1]) == "fastapi"


def test_one_of_the_running_systems_named_again_is_what_runs(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "we run a django intranet app and a fastapi service for ocr. the intranet needs per-team permissions "
        "and more editing screens",
    )
    assert picked(turns[0]) == "django"
