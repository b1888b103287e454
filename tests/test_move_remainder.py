"""A move named, and the part of the old app not yet moved said as what is left ("9 views left in flask", "still
mounted via WSGIMiddleware"): the rest has moved, so the move is under way. Parts left to build, with no move
named, are no move."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "pyramid to django port for the archive: 6 pages left on pyramid. keep going?",
        "flask -> fastapi for the ledger api, the admin blueprints are still mounted via a wsgi bridge. worth it?",
        "bottle to flask move, a handful of screens left in bottle, should we finish?",
    ],
)
def test_remainder_of_a_named_move_means_under_way(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).migration_underway


def test_parts_left_to_build_are_no_move(engine: Engine) -> None:
    parsed = engine.parser.parse("our django shop has 8 screens left to build before launch, need a feed too")
    assert not parsed.migration_underway
