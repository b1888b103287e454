"""A framework the team already runs, read in more wordings (an organisation's one codebase, an add-on the api is
already on, a past build or choice, a reason opened by "since"), and what counts as a reason to leave it: not the
destination's own features listed for the move, not async asked for at a load said to be tiny, while a thin
gateway beside a Django shop is a different workload."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from tests.talk import first_pick


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("the firm runs a django 4 monolith and ops want a mobile api", "django"),
        ("all our billing code lives in a flask app; should it get typed docs?", "flask"),
        (
            "the booking api already runs on drf; partners now want generated docs. is fastapi needed for that?",
            "django",
        ),
        ("flask was picked back in 2018 for the internal wiki", "flask"),
        ("we built the first version with flask and it still works", "flask"),
        ("our api is on django-ninja. a teammate pushes fastapi since it is the original", "django"),
    ],
)
def test_more_wordings_say_what_runs(engine: Engine, text: str, framework: str) -> None:
    assert engine.ask(text).query.current == framework


def test_the_organisation_habit_is_still_what_the_team_knows(engine: Engine) -> None:
    query = engine.ask("the rest of the company is a django shop, which is best for our new thing?").query
    assert query.current is None and "django" in query.known


def test_a_framework_before_since_and_a_clause_is_not_said_to_run(engine: Engine) -> None:
    query = engine.ask("we run django-ninja on django; someone wants pure fastapi since ninja feels like a copy").query
    assert query.current == "django"


@pytest.mark.parametrize(
    "text",
    [
        "our flask service has 30 blueprints now. should we move to django for its admin, auth and orm?",
        "flask codebase keeps growing. do we switch to django to get its admin?",
    ],
)
def test_the_destinations_features_are_no_reason_to_leave(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "flask"


def test_features_listed_for_the_move_are_read_as_argued(engine: Engine) -> None:
    query = engine.ask("we are on flask. worth moving to django for its admin, auth and forms?").query
    assert {"admin-panel", "user-auth"} <= set(query.argued_needs)


def test_a_pain_the_team_states_still_moves_it(engine: Engine) -> None:
    # the admin wanted by support, said as their own need: the rare Flask → Django move the guide allows
    assert first_pick(engine, "our flask app has no structure and support badly needs an admin panel") == "django"


@pytest.mark.parametrize(
    "text",
    [
        "someone filed 'make it async' against our flask tool; it sees 2 requests a second from four people",
        "a ticket asks us to rewrite the django dashboard as async. it serves maybe 3 rps. do it?",
    ],
)
def test_async_asked_for_at_a_tiny_load_keeps_what_runs(engine: Engine, text: str) -> None:
    current = engine.ask(text).query.current
    assert current is not None and first_pick(engine, text) == current


def test_async_under_real_load_still_moves_flask(engine: Engine) -> None:
    assert first_pick(engine, "our flask api must go async, it fans out to many slow services under load") == "fastapi"


def test_a_thin_gateway_is_not_built_in_the_django_the_org_runs(engine: Engine) -> None:
    text = "our org standardized on django. now a thin proxy in front of an old soap api, django anyway?"
    assert first_pick(engine, text) in ("flask", "fastapi")


def test_a_model_beside_the_organisations_monolith_gets_its_own_service(engine: Engine) -> None:
    text = "the company runs a django monolith; the ml team wants to serve a model, add views or a separate service?"
    assert engine.ask(text).query.current == "django"
    assert first_pick(engine, text) == "fastapi"


def test_a_decided_move_off_a_grown_flask_app_is_finished(engine: Engine) -> None:
    text = (
        "we built the poc with flask and then the mvp with flask. it got messy and buggy as the team grew, "
        "so we decided to migrate to django"
    )
    assert engine.ask(text).query.current == "flask"
    assert first_pick(engine, text) == "django"


def test_an_unknown_need_said_absent_names_file_and_entry(kb_copy: Path) -> None:
    path = kb_copy / "incumbents.yaml"
    text = path.read_text(encoding="utf-8")
    old = "when_denied_any: [high-concurrency]"
    assert old in text
    path.write_text(text.replace(old, "when_denied_any: [hi-concurrency]"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(kb_copy)
    problems = "\n".join(err.value.problems)
    assert "incumbents.yaml" in problems and "async-without-load" in problems and "hi-concurrency" in problems


def test_the_argued_for_words_are_yaml(kb_copy: Path) -> None:
    path = kb_copy / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    old = "argued_for: [for its,"
    assert old in text
    path.write_text(text.replace(old, "argued_for: [for its 2,"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(kb_copy)
    assert "vocabulary.yaml" in "\n".join(err.value.problems)
