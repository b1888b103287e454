"""What runs, said away from the message's opening: a definite system named with describing words before its
framework, a thing of ours answered by a framework ("handled by django views"), the team's services as its estate,
an owned or definite add-on package naming its host; and, the other way, a past job before joining and a person's
own company (003 "When each wins > Flask wins", "Migration between them": the running framework is kept unless a
reason to move is given; 000 "Introduction": what others use is no reason)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        (
            "Since 2020 the hospital parking permit Django app has quietly done its job. Any reason to touch it?",
            "django",
        ),
        ("the warehouse pick-list flask service has been stable for ages, ops is happy", "flask"),
        ("honestly the volunteer rota FastAPI backend just works, we only add a route now and then", "fastapi"),
    ],
)
def test_a_definite_system_with_describing_words_before_its_framework_runs(
    engine: Engine, text: str, runs: str
) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("each page of the loyalty portal is rendered by django templates today; we want an app api", "django"),
        ("all the endpoints of our courier tracker are served by flask, and it copes", "flask"),
        ("all our microservices are fastapi; the next one resizes images", "fastapi"),
    ],
)
def test_a_thing_of_ours_answered_by_a_framework_or_its_services_estate_runs(
    engine: Engine, text: str, runs: str
) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the flask-admin pages are clunky but the rest is fine", "flask"),
        ("our flask-security setup keeps logging people out", "flask"),
    ],
)
def test_an_owned_add_on_package_names_its_host_as_running(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    "text",
    [
        "I came over after six years on Flask; here we need an inventory tool with an admin",
        "before joining I spent years on django. the task now is a small webhook relay",
        "a brother's agency runs on django; we need a json api for a mobile game",
        "my mentor's consultancy is built on flask, and we want typed async endpoints",
        "if we go ahead, the greenhouse climate logger flask app would take two weeks to write",
    ],
)
def test_past_jobs_other_peoples_companies_and_plans_do_not_run(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


def test_a_teammates_service_stays_ours(engine: Engine) -> None:
    assert engine.parser.parse("our colleague's billing service is flask and it needs retries").current == "flask"


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        (
            "Shift-swap endpoints for the bakery chain: plain Django, in production four years. Add websockets?",
            "django",
        ),
        ("rota bot backend: fastapi, live for two years. should we split it?", "fastapi"),
    ],
)
def test_a_span_in_service_is_an_age(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


def test_a_span_in_service_still_to_come_is_no_age(engine: Engine) -> None:
    assert engine.parser.parse("we plan a flask app that will be in production two years").current is None


def test_a_definite_part_reused_by_what_runs_does_not_run(engine: Engine) -> None:
    text = "our quart service reads the shared reporting django models through a shim and blocks"
    assert engine.parser.parse(text).current == "quart"
