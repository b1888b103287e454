"""Threads that set a misreading right ("by admin i meant the sysadmins"), re-describe the project with "it's …
now", and allow-lists said with the frameworks before the allowance ("only flask or django allowed")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn, wanted, wanted_in


@pytest.mark.parametrize(
    ("first", "correction", "gone"),
    [
        (
            "we need a page where the admin signs off new accounts",
            "sorry, by admin i meant our sysadmins. it is one small status endpoint their pager polls, that's all",
            "admin-panel",
        ),
        (
            "looking for a thin gateway in front of the internal apis that checks auth headers",
            "hm no, when i said gateway i meant a site where resellers log in, edit their profile and our staff "
            "approve them",
            "api-gateway",
        ),
        (
            "the app needs an admin for the shift approvals",
            "oh, 'admin' meant the on-call ops people; it is a tiny health endpoint and nothing more",
            "admin-panel",
        ),
    ],
)
def test_a_term_said_to_mean_something_else_drops_its_need(
    engine: Engine, first: str, correction: str, gone: str
) -> None:
    turns = turn_by_turn(engine, first, correction)
    assert gone in wanted_in(turns[0])
    assert gone not in wanted_in(turns[1])


def test_a_misread_admin_no_longer_picks_django(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "we need a page where the admin signs off new accounts",
        "sorry, by admin i meant our sysadmins. it is one small status endpoint their pager polls, that's all",
    )
    assert picked(turns[0]) == "django"
    assert picked(turns[1]) != "django"


def test_meant_as_a_purpose_takes_nothing_back(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "internal admin for the warehouse team with logins",
        "the admin is meant to be quick to build",
    )
    assert "admin-panel" in wanted_in(turns[1])


@pytest.mark.parametrize(
    "redescribed",
    [
        "forget the android app. it's a back-office for the finance clerks now, with approvals",
        "no phone app anymore; now it is an internal tool for our support desk to look up orders",
    ],
)
def test_its_a_new_thing_now_replaces_the_earlier_project(engine: Engine, redescribed: str) -> None:
    turns = turn_by_turn(engine, "we need a graphql api for the android app", redescribed)
    assert picked(turns[0]) == "fastapi"
    assert "graphql" not in wanted_in(turns[1])
    assert picked(turns[1]) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "only flask or django allowed by infra. we need a tiny service that relays github webhooks",
        "we can only use flask or django here; the job is a small relay for github webhooks",
        "company rule: only django and flask are allowed here. small relay for github webhooks",
    ],
)
def test_an_allow_list_keeps_the_pick_inside_it(engine: Engine, text: str) -> None:
    (turn,) = turn_by_turn(engine, text)
    assert "no-new-framework" in wanted_in(turn)
    assert picked(turn) in ("flask", "django")


@pytest.mark.parametrize(
    "text",
    [
        "async views would allow us to stream progress to the browser",
        "flask is allowed now, what about a small webhook relay?",
        "guests are allowed to browse the catalog without an account",
    ],
)
def test_allowed_without_an_only_list_is_no_allow_list(engine: Engine, text: str) -> None:
    assert "no-new-framework" not in wanted(engine, text)
