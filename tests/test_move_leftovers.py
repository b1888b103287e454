"""The tail of a gradual move ("three routes still behind the wsgi bridge", "2 legacy views") is not the size of
the project, a move noun followed by a bare verb of being over ("the port finished") reports the move done, and a
count with a singular unit ("a 4-route tool") is still a count of the system's own units."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _ids(engine: Engine, text: str) -> set[str]:
    return {r.id for r in engine.ask(text).query.requirements if not r.negated}


@pytest.mark.parametrize(
    "text",
    [
        "we moved the shop api from flask to fastapi; four routes still sit behind the wsgi mount until audit is done",
        "the quart port is complete apart from 2 legacy endpoints nobody calls. next: a partner export api",
        "our migration off flask is over, 3 old views still proxied through the bridge. what for the new reports api?",
        "two routes yet to port to starlette, the rest is live. new webhook receiver next",
    ],
)
def test_leftover_routes_of_a_move_are_not_small_scope(engine: Engine, text: str) -> None:
    assert "small-scope" not in _ids(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "a 4-route flask tool that reminds people to log their hours",
        "it's literally 3 endpoints for a slack slash command",
        "we need two endpoints to kick off a nightly sync by hand",
    ],
)
def test_a_few_own_endpoints_still_read_small(engine: Engine, text: str) -> None:
    assert "small-scope" in _ids(engine, text)


def test_a_named_endpoint_is_no_count(engine: Engine) -> None:
    assert "small-scope" not in _ids(engine, "partners want a rest endpoint that lists their invoices, plus docs")


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the flask -> fastapi move finished last month. now we add a websocket feed", "fastapi"),
        ("our django to litestar port wrapped up in may; what about a new typed partner api", "litestar"),
    ],
)
def test_a_move_noun_then_finished_reports_the_move_done(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    "text",
    [
        "a third of the flask to fastapi migration has been completed so far",
        "we are porting from flask to fastapi and roughly a quarter of the port has been completed",
    ],
)
def test_a_share_of_the_move_completed_is_not_done(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert not parsed.move_finished
    assert parsed.current != "fastapi"


def test_a_count_of_own_routes_says_the_job_size_in_words(engine: Engine) -> None:
    mentions = {m.id: m for m in engine.ask("it's a 4-route helper that pings our printers").query.requirements}
    assert "small-scope" in mentions
    assert not mentions["small-scope"].counted
