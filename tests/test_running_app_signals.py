"""What a message says about the app that runs: a traceback's package path, 'the flask billing relay', a library
added for a need, a measured rate and how much it may grow, time since it was last touched, and a live part
weighed as its own service beside Django."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _read(engine: Engine, text: str) -> dict[str, bool]:
    return {r.id: not r.negated for r in engine.ask(text).query.requirements}


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ('  File "/srv/env/lib/python3.12/site-packages/flask/app.py", line 880, in full_dispatch_request', "flask"),
        ("error from /usr/lib/python3/dist-packages/django/db/models/query.py line 41, need help", "django"),
    ],
)
def test_a_traceback_path_names_what_runs(engine: Engine, text: str, framework: str) -> None:
    assert engine.ask(text).query.current == framework


def test_a_framework_a_need_and_a_things_noun_name_what_runs(engine: Engine) -> None:
    assert engine.ask("the flask billing relay needs websockets now").query.current == "flask"


def test_a_library_added_for_a_need_answers_it(engine: Engine) -> None:
    query = engine.ask("we put flask-restx on the flask api in 2023 for swagger docs; works fine").query
    assert ("flask", "api-docs") in query.extension_needs


def test_a_need_after_the_purpose_ends_at_a_new_subject(engine: Engine) -> None:
    query = engine.ask("we put flask-restx on our flask api for the endpoints and it is rock solid").query
    assert ("flask", "works-today") not in query.extension_needs


@pytest.mark.parametrize(
    "text",
    [
        "our django intake service takes ~8 webhooks/sec and black friday could double that",
        "about 10 rps today, holiday rush maybe 3x",
    ],
)
def test_a_low_rate_grown_as_said_is_still_low(engine: Engine, text: str) -> None:
    assert _read(engine, text).get("high-concurrency") is False


def test_a_rate_grown_past_the_threshold_is_high(engine: Engine) -> None:
    assert _read(engine, "we do 100 rps and launch week could be tenfold").get("high-concurrency") is True


def test_time_since_last_touched_is_no_horizon(engine: Engine) -> None:
    query = engine.ask("nobody has deployed the flask app in two years, it just runs").query
    assert query.horizon_years is None


def test_websockets_weighed_as_a_separate_service_beside_django(engine: Engine) -> None:
    advice = engine.ask(
        "the django shop runs fine; we want live driver locations over websockets. inside django or a separate "
        "service next to it?"
    )
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"


def test_websockets_inside_django_stay_in_django(engine: Engine) -> None:
    advice = engine.ask("how do we add websockets to our django project?")
    assert advice.recommendation is not None and advice.recommendation.framework == "django"
