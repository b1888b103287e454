"""Thread replies and team facts that said too much: a skill the team lacks ('we dont know async') is no need of
the system; a typo's guess at a loose word is no evidence; a framework's own calls in pasted code say what runs;
assent to the thread ('ok fine', 'works for me') is no verdict on what runs; an amount asked ('how many users?')
is no amount said; people counted and said to use the tool are its audience, not the team."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn, wanted, wanted_in


@pytest.mark.parametrize(
    "text",
    [
        "our two devs don't really know asyncio",
        "the team does not understand async at all",
        "honestly we haven't learned async yet, we need a json api for a kiosk",
    ],
)
def test_a_lacked_skill_is_inexperience_not_a_need(engine: Engine, text: str) -> None:
    ids = wanted(engine, text)
    assert "async" not in ids
    assert "async-inexperience" in ids


def test_a_lacked_skill_without_a_lack_need_is_no_need(engine: Engine) -> None:
    assert "graphql" not in wanted(engine, "nobody minds, but the team doesn't know graphql")


def test_not_knowing_whether_a_need_holds_is_no_lack(engine: Engine) -> None:
    assert "async-inexperience" not in wanted(engine, "we don't know if we need async for the ingest api")


@pytest.mark.parametrize(
    "text",
    [
        "una app interna para vacaciones, con usuarios y roles",
        "queremos una web interna con login para el equipo de ventas",
        "un sistema interno de turnos, con login y permisos por rol",
    ],
)
def test_a_typo_guess_at_a_loose_word_is_no_evidence(engine: Engine, text: str) -> None:
    assert "easy-learning" not in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("every handler ends in `return jsonify(payload)`; is it worth moving to fastapi for speed?", "flask"),
        ("`Ticket.objects.filter(status='open')` takes 2s on the list view, what would you change?", "django"),
        ("we have ~60 classes like `class Shipment(models.Model)`; adding a mobile api next", "django"),
    ],
)
def test_a_frameworks_own_calls_in_pasted_code_say_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    "reply",
    [
        "ok fine, and what about sign in with google?",
        "works for me. one more thing: we need single sign-on",
        "yep, fine. the sso part matters though",
    ],
)
def test_assent_in_a_thread_is_no_verdict_on_what_runs(engine: Engine, reply: str) -> None:
    turns = turn_by_turn(engine, "a customer portal for invoices, with logins and a staff back office", reply)
    assert "works-today" not in wanted_in(turns[1])
    assert picked(turns[1]) == "django"


def test_a_verdict_on_what_runs_still_counts(engine: Engine) -> None:
    assert "works-today" in wanted(engine, "the flask app works fine, should we move it?")


@pytest.mark.parametrize(
    "text",
    [
        "how many users? roughly 25 staff, never all at once",
        "re how many concurrent users: a handful of clinicians",
        "how many concurrent connections? dunno",
    ],
)
def test_an_amount_asked_is_no_amount_said(engine: Engine, text: str) -> None:
    assert "high-concurrency" not in wanted(engine, text)


def test_many_users_said_still_counts(engine: Engine) -> None:
    assert "high-concurrency" in wanted(engine, "we expect lots of users from day one")


@pytest.mark.parametrize(
    "text",
    [
        "about 15 people in sales would use the tool, mostly to edit leads",
        "roughly 20 folks log into it every morning",
        "12 people across the warehouse will use this for stock counts",
    ],
)
def test_people_said_to_use_the_tool_are_no_team(engine: Engine, text: str) -> None:
    assert "large-team" not in wanted(engine, text)


def test_developers_counted_are_still_the_team(engine: Engine) -> None:
    assert "large-team" in wanted(engine, "we're 15 developers in one repo")


def test_a_bad_lacked_need_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "requirements.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("lacked_as: async-inexperience", "lacked_as: async-inexperienze"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"requirements\.yaml.*async-inexperienze"):
        load_knowledge_base(kb_copy)


def test_a_bad_assent_word_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("assent_words: [ok,", "assent_words: [OK!,"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml.*assent_words"):
        load_knowledge_base(kb_copy)
