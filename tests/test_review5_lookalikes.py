"""Look-alikes of the newest cues that must not fire: a negation verb that is a noun opening a compound ('scrap
metal'), 'primary'/'secondary' naming a thing rather than ranking a goal, and a framework's part being left
while the framework stays ('move from flask's dev server').

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import negated_by_id, wishes_by_id


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("scrap metal marketplace with listings, logins and payments", "ecommerce"),
        ("cut flower shop needs online orders and an admin", "ecommerce"),
    ],
)
def test_a_noun_compound_negates_nothing(engine: Engine, text: str, need: str) -> None:
    assert negated_by_id(engine, text).get(need) is False


@pytest.mark.parametrize(
    ("text", "need"),
    [("scrap the admin, it's just a json api for the app", "admin-panel"), ("cut auth, it is read only", "user-auth")],
)
def test_the_verb_with_its_object_still_negates(engine: Engine, text: str, need: str) -> None:
    assert negated_by_id(engine, text).get(need) is True


@pytest.mark.parametrize(
    ("text", "need", "wish"),
    [
        ("primary database is postgres. then we need an admin panel for staff", "admin-panel", False),
        (
            "top priority: websockets for 5k clients. secondary database is a replica for the admin",
            "admin-panel",
            False,
        ),
        ("Primary KPI is p99 latency for the quote endpoint; secondary is an admin for PMs", "admin-panel", True),
        ("top priority: websockets for 5k clients. secondary, an admin for support", "admin-panel", True),
    ],
)
def test_primary_ranks_a_goal_not_a_thing(engine: Engine, text: str, need: str, wish: bool) -> None:
    assert wishes_by_id(engine, text).get(need) is wish


@pytest.mark.parametrize(
    ("text", "leaving"),
    [
        ("how do we move from flask's dev server to gunicorn?", False),
        ("we are moving from the django orm to sqlalchemy", False),
        ("we're moving off django templates to htmx", False),
        ("how do we move off flask?", True),
    ],
)
def test_leaving_a_part_keeps_the_framework(engine: Engine, text: str, leaving: bool) -> None:
    assert engine.parser.parse(text).leaving is leaving
