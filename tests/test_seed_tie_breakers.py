"""The seeds' pairwise tie-breakers (closecalls.yaml `tie_breakers`, `option_tie_breakers`): when a message weighs
two sides the seeds rank, the side they put first decides, and a maintainer extends the table in YAML alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import default_engine
from tests.talk import first_pick, picked, turn_by_turn


def test_a_later_typescript_front_end_outranks_server_rendered_pages() -> None:
    engine = default_engine()
    for text in (
        "For launch we'd render the pages server-side, though a TypeScript SPA replaces them within a year. "
        "Backend for the gym-class booking?",
        "Jinja templates would do for now; the plan is to switch to TypeScript on the client later. Stack for "
        "the choir's ticket desk?",
    ):
        assert first_pick(engine, text) == "fastapi", text


def test_a_shortlist_of_fastapi_and_a_rival_without_own_numbers_goes_to_fastapi() -> None:
    engine = default_engine()
    for text in (
        "Quart or FastAPI for the laundry-locker relay? Nobody here has benchmarked either.",
        "Sanic vs FastAPI? Sanic's site says it is quicker; we never measured anything ourselves.",
        "Litestar or FastAPI, honestly? Zero profiling numbers from our side.",
    ):
        assert first_pick(engine, text) == "fastapi", text


def test_asking_for_numbers_or_repeating_a_claim_is_not_saying_none_were_measured() -> None:
    engine = default_engine()
    for text in (
        "Where can I find fresh benchmarks of Sanic against FastAPI?",
        "Someone on a forum says Litestar beats FastAPI. Thoughts?",
    ):
        assert first_pick(engine, text) is None, text


def test_no_numbers_said_in_an_earlier_turn_still_settles_the_shortlist() -> None:
    turns = turn_by_turn(default_engine(), "We haven't measured anything of our own.", "So: Litestar or FastAPI?")
    assert picked(turns[-1]) == "fastapi"


def test_an_app_said_to_outlive_its_owners_is_a_long_lived_one() -> None:
    text = "Our parish booking tool should outlive the current vicar. Flask or Django?"
    assert first_pick(default_engine(), text) == "django"


def test_a_tie_breaker_naming_an_unknown_need_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "closecalls.yaml"
    path.write_text(path.read_text().replace("over: [server-rendered]", "over: [server-renderd]"))
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert "closecalls.yaml" in str(raised.value) and "server-renderd" in str(raised.value)


def test_an_option_tie_breaker_must_pick_among_its_own_frameworks(kb_copy: Path) -> None:
    path = kb_copy / "closecalls.yaml"
    path.write_text(path.read_text().replace("      pick: fastapi\n", "      pick: django\n"))
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert "fastapi-over-its-async-rivals" in str(raised.value)
