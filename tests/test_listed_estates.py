"""Several systems listed, each on its own framework ("payments (django), pdf export (flask)"): the one named
again is the one asked about, so its framework runs, and the other systems' names and asides are no needs."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        (
            "our stack: payments (django), notifications (fastapi), pdf export (flask). "
            "the pdf export crashes now and then, should it be rewritten?",
            "flask",
        ),
        (
            "django (storefront, admin for the merchandisers) and fastapi (recommendations). "
            "should recommendations be folded into the django codebase?",
            "fastapi",
        ),
        (
            "Two apps here: a ledger (Django) and an ingest worker (FastAPI), plus a small flask status page. "
            "Is the status page worth porting?",
            "flask",
        ),
    ],
)
def test_the_system_named_again_is_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


def test_other_systems_asides_are_no_needs(engine: Engine) -> None:
    parsed = engine.parser.parse(
        "django (storefront, admin for the merchandisers) and fastapi (recommendations). "
        "should recommendations be folded into the django codebase?"
    )
    assert "admin-panel" not in {m.id for m in parsed.requirements}


def test_a_listed_system_named_in_a_later_turn_is_asked_about(engine: Engine) -> None:
    first, _, third = turn_by_turn(
        engine,
        "services: invoicing (django), tracking (fastapi), exports (flask). the exports one times out, move it?",
        "the timeouts were a missing index on the exports table",
        "ok and invoicing: should it follow tracking onto fastapi?",
    )
    assert first.parsed.current == "flask"
    assert third.parsed.current == "django" and picked(third) == "django"


def test_a_listed_name_said_as_a_need_points_at_nothing(engine: Engine) -> None:
    _, later = turn_by_turn(
        engine,
        "we run crm (django), search (fastapi) and reports (flask). which one should we standardise on?",
        "we also need a search page with filters",
    )
    assert later.parsed.current is None
