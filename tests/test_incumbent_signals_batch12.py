"""What runs read from pasted settings and tracebacks, a load the working app already carries, the rest of an
app said to stay while a live part is added, a team ready to leave a niche framework said in other words, a past
choice of framework, schema changes read as the data model, and a content part beside FastAPI services."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("INSTALLED_APPS lists 20 packages by now. is porting to fastapi realistic?", "django"),
        ("django.contrib.auth gives us users already; a colleague wants litestar for the api", "django"),
        ("views crash with ImproperlyConfigured when we add pydantic. any typed endpoints option?", "django"),
        ("handlers read g.user all over. what would fastapi give us?", "flask"),
    ],
)
def test_pasted_settings_and_globals_say_what_runs(engine: Engine, text: str, framework: str) -> None:
    assert engine.ask(text).query.current == framework


@pytest.mark.parametrize(
    "text",
    [
        (
            "our flask api does 400 rps on gunicorn and nobody complains. "
            "management read that fastapi is 5x faster and wants a port"
        ),
        "the flask service serves 250 rps; no one is complaining. a consultant says fastapi is 3x faster. switch?",
    ],
)
def test_a_load_the_working_app_carries_is_no_reason_to_port(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "flask"


def test_a_new_separate_part_with_its_own_load_still_moves(engine: Engine) -> None:
    text = (
        "our flask admin site works fine. we are adding a separate ingest api taking 20k events/sec. flask or fastapi?"
    )
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "our django shop needs a live support chat for customers. everything else stays as is.",
        "the django booking site needs thousands of websocket connections for seat updates; payments stay in django.",
    ],
)
def test_a_live_part_added_while_the_rest_stays_goes_beside_django(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.requirements and first_pick(engine, text) == "fastapi"


def test_wanting_to_stay_in_django_is_not_a_part_apart(engine: Engine) -> None:
    reqs = {
        r.id for r in engine.ask("our django app needs a live feed but we'd rather stay in django").query.requirements
    }
    assert "separate-service" not in reqs


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        (
            "our cherrypy admin portal for members, login and forms; nobody maintains it anymore. maintainer left.",
            "django",
        ),
        (
            "our tornado hub pushes websocket updates plus a json api; upgrades are a pain. what should replace it?",
            "fastapi",
        ),
        ("our falcon rest api serves the mobile app, 40 endpoints with no validation. now what?", "fastapi"),
    ],
)
def test_ready_to_leave_a_niche_framework_in_other_words(engine: Engine, text: str, framework: str) -> None:
    assert first_pick(engine, text) == framework


def test_ready_to_leave_words_do_not_move_a_working_flask_app(engine: Engine) -> None:
    assert first_pick(engine, "our flask api serves the mobile app with 30 endpoints. what now?") != "django"
    assert not engine.ask("our flask api serves the mobile app with 30 endpoints. what now?").query.leaving


def test_a_framework_picked_years_ago_is_what_runs(engine: Engine) -> None:
    advice = engine.ask(
        "we chose flask in 2018 for the supplier portal; it now needs user login with roles. go django?"
    )
    assert advice.query.current == "flask"
    assert (
        first_pick(
            engine, "we chose flask in 2018 for the supplier portal; it now needs user login with roles. go django?"
        )
        == "flask"
    )


def test_hand_written_schema_changes_read_as_the_data_model(engine: Engine) -> None:
    reqs = {
        r.id for r in engine.ask("every schema change on our flask app is a hand-written sql file").query.requirements
    }
    assert "orm-models" in reqs and "typed-validation" not in reqs


def test_a_content_part_for_a_fastapi_shop_is_django_beside_it(engine: Engine) -> None:
    text = (
        "we run 4 fastapi microservices; marketing asks for a news section that editors write and publish articles in"
    )
    assert first_pick(engine, text) == "django"


def test_the_next_service_with_nothing_said_about_it_is_asked_back(engine: Engine) -> None:
    turn = Conversation(engine).turn("our stack is django. which framework for our next microservice?")
    assert turn.advice is None or turn.advice.recommendation is None


def test_a_niche_async_service_standardizing_with_the_company_moves_to_fastapi(engine: Engine) -> None:
    text = (
        "our quart api works fine, but every other service at the company is fastapi and the lead wants to standardize"
    )
    assert first_pick(engine, text) == "fastapi"


def test_asking_what_replaces_a_part_after_a_common_move_plans_the_move(engine: Engine) -> None:
    text = "our flask views use flask.g for the db session. if we switch to fastapi, what would replace it?"
    assert first_pick(engine, text) == "fastapi"


def test_asking_what_replaces_a_part_on_an_avoided_move_keeps_the_stay(engine: Engine) -> None:
    assert first_pick(engine, "our django site: if we switch to fastapi, what would replace the admin?") == "django"
