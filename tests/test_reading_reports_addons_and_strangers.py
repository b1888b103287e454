"""Real posts: a piece someone read or watched names no need ('just watched a keynote about …'); an add-on said
to serve the app ('through drf') means its home framework runs; a part of a thread postponed indefinitely takes
its needs with it; nobody on the team knowing the framework that runs is a staffing risk."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn, wanted


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("we read a blog post about websockets and async. anyway: ops needs an admin for refunds", "realtime"),
        ("Just watched a DjangoCon keynote on admin panels. We're building a public API for partners", "admin-panel"),
        ("i've skimmed like 15 comparison articles, still lost. which framework?", "content-site"),
        ("my boss saw a youtube video about ml model serving and got excited. we need a booking site", "ml-serving"),
    ],
)
def test_a_piece_read_or_watched_names_no_need(engine: Engine, text: str, gone: str) -> None:
    assert gone not in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("our readers read articles every day and editors publish them on a schedule", "content-site"),
        ("I read the logs every morning; we need an admin so ops can fix orders", "admin-panel"),
        ("watched a talk on microservices, but we need an admin for the warehouse staff", "admin-panel"),
    ],
)
def test_needs_outside_the_report_stay(engine: Engine, text: str, kept: str) -> None:
    assert kept in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "we already expose 40 endpoints through DRF for the react app. would litestar be quicker?",
        "we serve the react dashboard via drf viewsets and pagination is slow. is flask lighter?",
        "the catalog api is exposed through ninja routers, is litestar quicker?",
    ],
)
def test_an_addon_serving_the_app_means_its_home_runs(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current == "django"


def test_a_part_postponed_indefinitely_takes_its_needs(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "our flask api is internal, 8 endpoints, works fine",
        "a partner integration is planned: they want an openapi spec and typed request validation",
        "update: the partner integration is postponed indefinitely",
    )
    assert [picked(t) for t in turns] == ["flask", "fastapi", "flask"]


@pytest.mark.parametrize(
    "text",
    [
        "we inherited a falcon api; nobody here has touched falcon and we all know flask. rewrite?",
        "our sanic service works but none of us know sanic, the whole team writes fastapi. keep it?",
        "the pyramid app still runs. no one on the team has used pyramid. what now?",
    ],
)
def test_nobody_knowing_what_runs_is_a_staffing_risk(engine: Engine, text: str) -> None:
    assert "staffing-risk" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our flask app works, nobody on the team knows django. should we move?",
        "nobody here has used django; we're starting an internal approvals tool",
    ],
)
def test_not_knowing_another_framework_is_no_risk(engine: Engine, text: str) -> None:
    assert "staffing-risk" not in wanted(engine, text)


def test_a_bad_media_reports_entry_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("      reach: 3\n      ends:", "      reach: -2\n      ends:"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml.*media_reports"):
        load_knowledge_base(kb_copy)
