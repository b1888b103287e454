"""Narrowings found by probing the small-job cap, the argued-for reading, 'since' and an organisation's codebase:
a word sizing one part or one change caps nothing; 'a single page app' is a frontend, not a one-page site; a need
the team states of its own is no destination feature argued for; 'since' followed by
a time with no verb is how long the framework has run; a codebase at a past employer does not run here."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from tests.talk import first_pick


@pytest.mark.parametrize(
    "text",
    [
        "we need a tiny change: add logins with roles to our internal tool for the finance team",
        "a single page app frontend in react; the backend needs user accounts, permissions and an orm for ~30 models",
    ],
)
def test_a_size_word_for_one_part_does_not_cap_the_batteries(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "django"


def test_a_single_page_app_is_not_a_one_page_job(engine: Engine) -> None:
    needs = {m.id for m in engine.parser.parse("a single page app for our members, built in vue").requirements}
    assert "small-scope" not in needs


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        (
            "we run flask. should we move to django for the admin? ops edit ~40 tables by hand every day, it hurts",
            "django",
        ),
        (
            "flask app here; support staff badly need an admin to edit customer records. "
            "should we move to django for its admin?",
            "django",
        ),
    ],
)
def test_the_teams_own_need_is_not_a_feature_argued_for(engine: Engine, text: str, framework: str) -> None:
    assert first_pick(engine, text) == framework


@pytest.mark.parametrize(
    "text",
    [
        "django since the beginning here - do we rewrite the api in fastapi for speed?",
        "the intranet: flask since its very first commit. should it move to fastapi?",
    ],
)
def test_since_a_time_without_a_verb_says_what_runs(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.current in ("django", "flask")


def test_since_with_a_verb_still_opens_a_reason(engine: Engine) -> None:
    assert engine.ask("should we go full fastapi since ninja is basically fastapi-lite?").query.current is None


def test_a_codebase_at_a_former_employer_does_not_run_here(engine: Engine) -> None:
    query = engine.ask(
        "my former company runs a django monolith; for my own side project i need a small json api"
    ).query
    assert query.current is None


def test_a_loose_tempering_phrase_must_be_one_of_the_needs_phrases(kb_copy: Path) -> None:
    path = kb_copy / "requirements.yaml"
    path.write_text(path.read_text().replace("loose: [tiny, script,", "loose: [tiny, not-a-phrase-here, script,"))
    with pytest.raises(KnowledgeBaseError, match="not-a-phrase-here"):
        load_knowledge_base(kb_copy)
