"""What runs said in passing the way issue trackers and records say it: a repository's name, a module path or source
file pasted from a traceback, a dependency bump; time already spent running a system, which is no horizon; an
architecture record's "Decision:" heading and a move's "step n of m done", which make the move decided."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reading.result import ParsedQuery
from knowledge.reasoning.conversation import Conversation


def _parsed(text: str) -> ParsedQuery:
    return default_engine().parser.parse(text)


def _pick(text: str) -> str | None:
    rec = Conversation(default_engine()).turn(text).advice.recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("issue in acme/shop-django: checkout is slow, should we port it to fastapi?", "django"),
        ("our repo myorg/fastapi-orders-service works fine; a colleague suggests flask", "fastapi"),
        ("see github.com/acme/payments-flask for context: would django be better?", "flask"),
        ("the stack trace ends in flask/app.py line 1498; is it time to switch to django?", "flask"),
        ("sentry is full of django.db.utils.IntegrityError since monday; would fastapi avoid that?", "django"),
        ("pip upgraded django to 5.0.6 last night; is fastapi worth a look?", "django"),
        ("renovate bumped flask from 2.3.3 to 3.0.0 and tests broke; should we just switch to quart?", "flask"),
    ],
)
def test_a_framework_named_in_code_a_repository_or_a_version_bump_is_what_runs(text: str, runs: str) -> None:
    assert _parsed(text).current == runs


def test_two_frameworks_joined_by_a_slash_are_options_not_a_repository() -> None:
    assert _parsed("flask/fastapi for a tiny predictions endpoint?").current is None
    assert _parsed("compare flask to 3 other frameworks please").current is None


def test_a_repository_names_words_are_a_name_not_needs() -> None:
    needs = {m.id for m in _parsed("our repo acme/payments-fastapi runs fine in prod").requirements}
    assert "security" not in needs
    assert _pick("our repo is acme/payments-fastapi, runs fine in prod") == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "weve used flask in production for 2 years, should we change?",
        "we've had it on flask in prod for 3 years, should we change?",
        "our flask app has been running for years, should we change?",
        "we have run our django shop for a year now; still the right call?",
    ],
)
def test_time_already_spent_running_is_no_horizon(text: str) -> None:
    parsed = _parsed(text)
    ids = {m.id for m in parsed.requirements}
    assert not ids & {"long-horizon", "short-horizon"}
    assert parsed.horizon_years is None


def test_a_life_ahead_is_still_a_horizon() -> None:
    assert "long-horizon" in {m.id for m in _parsed("the system will run for years, flask or django?").requirements}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Decision: move the reporting service from Flask to Django. Which framework for the new export page?",
            "django",
        ),
        (
            "ADR-7 status: accepted. Decision: migrate the orders API from Flask to FastAPI. What do new routes use?",
            "fastapi",
        ),
        ("Outcome: port the billing api from Flask to FastAPI. where should the new webhook handler live?", "fastapi"),
    ],
)
def test_a_records_decision_heading_makes_the_move_decided(text: str, target: str) -> None:
    parsed = _parsed(text)
    assert parsed.migration_underway
    assert _pick(text) == target


def test_asking_for_a_decision_is_not_one() -> None:
    assert not _parsed("We need a decision: migrate the API from Flask to FastAPI or not?").migration_underway


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("flask → fastapi, 4 of 9 routers ported. where does the new webhook go?", "fastapi"),
        ("Django to Litestar migration: 2 of 6 apps are done. which framework for the new search page?", "litestar"),
        ("Django → FastAPI, step 3 of 5 done. Which framework do the remaining pages go in?", "fastapi"),
    ],
)
def test_a_share_of_the_move_done_makes_it_under_way(text: str, target: str) -> None:
    assert _parsed(text).migration_underway
    assert _pick(text) == target
