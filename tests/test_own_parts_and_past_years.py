"""Words that said too much about a situation: a part the team already made itself ('our own orm layer', 'a
homegrown auth module') is not one wanted built in; years already spent writing a framework ('has written flask
for 5 yrs') are no life ahead; a code size opening a clause ('30k loc flask app') still names what runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    "text",
    [
        "we already have our own orm layer over cassandra, need a json endpoint for the kiosk",
        "homegrown orm + a bespoke plugin system, just a json api on top pls",
        "we use our own auth and our own orm layer, need something for a json api",
        "there's an in-house orm we keep; new read-only json endpoint for the kiosks",
    ],
)
def test_a_part_the_team_made_itself_is_no_need(engine: Engine, text: str) -> None:
    assert not {"orm-models", "user-auth", "ecosystem"} & wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("we need our own auth for the partner portal", "user-auth"),
        ("staff edit records in admin screens, each with their own logins", "user-auth"),
        ("every customer tenant gets its own auth", "user-auth"),
    ],
)
def test_own_parts_wanted_or_given_to_others_still_count(engine: Engine, text: str, need: str) -> None:
    assert need in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "the team has written flask for 6 yrs, need a tiny pdf render service",
        "ive worked with fastapi for 3 years; new project is a shop w/ admin",
        "we have been writing django for 8 years, next up a small webhook relay",
    ],
)
def test_years_spent_writing_a_framework_say_no_life_ahead(engine: Engine, text: str) -> None:
    assert "long-horizon" not in wanted(engine, text)


def test_a_life_ahead_still_counts_beside_years_of_experience(engine: Engine) -> None:
    assert "long-horizon" in wanted(engine, "the portal must live for 10 years; we have written python for ages")


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("30k loc flask app, works fine. someone wants a fastapi rewrite", "flask"),
        ("12000 lines django project, admin is used daily; move to fastapi?", "django"),
        ("80k loc flask app, all good, just wondering about quart", "flask"),
    ],
)
def test_a_code_size_opening_the_clause_names_what_runs(engine: Engine, text: str, current: str) -> None:
    assert engine.parser.parse(text).current == current


def test_a_bad_own_part_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("own_parts: [orm-models,", "own_parts: [orm-modelz,"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml.*own_parts"):
        load_knowledge_base(kb_copy)
