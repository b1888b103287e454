"""Loose words ('an api', 'k8s', 'postgres', 'spike') count beside a need that decides, never alone; a list of
frameworks after a choice to make is options, not what runs; a framework a denied relation is about ('x no
longer works with django') is not ruled out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine, default_engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick


@pytest.mark.parametrize(
    "text",
    [
        "mysql, memcached and helm charts on gcp. what web framework?",
        "our infra: k8s, postgresql, github actions. which python fw for the api?",
        "time-boxed spike to choose a backend framework for the team",
    ],
)
def test_infrastructure_words_alone_get_the_opening_question(text: str) -> None:
    turn = Conversation(default_engine()).turn(text)
    assert turn.advice.recommendation is None, text
    assert turn.advice.deciding_question is not None, text


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("json api for the kotlin app our mobile team ships, which framework?", "fastapi"),
        ("restful api that outside partners integrate against, with docs", "fastapi"),
        ("postgres-backed back office with forms and an admin panel", "django"),
    ],
)
def test_loose_words_still_count_beside_a_need_that_decides(text: str, pick: str) -> None:
    assert first_pick(default_engine(), text) == pick


def test_loose_words_count_when_the_named_options_narrow_the_field() -> None:
    engine = default_engine()
    assert first_pick(engine, "for the new api: fastapi or litestar?") == "fastapi"
    assert first_pick(engine, "which one for the api: flask, fastapi or django?") is None


def test_a_need_said_firmly_in_an_earlier_turn_is_not_made_loose() -> None:
    conversation = Conversation(default_engine())
    conversation.turn("we need a rest api")
    assert "rest-api" not in conversation.state.loose
    conversation.turn("it will sit behind a plain api gateway on k8s")
    assert "rest-api" not in conversation.state.loose
    assert "cloud-native" in conversation.state.loose


def test_options_listed_after_a_choice_are_not_what_runs() -> None:
    parsed = default_engine().parser.parse("we must choose a stack for the service - django, flask or fastapi?")
    assert parsed.current is None
    kept = default_engine().parser.parse("reporting server (flask): it needs websockets now")
    assert kept.current == "flask"


def test_a_weak_phrase_must_be_one_of_the_needs_phrases(kb_copy: Path) -> None:
    path = kb_copy / "requirements.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("weak: [spike]", "weak: [spikes, hackday]", 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert re.search(r"requirements\.yaml: .*short-horizon.*weak phrase 'hackday'", str(raised.value))


def test_a_maintainer_marks_a_concept_loose_in_yaml_alone(kb_copy: Path) -> None:
    text = "a couple of seaborn figures for finance, which framework?"
    assert first_pick(default_engine(), text) is not None
    lexicon = kb_copy / "lexicon.yaml"
    entry = "  - id: data-science-dashboard\n"
    lexicon.write_text(
        lexicon.read_text(encoding="utf-8").replace(entry, entry + "    weak: true\n", 1), encoding="utf-8"
    )
    assert first_pick(Engine(load_knowledge_base(kb_copy)), text) is None


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("the old rest plugin no longer works with django 5 and nobody maintains it, we need an admin", "django"),
        ("our payment sdk does not support fastapi lifespan events, what now", "fastapi"),
        ("that charting lib is not compatible with the flask version we run", "flask"),
    ],
)
def test_a_framework_a_denied_relation_is_about_is_not_ruled_out(text: str, framework: str) -> None:
    parsed = default_engine().parser.parse(text)
    assert framework not in parsed.excluded, text


def test_said_of_ourselves_the_relation_still_rules_out() -> None:
    parsed = default_engine().parser.parse("we no longer work with django, need an admin panel")
    assert "django" in parsed.excluded
    assert "flask" in default_engine().parser.parse("not flask, we need async").excluded
