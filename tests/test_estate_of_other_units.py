"""Several units of the organisation each on its own framework, with the asker's own project none of them: no
framework listed is what the project runs, and the units' names are no needs of it.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_turn


@pytest.mark.parametrize(
    "text",
    [
        "ledger uses django, the recs people use fastapi and onboarding is still on flask. my squad starts in may",
        "Fulfilment runs on Django, pricing went FastAPI and the partner portal has been Flask forever. New team?",
    ],
)
def test_other_units_frameworks_are_not_what_a_new_team_runs(engine: Engine, text: str) -> None:
    turn = first_turn(engine, text)
    assert turn.advice.query.current is None
    assert turn.advice.recommendation is None  # nothing said about the new project: ask back


def test_a_plan_of_parts_keeps_its_needs(engine: Engine) -> None:
    turn = first_turn(engine, "Idea: admin uses Django, the public API uses FastAPI, same Postgres. Reasonable?")
    needs = {m.id for m in turn.advice.requirements if not m.negated}
    assert {"admin-panel", "public-api"} <= needs
