"""A cold start reads back the validated knowledge base and the engine's phrase indexes from the cache directory:
what is read back answers exactly as what is built, an edit to any input builds afresh, a damaged file is rebuilt,
and a mistake in the YAML still fails naming its file and entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import loader
from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from knowledge.reading import index_cache
from knowledge.reasoning.conversation import Conversation

ASKED = [
    "a booking site for a dental clinic, receptionists edit the appointments, two devs",
    "our flask service hits five partner apis per request and times out; would quart help?",
    "no admin screens needed, just a json api that mobile clients call, with swagger",
    "hmm we're on django 3 w/ celery, thinking about moving the public api to fastapi",
]


def _no_validation(*_: object) -> None:
    raise AssertionError("validated again")


def test_a_second_start_reads_the_validated_knowledge_base_back(
    cached_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_knowledge_base(cached_kb)
    assert len(list((cached_kb.parent / "cache").glob("*.kb.pickle"))) == 1
    monkeypatch.setattr(loader, "_validated", _no_validation)
    again = load_knowledge_base(cached_kb)
    assert again.data == first.data
    assert again.rules_by_requirement == first.rules_by_requirement


def test_an_edited_file_is_validated_again(cached_kb: Path) -> None:
    load_knowledge_base(cached_kb)
    frameworks = cached_kb / "frameworks.yaml"
    text = frameworks.read_text(encoding="utf-8")
    name = load_knowledge_base(cached_kb).frameworks["flask"].name
    frameworks.write_text(text.replace(f"name: {name}\n", f"name: {name}ish\n", 1), encoding="utf-8")
    assert load_knowledge_base(cached_kb).frameworks["flask"].name == f"{name}ish"  # not the kept one
    assert len(list((cached_kb.parent / "cache").glob("*.kb.pickle"))) == 2


def test_a_damaged_cache_file_is_rebuilt(cached_kb: Path) -> None:
    first = load_knowledge_base(cached_kb)
    (kept,) = (cached_kb.parent / "cache").glob("*.kb.pickle")
    kept.write_bytes(kept.read_bytes()[:1000])  # cut short, as by a full disk
    assert load_knowledge_base(cached_kb).data == first.data
    kept.write_bytes(b"not a pickle at all")
    assert load_knowledge_base(cached_kb).data == first.data
    assert load_knowledge_base(cached_kb).data == first.data  # (and written whole again)


def test_a_yaml_mistake_still_names_its_file_and_entry_after_a_cached_start(cached_kb: Path) -> None:
    load_knowledge_base(cached_kb)  # the good files kept
    rules = cached_kb / "incumbents.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("separate-service]", "separate-servise]", 1))
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(cached_kb)
    assert "incumbents.yaml" in str(caught.value) and "separate-servise" in str(caught.value)
    assert len(list((cached_kb.parent / "cache").glob("*.kb.pickle"))) == 1  # a failing base is never kept


def _no_build(*_: object) -> None:
    raise AssertionError("built again")


def test_indexes_read_back_answer_as_built_ones(cached_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_cache, "DATA_DIR", cached_kb)
    kb = load_knowledge_base(cached_kb)
    built = Engine(kb)
    index_cache.default_indexes(kb)  # built and kept
    monkeypatch.setattr(index_cache, "build_index", _no_build)
    monkeypatch.setattr(index_cache, "cue_index", _no_build)
    kept = Engine(kb, index_cache.default_indexes(kb))
    for text in ASKED:
        assert kept.parser.parse(text) == built.parser.parse(text), text
        assert kept.ask(text) == built.ask(text), text
        assert kept.intents.detect(text) == built.intents.detect(text), text
        assert Conversation(kept).turn(text) == Conversation(built).turn(text), text


def test_indexes_are_built_again_for_an_edited_file_or_a_damaged_cache(
    cached_kb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_cache, "DATA_DIR", cached_kb)
    kb = load_knowledge_base(cached_kb)
    index_cache.default_indexes(kb)
    (kept,) = (cached_kb.parent / "cache").glob("*.indexes.pickle")
    kept.write_bytes(kept.read_bytes()[:5000])
    built: list[str] = []
    real = index_cache.build_index

    def counted(base: object) -> object:
        built.append("wordings")
        return real(base)  # type: ignore[arg-type]

    monkeypatch.setattr(index_cache, "build_index", counted)
    index_cache.default_indexes(kb)
    assert built == ["wordings"]  # the damaged file read as none
    lexicon = cached_kb / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    index_cache.default_indexes(load_knowledge_base(cached_kb))
    assert built == ["wordings", "wordings"]  # another key: not the kept indexes
    assert len(list((cached_kb.parent / "cache").glob("*.indexes.pickle"))) == 2
