"""Readings that must not hang on one wording: a framework's thing offered as the other option in a question is
not what runs; a thing of ours said to be powered by a framework is; 'your views on' is no thing of ours; a
question asking for objections to a framework does not rule it out; a monolith said to be cut apart is
microservices, not a large app."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from knowledge.reading.result import ParsedQuery


def _parse(engine: Engine, text: str) -> ParsedQuery:
    return engine.parser.parse(text)


def _ids(engine: Engine, text: str) -> set[str]:
    return {r.id for r in _parse(engine, text).requirements if not r.negated}


@pytest.mark.parametrize(
    "text",
    [
        "our django site needs a json api for ios. extend it with django-ninja, or run a fastapi app beside it?",
        "the legacy django portal must expose an api now. should we plug drf in, or have a fastapi service alongside?",
        "our django portal needs an api. should ninja be added, or run the fastapi service beside it?",
    ],
)
def test_a_framework_offered_after_or_is_not_what_runs(engine: Engine, text: str) -> None:
    parsed = _parse(engine, text)
    assert parsed.current == "django"
    assert "fastapi" in parsed.mentioned


@pytest.mark.parametrize(
    "text",
    [
        "the django site powering our recipe app needs an api for the android client",
        "this flask service that runs our booking page keeps timing out",
        "the django cms which serves our school website needs a json feed",
    ],
)
def test_a_framework_thing_powering_ours_is_what_runs(engine: Engine, text: str) -> None:
    assert _parse(engine, text).current in ("django", "flask")


def test_an_indefinite_thing_serving_ours_may_still_be_built(engine: Engine) -> None:
    assert _parse(engine, "should a fastapi service serving our mobile app sit beside the rest?").current is None


@pytest.mark.parametrize(
    "text",
    [
        "what are your views on flask versus django?",
        "curious about your views on fastapi when set against flask",
    ],
)
def test_your_views_on_a_framework_say_nothing_runs(engine: Engine, text: str) -> None:
    assert _parse(engine, text).current is None


@pytest.mark.parametrize(
    "text",
    [
        "our devs have written flask for years. any reason not to pick flask for the new webhook relay?",
        "is there a reason we shouldnt use django for the staff rota tool? we all know it",
        "any arguments against fastapi for the new pricing api?",
    ],
)
def test_asking_for_objections_rules_nothing_out(engine: Engine, text: str) -> None:
    assert not _parse(engine, text).excluded


def test_asking_for_objections_keeps_the_known_framework(engine: Engine) -> None:
    advice = engine.ask(
        "the team has years of django behind it. is there any reason not to use django for a new hr portal?"
    )
    assert advice.recommendation is not None and advice.recommendation.framework == "django"


@pytest.mark.parametrize(
    "text",
    [
        "our rails monolith is being broken apart and the new pieces will be python",
        "we are slowly carving up the old php monolith, one python service at a time",
        "breaking the java monolith apart: which python framework for the pieces?",
        "the monolith gets dismantled this year; new services in python",
    ],
)
def test_a_monolith_cut_apart_is_microservices(engine: Engine, text: str) -> None:
    ids = _ids(engine, text)
    assert "microservice" in ids
    assert "large-app" not in ids


def test_a_monolith_kept_whole_is_still_large(engine: Engine) -> None:
    assert "large-app" in _ids(engine, "we are building a monolith for the insurer's claims back office")


def _edit(kb: Path, old: str, new: str) -> None:
    path = kb / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_split_verb_added_in_yaml_is_read(kb_copy: Path) -> None:
    said = "the perl monolith is being sliced up"
    assert "microservice" not in _ids(Engine(load_knowledge_base(kb_copy)), said)
    _edit(kb_copy, "            unbundling, unbundled]", "            unbundling, unbundled, sliced up]")
    assert "microservice" in _ids(Engine(load_knowledge_base(kb_copy)), said)


def test_a_split_naming_an_unknown_concept_names_the_file(kb_copy: Path) -> None:
    _edit(kb_copy, "    concept: microservices", "    concept: micro-services-typo")
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml.*micro-services-typo"):
        load_knowledge_base(kb_copy)


def test_an_objection_cue_added_in_yaml_is_read(kb_copy: Path) -> None:
    said = "any grounds not to use flask here?"
    assert "flask" in _parse(Engine(load_knowledge_base(kb_copy)), said).excluded
    _edit(
        kb_copy,
        "case against, objection to, objections to]",
        "case against, objection to, objections to, grounds not to]",
    )
    assert not _parse(Engine(load_knowledge_base(kb_copy)), said).excluded
