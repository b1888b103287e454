"""Messy real posts: contracted refusals ("isn't an option"), the framework of the team's other work, people named by
their framework ("the django guys"), how long a task takes (not how long the system lives), and ADR option lists
written one "- name — verdict" per line."""

from __future__ import annotations

from knowledge.engine import default_engine
from knowledge.reading.result import ParsedQuery


def _parse(text: str) -> ParsedQuery:
    return default_engine().parser.parse(text)


def _needs(text: str) -> dict[str, bool]:
    return {m.id: m.negated for m in _parse(text).requirements}


def test_a_contracted_refusal_rules_the_framework_out() -> None:
    assert "django" in _parse("django isn't an option here, we need a partner api").excluded
    assert "flask" in _parse("flask wasn't approved by infosec, so what now for the ingest api?").excluded
    assert "fastapi" in _parse("fastapi isn't allowed by the platform group").excluded


def test_a_contracted_refusal_of_a_rewrite_negates_the_fresh_start() -> None:
    assert _needs("our flask app is 20k lines and a full rewrite isn't on the table").get("greenfield") is True
    assert _needs("a complete rewrite isn't an option, the product is live").get("greenfield") is True


def test_the_framework_of_our_other_services_is_known_not_what_runs() -> None:
    for text in (
        "our other services are fastapi. now we need a small back office with logins and roles",
        "all our other apps run on flask; this one is a public partner api with generated docs",
        "the other internal services are all built on django. the new thing streams prices over websockets",
    ):
        parsed = _parse(text)
        assert parsed.current is None, text
        assert parsed.known, text


def test_other_services_calling_our_app_still_leave_our_framework_running() -> None:
    assert _parse("the other services call our flask api and we need openapi docs for it").current == "flask"


def test_people_named_by_their_framework_are_known_not_what_runs() -> None:
    for text in ("our django guys say benchmarks don't matter", "the flask crowd here wants to keep it minimal"):
        parsed = _parse(text)
        assert parsed.current is None, text


def test_how_long_a_task_takes_is_not_the_systems_horizon() -> None:
    for text in (
        "onboarding a new hire takes a month. we need an internal tool with roles",
        "the last upgrade took us about three weeks; we want a back office for refunds",
        "we spent two weeks arguing about it and now need a proper admin",
    ):
        assert "short-horizon" not in _needs(text), text
    assert "short-horizon" in _needs("it only has to live for a few weeks, demo for a trade fair")


def test_adr_option_lines_with_dashes_are_not_one_aside() -> None:
    text = "Options\n- Django — rejected: heavy\n- Flask — rejected: too bare\n- FastAPI\nfor an internal pricing api"
    parsed = _parse(text)
    assert set(parsed.excluded) == {"django", "flask"}
    assert "fastapi" not in parsed.excluded
    # an aside inside one line still reads as one: its framework is described, not ruled out
    assert not _parse("we run bottle — a tiny framework nobody here knows — and need admin screens").excluded


def test_a_framework_opening_its_own_sentence_is_not_the_previous_things_bracket() -> None:
    parsed = _parse("Our ops team needs an admin. Flask — rejected. FastAPI?")
    assert "flask" in parsed.excluded
    assert parsed.current is None
    assert _parse("it is an internal app. django, maybe").current is None
    # the same name in brackets right after the thing is still what that thing runs
    assert _parse("billing server (flask): needs sign-in for ops").current == "flask"
