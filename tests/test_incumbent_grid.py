"""What runs, said the ways a team says it in passing (a move reported done, a repository name, how to get to a
named destination), and the stay/move rules that follow from it (003 "Migration between them")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_turn, picked, wanted


def _current_and_pick(engine: Engine, text: str) -> tuple[str | None, str | None]:
    turn = first_turn(engine, text)
    return turn.parsed.current, picked(turn)


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("we migrated off flask in 2024 and the whole backend is fastapi now. we need partner webhooks", "fastapi"),
        ("weve moved away from django, everything is fastapi today. a typed public api is next", "fastapi"),
        ("we moved off flask last year, all services are on fastapi. new kafka consumer service?", "fastapi"),
    ],
)
def test_a_move_reported_done_leaves_the_old_framework_behind(engine: Engine, text: str, now: str) -> None:
    current, pick = _current_and_pick(engine, text)
    assert current != ("flask" if "flask" in text else "django")
    assert pick == now


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the northwind-django-portal has to serve json to our ios app, what do we use?", "django"),
        ("payments-flask-svc now needs an openapi spec for the partner team", "flask"),
        ("orders-fastapi-api needs websocket push for order status", "fastapi"),
    ],
)
def test_a_repository_name_says_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert first_turn(engine, text).parsed.current == runs


def test_a_package_named_first_is_no_system_of_ours(engine: Engine) -> None:
    assert first_turn(engine, "should we use django-cms for a brand new marketing site?").parsed.current is None


@pytest.mark.parametrize(
    "text",
    [
        "we're on flask today, how do we move to fastapi without stopping feature work?",
        "our flask api: how should we migrate to fastapi, one blueprint at a time?",
        "running flask in prod; best way to port it to fastapi?",
    ],
)
def test_asking_how_to_reach_a_named_destination_on_a_common_path_is_the_move(engine: Engine, text: str) -> None:
    assert _current_and_pick(engine, text) == ("flask", "fastapi")


def test_asking_how_to_leave_django_for_fastapi_is_still_weighed(engine: Engine) -> None:
    # Django → FastAPI is the harder path the guide advises against, so asking how does not settle it
    assert picked(first_turn(engine, "our django app: how do we migrate to fastapi?")) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "our litestar api is fine, but support now needs an admin panel to edit customer records",
        "we run quart for the async api; ops want a back office admin with permissions",
    ],
)
def test_an_async_api_framework_gets_a_django_admin_beside_it(engine: Engine, text: str) -> None:
    assert picked(first_turn(engine, text)) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "old sanic ingest service, nobody touches it and it keeps running. port it to fastapi?",
        "our sanic app: no one has touched it in a year. should we rewrite it?",
    ],
)
def test_a_sanic_service_nobody_has_to_touch_stays(engine: Engine, text: str) -> None:
    assert _current_and_pick(engine, text) == ("sanic", "sanic")


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("our webhook receiver is dropping requests when traffic spikes 10x", "webhooks"),
        ("the tiny stripe webhook receiver we run is dropping requests at peak", "webhooks"),
        ("our websocket gateway is losing connections whenever traffic spikes", "realtime"),
    ],
)
def test_traffic_lost_under_load_takes_no_need_back(engine: Engine, text: str, need: str) -> None:
    assert need in wanted(engine, text)


def test_no_after_a_traffic_word_still_denies(engine: Engine) -> None:
    assert "admin-panel" not in wanted(engine, "small json api: we have no users or admin")
