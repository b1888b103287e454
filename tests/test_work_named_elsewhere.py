"""A framework named as what an earlier project ran ('our previous django app') or what the rest of the team's work
runs ('we use flask for everything else') is known to the team, not what the thing asked about runs; and a new part
said to stand apart ('a separate websocket service') is apart even with a describing word inside the wording."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_pick


def _read(text: str) -> tuple[str | None, tuple[str, ...], set[str]]:
    parsed = default_engine().parser.parse(text)
    return parsed.current, parsed.known, {m.id for m in parsed.requirements if not m.negated}


@pytest.mark.parametrize(
    ("text", "fw"),
    [
        ("our previous flask app was a mess to maintain. now building a member portal with logins", "flask"),
        ("the last django project we did took forever to deploy", "django"),
        ("at my old fastapi job nobody wrote tests", "fastapi"),
        ("honestly the prior flask project turned into spaghetti", "flask"),
    ],
)
def test_a_framework_describing_an_earlier_project_is_known_not_run(text: str, fw: str) -> None:
    current, known, _ = _read(text)
    assert current is None
    assert fw in known


@pytest.mark.parametrize(
    ("text", "fw"),
    [
        ("we run flask for everything else. this one is an hr app with leave approvals", "flask"),
        ("fastapi everywhere else in the company; what about the editors' content site?", "fastapi"),
        ("we use django for the rest, new thing is a tiny 2-route glue service", "django"),
        ("the team uses flask for all the other services, now we need a public partner api", "flask"),
    ],
)
def test_a_framework_serving_the_rest_of_the_work_is_known_not_run(text: str, fw: str) -> None:
    current, known, _ = _read(text)
    assert current is None
    assert fw in known


def test_a_shared_framework_still_runs_here() -> None:
    current, _, _ = _read("we use django for all our other services and so does this one")
    assert current == "django"


@pytest.mark.parametrize(
    "text",
    [
        "the shop runs django; we want a separate websocket service for live delivery tracking",
        "our app is django. should the push feed be a separate realtime service?",
        "django monolith stays, plus a standalone streaming service for the live scoreboard",
    ],
)
def test_a_part_set_apart_with_a_describing_word_is_a_separate_service(text: str) -> None:
    assert "separate-service" in _read(text)[2]


def test_a_separate_live_service_beside_django_goes_async() -> None:
    assert (
        first_pick(
            default_engine(), "our storefront is django. we need a separate websocket service for courier tracking"
        )
        == "fastapi"
    )
