"""The default engine is kept whole in the cache directory (knowledge/engine_cache.py): what is read back answers
exactly as what is built, its regexes are the very patterns compiled, its phrase trees walk alike, an edit to any
YAML file or any module under knowledge/ keys another file, a damaged file is built again, and a start with caching
off still builds."""

from __future__ import annotations

import io
import pickle
import re
import shutil
from pathlib import Path

import pytest

from knowledge import engine as engine_module
from knowledge import engine_cache
from knowledge.base import yaml_cache
from knowledge.base.loader import load_knowledge_base
from knowledge.engine import Engine
from knowledge.reading.phrase_tree import Node
from knowledge.reasoning.conversation import Conversation

ASKED = [
    "a booking site for a dental clinic, receptionists edit the appointments, two devs",
    "our flask service hits five partner apis per request and times out; would quart help?",
    "no admin screens needed, just a json api that mobile clients call, with swagger",
    "hmm we're on django 3 w/ celery, thinking about moving the public api to fastapi",
    "we need websockets and an admin panel, 🚀 <!here> & <@U123> lots of forms and a cms",
    "anything except django - ML inference API with 40 python developers, 5k rps at peak",
]


def _patterns(value: object) -> list[re.Pattern[str]]:
    """Every compiled regex reachable from `value`, in the order pickling meets them."""
    found: list[re.Pattern[str]] = []

    class Finder(pickle.Pickler):
        def reducer_override(self, obj: object) -> object:
            if isinstance(obj, re.Pattern):
                found.append(obj)
            return NotImplemented

    Finder(io.BytesIO(), protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return found


def _not_plain(pattern: re.Pattern[str]) -> None:
    raise AssertionError(f"kept as its pattern, to be compiled again: {pattern.pattern[:80]!r}")


def test_an_engine_read_back_answers_as_a_built_one(cached_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = Engine(load_knowledge_base(cached_kb))
    monkeypatch.setattr(engine_cache, "_PLAIN", _not_plain)  # every regex is kept with its code
    kept_at = engine_cache.engine_path(cached_kb)
    engine_cache.write(kept_at, built)
    assert kept_at is not None and kept_at.exists()
    kept = engine_cache.read(kept_at, Engine)
    assert kept is not None and kept is not built
    before, after = _patterns(built), _patterns(kept)
    assert len(before) == len(after) > 50
    for compiled, read_back in zip(before, after, strict=True):
        assert read_back == compiled  # the same pattern, flags and compiled code
        assert read_back.groupindex == compiled.groupindex and read_back.groups == compiled.groups
    for text in ASKED:
        assert kept.parser.parse(text) == built.parser.parse(text), text
        assert kept.ask(text) == built.ask(text), text
        assert kept.intents.detect(text) == built.intents.detect(text), text
        assert Conversation(kept).turn(text) == Conversation(built).turn(text), text


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<count>\d+)\s*(?:k|thousand)?\s+(?P<unit>users?|rps)\b", 0),
        (r"(?i)micro\s*services?|(?<![a-z])api(?![a-z])", 0),
        (
            r"""# verbose
             (?P<a>x) | y  (?(a)z|w)""",
            re.VERBOSE | re.IGNORECASE,
        ),
        (r"[a-zé’]+(?=\W)", re.ASCII),
        (rb"\x00(?P<b>[\x01-\x7f]+)", 0),
    ],
)
def test_a_pattern_round_trips_to_the_same_compiled_pattern(
    pattern: str | bytes, flags: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_cache, "_PLAIN", _not_plain)
    compiled = re.compile(pattern, flags)
    buffer = io.BytesIO()
    engine_cache._pickler(buffer).dump({"p": compiled})
    read_back = pickle.loads(buffer.getvalue())["p"]
    assert read_back == compiled and read_back.groupindex == compiled.groupindex
    text = "x 12 thousand users hit the API, ok \x00abc" if isinstance(pattern, str) else b"\x00abc"
    assert [m.span() for m in read_back.finditer(text)] == [m.span() for m in compiled.finditer(text)]  # type: ignore[arg-type]


def test_an_edited_yaml_file_or_module_keys_another_engine(
    cached_kb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = engine_cache.engine_path(cached_kb)
    lexicon = cached_kb / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    edited = engine_cache.engine_path(cached_kb)
    assert first is not None and edited is not None and edited != first
    code = tmp_path / "knowledge"
    shutil.copytree(Path(engine_cache.__file__).parent, code, ignore=shutil.ignore_patterns("__pycache__", "data"))
    monkeypatch.setattr(engine_cache, "_KNOWLEDGE", code)
    assert engine_cache.engine_path(cached_kb) == edited  # the same sources
    for module in ("reading/sentences.py", "reasoning/advisor.py", "answer/reply.py", "engine.py"):
        source = code / module
        source.write_text(source.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
        again = engine_cache.engine_path(cached_kb)
        assert again is not None and again != edited, module
        edited = again


def test_a_damaged_engine_file_reads_as_none(cached_kb: Path) -> None:
    kept_at = engine_cache.engine_path(cached_kb)
    engine_cache.write(kept_at, Engine(load_knowledge_base(cached_kb)))
    assert kept_at is not None
    kept_at.write_bytes(kept_at.read_bytes()[:20000])  # cut short, as by a full disk
    assert engine_cache.read(kept_at, Engine) is None
    kept_at.write_bytes(b"not a pickle at all")
    assert engine_cache.read(kept_at, Engine) is None


def test_the_default_engine_is_built_once_then_read_back(cached_kb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_cache, "DATA_DIR", cached_kb)
    monkeypatch.setattr(engine_module, "default_knowledge_base", lambda: load_knowledge_base(cached_kb))
    built = engine_module.default_engine.__wrapped__()  # (not the process's own, functools.cache'd one)
    assert len(list((cached_kb.parent / "cache").glob("*.engine.pickle"))) == 1

    def no_build(*_: object) -> None:
        raise AssertionError("built again")

    monkeypatch.setattr(engine_module, "default_knowledge_base", no_build)
    monkeypatch.setattr(engine_module, "default_indexes", no_build)
    kept = engine_module.default_engine.__wrapped__()
    assert kept is not built
    for text in ASKED:
        assert kept.ask(text) == built.ask(text), text


def test_with_caching_off_the_engine_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(yaml_cache.CACHE_ENV, "off")
    assert engine_cache.engine_path() is None
    engine_cache.write(None, object())  # (nothing kept, nothing raised)
    assert engine_cache.read(None, Engine) is None


def test_fewer_engines_than_small_files_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An engine is megabytes: past ENGINES_KEPT the oldest go, while files of other kinds stay to KEEP."""
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(engine_cache, "ENGINES_KEPT", 2)
    for index in range(4):
        yaml_cache.store(tmp_path / f"{index}.kb.pickle", b"kb")
        engine_cache.write(yaml_cache.keyed_path([str(index)], ".engine.pickle"), {"index": index})
    assert len(list(tmp_path.glob("*.engine.pickle"))) == 2
    assert len(list(tmp_path.glob("*.kb.pickle"))) == 4


def _tree(nodes: dict[str, Node]) -> dict[str, object]:
    """A phrase tree as plain data: each word's tagging, spelling flag and the words after it."""
    return {word: (node.tagging, node.spelled, _tree(node.children)) for word, node in nodes.items()}


def test_a_phrase_tree_read_back_walks_as_the_built_one_with_its_leaves_kept_once(cached_kb: Path) -> None:
    built = Engine(load_knowledge_base(cached_kb))
    kept_at = engine_cache.engine_path(cached_kb)
    engine_cache.write(kept_at, built)
    kept = engine_cache.read(kept_at, Engine)
    assert kept is not None
    for index_of in (lambda engine: engine.parser.index, lambda engine: engine.intents._index):
        before, after = index_of(built)._trie, index_of(kept)._trie
        assert _tree(after) == _tree(before)
        leaves = [child for node in after.values() for child in node.children.values() if not child.children]
        assert len({id(leaf) for leaf in leaves}) < len(leaves)  # equal leaves are one object read back
