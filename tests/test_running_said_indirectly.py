"""What runs and what the team knows, said indirectly: a dropped spike, an aside naming the stack, a version
upgrade without "from", an exclusion that does not run on into a new statement, and the team's only framework
leading a tie."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine, default_engine


@pytest.fixture(scope="module")
def engine() -> Engine:
    return default_engine()


@pytest.mark.parametrize(
    ("text", "runs", "out"),
    [
        ("we got rid of sanic back in 2021, the backend is litestar now", "litestar", "sanic"),
        ("we dropped quart in january, the service is flask now", "flask", "quart"),
    ],
)
def test_exclusion_does_not_run_into_a_new_statement(engine: Engine, text: str, runs: str, out: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current == runs and runs not in parsed.excluded
    assert out != parsed.current


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("the sanic experiment was a spike we scrapped, the orders service runs on flask", "sanic"),
        ("the litestar branch never got deployed, prod is django", "litestar"),
        ("that quart prototype got binned after a week. the app itself is flask", "quart"),
    ],
)
def test_a_given_up_thing_does_not_run(engine: Engine, text: str, dropped: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current != dropped
    assert dropped in parsed.excluded


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("we need webhooks for the billing provider. oh, it's flask by the way", "flask"),
        ("adding a search page. thats all django fwiw", "django"),
        ("the invoicing api is litestar nowadays", "litestar"),
    ],
)
def test_an_aside_names_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Flask 1.0 to 2.3 upgrade first, then the reports page", "flask"),
        ("the Django 1.11 to 4.2 port is scheduled for june", "django"),
        ("Litestar 1.5 -> 2.0 is next; also want a healthcheck", "litestar"),
    ],
)
def test_an_upgrade_without_from_says_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


def test_a_habit_word_after_its_is_this_codebase(engine: Engine) -> None:
    assert engine.parser.parse("need two more endpoints. its all litestar btw").current == "litestar"
    assert "django" in engine.parser.parse("every client is django").known


def test_the_teams_only_framework_leads_a_tie(engine: Engine) -> None:
    advice = engine.ask("all we know is fastapi. need a small narrow api that the crm calls")
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"
