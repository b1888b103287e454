"""Hard-probe round a: a framework ruled out mid-thread beside an open question ("what else?") is news about the
choice; background words count for less: the names of systems already running, "template" as a verb, time spent
arguing over the choice, and "crud" said of an api's calls."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import picked, turn_by_turn


@pytest.mark.parametrize(
    ("opening", "ruled_out", "framework"),
    [
        (
            "we have to serve a fraud model over http with many concurrent scoring calls",
            "compliance vetoed fastapi, dont ask. what else?",
            "fastapi",
        ),
        (
            "a json api our partners integrate with, versioned contracts",
            "fastapi is not an option for us here. what would you use instead?",
            "fastapi",
        ),
        (
            "an internal back office with an admin for our 20 ops staff",
            "django is off the table, company policy. what then?",
            "django",
        ),
        ("a public api that logistics partners call", "security won't sign off on fastapi. what now?", "fastapi"),
    ],
)
def test_a_framework_ruled_out_with_an_open_question_is_dropped(opening: str, ruled_out: str, framework: str) -> None:
    first, second = turn_by_turn(default_engine(), opening, ruled_out)
    assert picked(first) == framework
    assert picked(second) not in (None, framework)


def _needs(text: str) -> dict[str, bool]:
    """Requirement id -> negated, as the parser reads the text."""
    return {m.id: m.negated for m in default_engine().parser.parse(text).requirements}


@pytest.mark.parametrize(
    "text",
    [
        "we have five flask services (admin, auth, reports) in prod; we need one more for pdf exports",
        "our estate is three fastapi apps: auth, admin and search. the next one sends sms",
        "2 django projects (accounts, admin) run on the same box; this new piece is a small api",
    ],
)
def test_names_of_running_systems_are_no_needs(text: str) -> None:
    needs = _needs(text)
    assert "user-auth" not in needs
    assert "admin-panel" not in needs


def test_an_aside_on_one_system_is_still_read() -> None:
    assert "async" in _needs("our flask app (async now, stable) keeps timing out")
    assert "admin-panel" in _needs("legacy pyramid app: server-rendered pages, user accounts, staff admin")


@pytest.mark.parametrize(
    "text",
    [
        "the infra folks can template the repo; it's a json api for partners",
        "we will template it from cookiecutter, the service is an internal api",
        "ops should template the deployment. we need a small json api",
    ],
)
def test_template_as_a_verb_is_no_server_rendering(text: str) -> None:
    assert "server-rendered" not in _needs(text)


@pytest.mark.parametrize(
    "text",
    [
        "last time we argued about frameworks for a month. it's a small internal api",
        "the team has been debating this for 6 weeks; it's a public api for partners",
        "we discussed it for two months already. json api for a mobile app",
    ],
)
def test_time_spent_deliberating_is_no_lifetime(text: str) -> None:
    assert "short-horizon" not in _needs(text)


def test_a_stated_lifetime_beside_deliberation_still_counts() -> None:
    assert "long-horizon" in _needs("it must run for 10 years; we discussed it for a month")


@pytest.mark.parametrize(
    "text",
    [
        "we need crud endpoints for our react frontend",
        "a crud api for the ios app, json only",
        "add some crud routes to the mobile backend",
    ],
)
def test_crud_said_of_an_api_is_no_forms_app(text: str) -> None:
    assert "forms-crud" not in _needs(text)


def test_a_crud_app_with_an_admin_is_still_forms() -> None:
    assert "forms-crud" in _needs("a crud app for the ops team with an admin")
