"""A count of the people a system serves (its audience) is read apart from the team that builds it: a small
audience is no case for high concurrency, a handful keeps the thing small unless its needs say what it holds, and a
large audience says nothing by itself."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _reading(engine: Engine, text: str) -> tuple[set[str], set[str], int | None]:
    query = engine.ask(text).query
    said = {r.id for r in query.requirements if not r.negated}
    denied = {r.id for r in query.requirements if r.negated}
    return said, denied, query.team_size


@pytest.mark.parametrize(
    "text",
    [
        "a little reporting page that six accountants open each morning",
        "the portal is used by roughly 8 field technicians",
        "we want charts of the sales figures for 7 sales reps",
        "something quick for the researchers to browse their experiment results",
    ],
)
def test_a_handful_of_people_served_is_small_and_not_concurrent(engine: Engine, text: str) -> None:
    said, denied, _ = _reading(engine, text)
    assert "small-scope" in said
    assert "high-concurrency" in denied


@pytest.mark.parametrize(
    "text",
    [
        "an intranet page that about 250 employees check for the canteen menu",
        "a shift rota serving some 120 volunteers",
        "our leave tracker has maybe a few hundred users",
    ],
)
def test_a_modest_audience_is_no_high_concurrency_but_not_small(engine: Engine, text: str) -> None:
    said, denied, _ = _reading(engine, text)
    assert "high-concurrency" in denied
    assert "small-scope" not in said


def test_people_served_are_not_the_team(engine: Engine) -> None:
    _, denied, team = _reading(engine, "an internal wiki for 40 people in the office")
    assert team is None
    assert "high-concurrency" in denied


def test_builders_still_count_as_the_team(engine: Engine) -> None:
    _, _, team = _reading(engine, "twelve people will build the new billing service")
    assert team == 12


def test_a_large_audience_is_not_a_crowd_by_itself(engine: Engine) -> None:
    said, denied, _ = _reading(engine, "a loyalty app for our 80k customers")
    assert "high-concurrency" not in said | denied


def test_a_fast_rate_outweighs_a_small_audience(engine: Engine) -> None:
    said, _, _ = _reading(engine, "ingest telemetry at 20k rps, plus a tiny status view for 2 operators staff")
    assert "high-concurrency" in said


def test_what_a_tool_holds_decides_its_scope(engine: Engine) -> None:
    said, denied, _ = _reading(engine, "a back office with logins and record editing for 4 staff")
    assert "small-scope" not in said
    assert "high-concurrency" in denied


def test_a_version_number_is_no_audience(engine: Engine) -> None:
    said, denied, _ = _reading(engine, "python 3 users keep asking for type hints in the api")
    assert "small-scope" not in said and "high-concurrency" not in denied


def test_a_fast_rate_keeps_the_thing_from_being_small(engine: Engine) -> None:
    said, _, _ = _reading(engine, "the researchers want an endpoint that answers 3k rps of lookups")
    assert "high-concurrency" in said
    assert "small-scope" not in said


@pytest.mark.parametrize(
    "text",
    [
        # the load comes from the devices, the sockets or the readers; the role only asked for it
        "for the researchers: a websocket feed pushing readings from thousands of sensors",
        "our accountants asked for a public api that partners call to fetch invoices",
        "the editors of our magazine publish daily to a large readership",
    ],
)
def test_a_role_without_a_count_is_not_the_load_when_others_are_served(engine: Engine, text: str) -> None:
    said, denied, _ = _reading(engine, text)
    assert "small-scope" not in said
    assert "high-concurrency" not in denied
