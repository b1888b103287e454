"""The ecosystem map (ecosystem.yaml): a framework's library named instead of the framework says what runs
and may answer a need for it; a shared library says nothing; a new service may reuse another's models."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine, default_engine
from knowledge.reasoning.conversation import Conversation


def _read(engine: Engine, text: str) -> tuple[str | None, str | None]:
    turn = Conversation(engine).turn(text)
    rec = turn.advice.recommendation
    return turn.parsed.current, rec.framework if rec else None


def test_a_library_said_as_ours_names_the_framework_that_runs() -> None:
    engine = default_engine()
    assert engine.parser.parse("our wagtail site wants a small graphql endpoint").current == "django"
    assert engine.parser.parse("we ship everything through graphene-django today").current == "django"
    assert (
        engine.parser.parse("our werkzeug request parsing is hand-tuned, now we need json endpoints").current == "flask"
    )


def test_a_bare_library_word_needs_its_framework_nearby() -> None:
    engine = default_engine()
    lone = engine.parser.parse("post it in the team channels, we need a public api with docs")
    assert lone.current is None and not lone.library_covers
    beside = engine.parser.parse("django shop here; the live order board is built on channels")
    assert ("django", "realtime", "django-channels") in beside.library_covers


def test_a_native_library_answers_its_need_for_that_framework_only() -> None:
    engine = default_engine()
    parsed = engine.parser.parse("django shop here; the live order board is built on channels")
    advice = engine.advisor.advise(parsed)
    django = next(s for s in advice.ranking if s.framework == "django")
    realtime = [c for c in django.contributions if c.requirement == "realtime"]
    assert realtime and realtime[0].weight == 0 and "channels" in realtime[0].reason.lower()
    flask = engine.parser.parse("our flask-socketio app pushes live scores")
    assert flask.current == "flask" and not flask.library_covers  # states realtime, does not answer it
    assert "realtime" in {m.id for m in flask.requirements}


def test_proposing_a_framework_library_for_work_on_that_framework_keeps_it() -> None:
    text = "Channels was written by the Django people for sockets in Django projects like ours. Go with it?"
    assert _read(default_engine(), text) == ("django", "django")


def test_wanting_a_framework_part_is_not_running_it() -> None:
    assert default_engine().parser.parse("i'd like django's orm but an async io-bound api").current is None


def test_leaving_a_flask_extension_for_websockets_moves_off_flask() -> None:
    current, pick = _read(default_engine(), "we are moving our login routes off flask-socketio onto plain websockets")
    assert (current, pick) == ("flask", "fastapi")


def test_a_new_service_reusing_another_frameworks_models_is_built_beside_it() -> None:
    engine = default_engine()
    parsed = engine.parser.parse("we plan a separate fastapi worker api that shares the django models")
    assert (parsed.current, parsed.beside) == ("django", "fastapi")
    assert _read(engine, "we plan a separate fastapi worker api that shares the django models")[1] == "fastapi"
    running = engine.parser.parse("our fastapi app reuses the django orm and keeps losing db connections")
    assert running.beside is None  # one running app on both, not a new service


def test_shared_libraries_say_nothing_about_what_runs() -> None:
    engine = default_engine()
    for text in ("we render everything with jinja2 and run gunicorn", "celery and sqlalchemy, nothing else yet"):
        parsed = engine.parser.parse(text)
        assert parsed.current is None and not parsed.mentioned, text


def test_a_library_naming_an_unknown_framework_names_file_and_entry(kb_copy: Path) -> None:
    path = kb_copy / "ecosystem.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("framework: django\n", "framework: djangoo\n", 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert re.search(
        r"ecosystem\.yaml: libraries entry #1 \(id: django-channels\): unknown framework 'djangoo'", str(raised.value)
    )


def test_a_maintainer_adds_a_library_by_yaml_alone(kb_copy: Path) -> None:
    with (kb_copy / "ecosystem.yaml").open("a", encoding="utf-8") as out:
        out.write(
            "  - id: flask-babel\n    kind: native\n    framework: flask\n    names: [flask-babel, flask babel]\n"
            "    note: Translations for Flask.\n"
            "    sources: [{seed: 002_3f7899fdaf2dbf9f.txt, section: 'Flask: The Blank Canvas'}]\n"
        )
    engine = Engine(load_knowledge_base(kb_copy))
    assert engine.parser.parse("we are on flask babel for the translated pages").current == "flask"


def test_a_package_name_is_matched_as_spelled_not_by_stem(engine: Engine) -> None:
    # "flask migration" is a move onto Flask; "flask-migrate" is the package
    moving = engine.parser.parse("the flask migration is in phase 2, the old web.py handlers are nearly gone")
    assert moving.targets == ("flask",) and not moving.library_covers
    package = engine.parser.parse("we use flask-migrate for the schema")
    assert any(lib == "flask-sqlalchemy" for _, _, lib in package.library_covers)


def test_an_installed_extension_told_as_had_names_the_framework_that_runs() -> None:
    engine = default_engine()
    parse = engine.parser.parse
    assert parse("resolvers are graphene-django, about 40 types. need a wishlist mutation").current == "django"
    assert parse("tenants live in django-tenants schemas, 120 customers. need per-tenant exports").current == "django"
    assert parse("routes are slowapi-limited on 3 pods, need one more upload endpoint").current == "fastapi"
    assert parse("the backend is flask-restx namespaces. partner wants 2 more endpoints").current == "flask"


def test_an_extension_wished_for_read_about_or_beside_a_fresh_start_names_nothing() -> None:
    engine = default_engine()
    parse = engine.parser.parse
    assert parse("would graphene-django fit a brand new product graph? nothing exists yet").current is None
    assert parse("greenfield: we would add flask-login and flask-wtf for the staff forms").current is None
    assert parse("i love the django orm, but this service is a new partner api").current is None
    assert parse("the contractors say they'd just add flask-login later").current is None
    assert parse("the slowapi readme looked simple. we need rate limits on a partner api").current is None


def test_an_add_on_that_already_meets_the_need_keeps_the_framework_that_runs() -> None:
    engine = default_engine()
    # the move named in the same message does not void what the running app's add-on already covers
    assert _read(
        engine, "the flask app works and flask-admin covers our two staff pages. migrate to django only for admin?"
    ) == (
        "flask",
        "flask",
    )
