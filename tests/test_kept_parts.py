"""A part of the running app said to stay where it is ("the back office remains on django; the new piece is …"): the
needs said of that part are the running app's, not the new piece's (003 "Deployment patterns": a service beside a
running Django app; 000 "Final recommendation": the problem this piece solves decides). What runs is still read,
and a need the new piece names in the same words, or the team staying itself, still counts."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


def _ids(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "the cms and its editor forms remain on django. the new part is a price feed for the mobile app",
            "forms-crud",
        ),
        (
            "staff admin + user accounts stay in the flask app, period. what should the new geo lookup service use?",
            "admin-panel",
        ),
        ("ingest is being rewritten, the dashboards stay on flask because they work fine there", "dashboard"),
    ],
)
def test_a_kept_parts_needs_are_not_the_new_pieces(engine: Engine, text: str, gone: str) -> None:
    assert gone not in _ids(engine, text)
    assert engine.parser.parse(text).current in {"django", "flask"}  # what runs is still read


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the new piece names the same need itself
        ("reports stay on flask. the new back office needs an admin for finance staff", "admin-panel"),
        # the team staying, not a part
        ("we stay on django because we need the admin; should the new thing be different?", "admin-panel"),
        # no new piece asked about
        ("the admin and the staff forms stay on django, is that still a good call?", "forms-crud"),
    ],
)
def test_a_kept_part_beside_a_need_of_the_new_piece_keeps_it(engine: Engine, text: str, kept: str) -> None:
    assert kept in _ids(engine, text)


def test_a_live_part_beside_a_kept_django_admin_goes_beside(engine: Engine) -> None:
    text = (
        "django must stay for the admin and staff forms, no debate. new: a standalone live scoreboard over websockets"
    )
    assert first_pick(engine, text) == "fastapi"
