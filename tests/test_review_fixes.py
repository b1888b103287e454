"""Mends from a fresh-eyes review: what runs against a choice asked, a retired service, pitch wordings, a no
answer, intended moves, negated subjects, kinds of organisation and the loader's cross-checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def test_tuning_asked_while_weighing_two_frameworks_names_none_running(engine: Engine) -> None:
    parsed = engine.parser.parse("flask or litestar: how many gunicorn workers per core would we need?")
    assert parsed.current is None


def test_a_database_question_asking_which_framework_names_none_running(engine: Engine) -> None:
    assert engine.parser.parse("what copes best with heavy joins and slow queries, flask?").current is None


def test_one_framework_beside_a_tuned_server_still_runs(engine: Engine) -> None:
    assert engine.parser.parse("requests block on the flask dev server under load").current == "flask"


def test_a_retired_tool_is_left_not_ruled_out_for_a_new_need(engine: Engine) -> None:
    parsed = engine.parser.parse("we're shutting down the old django intranet and need user accounts plus an admin ui")
    assert "django" not in parsed.excluded
    assert parsed.retired == ("django",)


def test_a_retirement_alone_rules_nothing_out(engine: Engine) -> None:
    parsed = engine.parser.parse("we are phasing out our flask reporting app in the spring")
    assert not parsed.excluded


def test_retiring_then_moving_names_the_one_left(engine: Engine) -> None:
    parsed = engine.parser.parse("we're sunsetting the flask portal and moving its pages to django")
    assert (parsed.current, parsed.targets, parsed.excluded) == ("flask", ("django",), ())


def test_a_retired_framework_stops_running_in_a_thread(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("live cursors and presence for a shared editor")
    conversation.turn("the company site runs on django, could it live there?")
    advice = conversation.turn("that django site is being decommissioned soon").advice
    assert advice.recommendation is not None
    assert advice.recommendation.framework == "fastapi"


def test_a_pitch_keeps_the_need_the_team_owns(engine: Engine) -> None:
    parsed = engine.parser.parse("my uncle would recommend django for our company blog, does that make sense?")
    assert "content-site" in {m.id for m in parsed.requirements if not m.negated}


def test_a_pitch_still_drops_the_pitchers_own_reasons(engine: Engine) -> None:
    parsed = engine.parser.parse("our new hire wants fastapi for our reporting app because it is async")
    assert "async" not in {m.id for m in parsed.requirements}


def _negated(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if m.negated}


def test_a_no_that_opens_another_thought_answers_nothing(engine: Engine) -> None:
    assert "realtime" not in _negated(engine, "will it need live push updates? no clue, ask product")


def test_a_no_after_an_open_question_answers_nothing(engine: Engine) -> None:
    assert "realtime" not in _negated(engine, "what suits a live chat backend? nah, any framework is ok for us")


def test_a_bare_no_still_answers_a_yes_no_question(engine: Engine) -> None:
    assert "realtime" in _negated(engine, "so do we want live push updates? nope, polling it is")


def test_began_to_port_reports_a_move_under_way(engine: Engine) -> None:
    parsed = engine.parser.parse(
        "two weeks ago we began to migrate the flask backend to fastapi; most endpoints are ported"
    )
    assert (parsed.current, parsed.targets, parsed.migration_underway) == ("flask", ("fastapi",), True)


def test_hoping_to_port_is_a_move_intended(engine: Engine) -> None:
    parsed = engine.parser.parse("we are hoping to port the flask service to fastapi this year")
    assert (parsed.current, parsed.targets, parsed.migration_underway) == ("flask", ("fastapi",), False)


def test_to_rewrite_it_in_names_the_destination(engine: Engine) -> None:
    parsed = engine.parser.parse("our api is django; someone on the team wants to rewrite the whole thing in litestar")
    assert parsed.current == "django"


def test_a_negated_subject_that_will_need_something_negates_it(engine: Engine) -> None:
    assert "admin-panel" in _negated(engine, "no one in ops will want an admin dashboard")


def test_a_negated_subject_ends_at_another_verb(engine: Engine) -> None:
    assert "admin-panel" not in _negated(engine, "no mobile app will call the admin dashboard")


def _said(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


def test_we_are_a_kind_of_shop_is_no_store(engine: Engine) -> None:
    assert "ecommerce" not in _said(engine, "we're a go shop moving one service into python")


def test_a_need_word_before_shop_names_the_organisation(engine: Engine) -> None:
    said = _said(engine, "as a serverless shop we want a lightweight api")
    assert "ecommerce" not in said


def test_a_store_is_still_a_store(engine: Engine) -> None:
    assert "ecommerce" in _said(engine, "we sell candles and need a shop with a checkout")


def test_the_database_said_as_the_bottleneck_any_way_round(engine: Engine) -> None:
    assert "db-bound" in _said(engine, "profiling says the hotspot is mysql")
    assert "db-bound" in _said(engine, "the sql was overloaded at peak")
    assert "db-bound" in _said(engine, "the import saturated the database")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "requirements.yaml",
            "modest: [low traffic, ",
            "modest: [websockets, low traffic, ",
            r"requirements\.yaml: requirements entry #\d+ \(id: high-concurrency\): modest phrase 'websockets' is "
            r"already a phrase of requirement realtime",
        ),
        (
            "vocabulary.yaml",
            "    rails: Ruby on Rails\n",
            "    rails: Ruby on Rails\n    flask: Flask\n",
            r"vocabulary\.yaml: .*outside_python key 'flask' is framework flask",
        ),
        (
            "ecosystem.yaml",
            "    answers: [realtime]\n",
            "    answers: [realtime]\n    states: [realtime]\n",
            r"ecosystem\.yaml: libraries entry #\d+ \(id: django-channels\): need 'realtime' is in both",
        ),
        (
            "frameworks.yaml",
            "    ranked: true\n    aliases: [django, djangos]\n",
            "    ranked: true\n    family: sync-micro\n    aliases: [django, djangos]\n",
            r"frameworks\.yaml: frameworks entry #1 \(id: django\): a ranked framework has no 'family'",
        ),
    ],
)
def test_loader_cross_checks_name_file_and_entry(kb_copy: Path, file: str, old: str, new: str, expected: str) -> None:
    path = kb_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert re.search(expected, str(raised.value)), str(raised.value)


@pytest.mark.parametrize(
    "text",
    [
        "for the back office, fastapi admin or flask-admin?",
        "choosing between a django app or a flask app for the scheduling tool",
        "which one: sqladmin, django admin, or fastapi admin?",
    ],
)
def test_a_frameworks_thing_offered_among_options_is_not_what_runs(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.current is None


@pytest.mark.parametrize(
    "text",
    [
        "our options for the booking api: DRF, plain flask, or fastapi?",
        "comparing django ninja, litestar and fastapi for a typed async service",
    ],
)
def test_an_add_on_offered_beside_other_frameworks_names_nothing_that_runs(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.current is None


@pytest.mark.parametrize(
    "text", ["DRF or django-ninja for the new endpoints?", "we want to drop DRF and go to fastapi"]
)
def test_an_add_on_asked_about_alone_names_its_home(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.current == "django"


def test_authn_and_authz_are_accounts_not_a_hosted_identity_provider(engine: Engine) -> None:
    needs = {m.id: m.negated for m in engine.ask("internal portal, needs authn/authz and an admin").query.requirements}
    assert needs.get("user-auth") is False
