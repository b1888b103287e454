"""Rankings said with a stressing word inside ("is honestly the priority", vocabulary.yaml `ranking_fillers`) or
after a pointing contraction ("that's the priority") rank as the plain cue does; a need a later turn ranks first
puts what earlier turns asked for below it; "the product is …" says what the project is, as "the real product is"
does."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, picked, turn_by_turn


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        (
            "a json api for the partners and a back office admin for finance; the admin is honestly the priority",
            "django",
        ),
        (
            "live order tracking over websockets plus a catalog admin, the live tracking is clearly the main thing",
            "fastapi",
        ),
    ],
)
def test_stressed_or_contracted_ranking_still_ranks(engine: Engine, text: str, pick: str) -> None:
    assert first_pick(engine, text) == pick


@pytest.mark.parametrize(
    ("turns", "pick"),
    [
        (
            ("a json api for the ios app, only json", "ops also wants an admin to fix orders, that's the main thing"),
            "django",
        ),
        (
            ("a partner api with openapi docs", "ops would like an admin, and the admin is really what matters most"),
            "django",
        ),
        (
            (
                "an internal crud app for the ops team with an admin",
                "a live dashboard over websockets is needed too, it's the top priority",
            ),
            "fastapi",
        ),
        (
            (
                "a hr portal with approvals and an admin",
                "partners will also call a documented api, thats really the main thing",
            ),
            "fastapi",
        ),
    ],
)
def test_later_turn_ranking_outranks_earlier_turns(engine: Engine, turns: tuple[str, ...], pick: str) -> None:
    assert picked(turn_by_turn(engine, *turns)[-1]) == pick


def test_the_product_is_says_what_the_project_is(engine: Engine) -> None:
    text = "we want an admin for two config tables, but the product is a public ingest api at 6k rps"
    assert first_pick(engine, text) == "fastapi"
