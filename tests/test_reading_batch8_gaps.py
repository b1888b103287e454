"""Reading gaps seen in the eighth fresh batch: "we've a" naming what runs, "do we move?" asked rather than
reported, staff by role editing records, waiting on an outside system, internal microservices, Starlette named
with its adjective after it, customer portals, a roadmap or a procurement paper that names no system, and one
shared way of building across many teams."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _ids(engine: Engine, text: str) -> set[str]:
    return {r.id for r in engine.ask(text).query.requirements if not r.negated}


def _pick(engine: Engine, text: str) -> str | None:
    rec = engine.ask(text).recommendation
    return rec.framework if rec else None


def test_weve_a_names_what_runs(engine: Engine) -> None:
    assert (
        engine.ask("We've a Django intranet and nothing is broken. Should we switch to Flask?").query.current
        == "django"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We run Flask. The CTO saw a talk and wants Django. Do we move?",
        "Our product is on Django and the CTO wants FastAPI. do we port it?",
        "Our product runs Flask; our architect wants Django. Do we migrate?",
    ],
)
def test_do_we_move_asks_about_a_move_not_one_under_way(engine: Engine, text: str) -> None:
    assert not engine.ask(text).query.migration_underway


@pytest.mark.parametrize(
    "text",
    [
        "two shift supervisors should edit the reorder levels, that's all it does",
        "the store managers can edit prices and nothing else",
        "clerks edit the customs codes in a grid",
    ],
)
def test_staff_by_role_editing_records_is_an_internal_tool(engine: Engine, text: str) -> None:
    assert {"internal-tool", "admin-panel"} <= _ids(engine, text)


def test_waiting_on_an_outside_system_with_many_requests_outstanding(engine: Engine) -> None:
    ids = _ids(
        engine, "each request calls out to a partner's scoring service and we'll have hundreds in flight at once"
    )
    assert {"io-heavy", "high-concurrency"} <= ids


def test_an_internal_microservice_is_still_a_microservice(engine: Engine) -> None:
    assert "microservice" in _ids(engine, "we run about thirty internal microservices for payroll")


@pytest.mark.parametrize(
    "text", ["thinking of starlette bare for this instead of fastapi", "starlette plain, good idea?"]
)
def test_starlette_with_its_adjective_after_reads_the_asgi_toolkit(engine: Engine, text: str) -> None:
    assert _pick(engine, text) == "fastapi"


@pytest.mark.parametrize("text", ["a client portal where our customers see invoices", "B2B portal for our dealers"])
def test_a_portal_customers_log_into_is_a_full_web_app(engine: Engine, text: str) -> None:
    ids = _ids(engine, text)
    assert "full-stack" in ids
    assert "public-api" not in ids


def test_a_roadmap_named_alone_decides_nothing(engine: Engine) -> None:
    assert _pick(engine, "There's a line on the roadmap: 'decide on a backend framework'. Nothing else known.") is None
    assert _pick(engine, "our roadmap has an admin for support and single sign-on, team of 6") == "django"


@pytest.mark.parametrize(
    "text",
    ["Filling in a bid document for the council; which Python framework goes in it?", "rfp document asks for a stack"],
)
def test_a_procurement_paper_is_not_api_docs(engine: Engine, text: str) -> None:
    assert "api-docs" not in _ids(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our platform group is writing the golden path for every squad",
        "nine Flask repos, each structured differently, across the department",
    ],
)
def test_one_way_of_building_across_teams_is_the_team_size_row_not_batteries(engine: Engine, text: str) -> None:
    ids = _ids(engine, text)
    assert "large-team" in ids
    assert "batteries" not in ids


def test_new_products_with_their_kind_between_are_greenfield(engine: Engine) -> None:
    assert "greenfield" in _ids(engine, "we need one framework for all new services from now on")
    assert "greenfield" in _ids(engine, "which stack for new web products?")
