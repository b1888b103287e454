"""Look-alikes of wave-2 mechanisms that must not fire: a project or its people waiting on another party is no
request load; a piece written about an add-on package ('the flask-admin docs') runs no app of ours; 'before joining'
a data set or a call is no past job."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import negated_by_id


@pytest.mark.parametrize(
    "text",
    [
        "the rollout is blocked on three other services getting upgraded, meanwhile we plan a staff portal",
        "we're stuck until the supplier answers our pricing emails; it's a small catalogue site",
        "i'm waiting on the vendors to send the contract before we start the booking app",
        "still blocked on the partners to approve the design, the tool itself is a crud admin",
    ],
)
def test_a_project_waiting_on_another_party_is_not_io_bound(engine: Engine, text: str) -> None:
    assert "io-heavy" not in negated_by_id(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "we block on 4 insurer apis for every quote",
        "each search waits on the two hotel apis to respond",
        "the pricing page is stuck until the rates system answers",
    ],
)
def test_a_request_waiting_on_outside_systems_still_reads_io_bound(engine: Engine, text: str) -> None:
    assert negated_by_id(engine, text).get("io-heavy") is False


@pytest.mark.parametrize(
    "text",
    [
        "the flask-admin docs look friendly, but this is greenfield: a back office with roles",
        "the flask-login readme makes sessions look easy; nothing is built yet, we need an internal tool",
        "the flask-sqlalchemy examples were clear, but it's a fresh start: a partner api with typed contracts",
    ],
)
def test_a_piece_about_a_package_runs_nothing(engine: Engine, text: str) -> None:
    assert Conversation(engine).turn(text).parsed.current is None


def test_an_owned_package_still_names_its_host_as_running(engine: Engine) -> None:
    assert Conversation(engine).turn("the flask-admin pages are clunky for our support staff").parsed.current == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "before joining the two tables we send rows through our fastapi ingest service; it needs one more route",
        "before joining the call i checked our flask service logs, it needs a small health endpoint",
    ],
)
def test_before_joining_a_thing_is_no_past_job(engine: Engine, text: str) -> None:
    assert Conversation(engine).turn(text).parsed.current is not None


def test_before_joining_the_team_is_still_a_past_job(engine: Engine) -> None:
    text = "before joining this company i wrote flask for years. we are greenfield now: a public api with docs"
    assert Conversation(engine).turn(text).parsed.current is None
