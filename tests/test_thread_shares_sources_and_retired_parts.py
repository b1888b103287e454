"""Slack-thread follow-ups that narrow or set right what is built: the team's own share said with the rest owned
by someone else, a team that owns something beside ours, a part being retired, a site the data only comes from,
a fact about what runs said in passing ("btw"), and kit lent out and logged by staff."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn, wanted, wanted_in


@pytest.mark.parametrize(
    "follow_up",
    [
        "fwiw we're only responsible for the scoring endpoint, the core team owns the rest",
        "our piece is just the prediction service, another squad handles the rest",
        "we just own the inference api; the rest belongs to the portal team",
    ],
)
def test_a_share_narrowed_to_the_model_drops_the_platform_needs(engine: Engine, follow_up: str) -> None:
    first = "we're building a platform for insurers: user logins, claim workflows, an admin and a model that scores"
    turns = turn_by_turn(engine, first, follow_up)
    assert picked(turns[0]) == "django"
    assert picked(turns[1]) == "fastapi"
    assert "admin-panel" not in wanted_in(turns[1])


@pytest.mark.parametrize(
    "text",
    [
        "the platform team owns the rest",
        "the platform team handles deploys, we build a small api",
        "the platform team maintains the gateway",
    ],
)
def test_a_team_that_owns_something_else_is_not_our_team(engine: Engine, text: str) -> None:
    assert not {"large-team", "small-team"} & wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "we run flask now. the django one is the old admin we are retiring",
        "retiring the legacy admin next month, what we build is a json api",
        "the flask app stays; the old admin is being sunset",
    ],
)
def test_a_part_being_retired_is_not_a_need(engine: Engine, text: str) -> None:
    assert "admin-panel" not in wanted(engine, text)


def test_a_part_kept_beside_something_retired_is_still_a_need(engine: Engine) -> None:
    assert "admin-panel" in wanted(engine, "we need an admin panel since we are retiring the spreadsheets")


@pytest.mark.parametrize(
    "text",
    [
        "a small collector for signups coming from our marketing site",
        "webhook receiver for new signups from the company website",
        "we pull leads from our marketing website into a tiny service",
    ],
)
def test_the_site_data_comes_from_is_not_what_is_built(engine: Engine, text: str) -> None:
    assert not {"content-site", "server-rendered"} & wanted(engine, text)


def test_a_client_app_calling_us_still_names_what_we_serve(engine: Engine) -> None:
    assert "spa-backend" in wanted(engine, "a backend called from our react app")


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the billing portal is django btw", "django"),
        ("the crm is flask anyway", "flask"),
        ("the booking service is flask though", "flask"),
    ],
)
def test_what_runs_said_in_passing_is_still_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    "text",
    [
        "need something so the workshop can see who borrowed what",
        "a little app for equipment loans at our makerspace",
        "asset register for the office laptops and monitors",
    ],
)
def test_kit_lent_out_and_logged_by_staff_is_an_internal_tool(engine: Engine, text: str) -> None:
    assert "internal-tool" in wanted(engine, text)
