"""The knowledge base's YAML is parsed once per content: the cached parse equals a fresh one, a changed file is
parsed again, and a damaged or unwritable cache falls back to parsing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from knowledge.base import yaml_cache
from knowledge.base.loader import DATA_DIR

TEXT = "rules:\n  - id: a\n    weight: 2\n    tags: &t [x, y]\n    more: *t\n"


def test_a_cached_parse_equals_a_fresh_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    first = yaml_cache.parse(TEXT)
    assert list(tmp_path.glob("*.marshal"))  # kept for the next start
    assert yaml_cache.parse(TEXT) == first == yaml.safe_load(TEXT)


def test_every_knowledge_file_parses_the_same_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    for path in sorted(DATA_DIR.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        yaml_cache.parse(text)
        assert yaml_cache.parse(text) == yaml.safe_load(text), path.name


def test_a_changed_text_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    yaml_cache.parse(TEXT)
    assert yaml_cache.parse(TEXT.replace("weight: 2", "weight: 3"))["rules"][0]["weight"] == 3


def test_a_damaged_cache_file_falls_back_to_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    yaml_cache.parse(TEXT)
    for kept in tmp_path.glob("*.marshal"):
        kept.write_bytes(b"\x00not marshal")
    assert yaml_cache.parse(TEXT) == yaml.safe_load(TEXT)


def test_an_unwritable_cache_or_none_still_parses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(blocked / "cache"))
    assert yaml_cache.parse(TEXT) == yaml.safe_load(TEXT)
    monkeypatch.setenv(yaml_cache.CACHE_ENV, "off")
    assert yaml_cache.parse(TEXT) == yaml.safe_load(TEXT)


def test_a_yaml_mistake_still_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    with pytest.raises(yaml.YAMLError):
        yaml_cache.parse("rules: [unclosed\n")


def test_the_checks_are_skipped_only_for_files_that_passed_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start-up with nothing changed skips the cross-file checks; an edit that breaks a reference is still caught,
    with the file named, although the files before the edit left a marker."""
    from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base

    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path / "cache"))
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    first = load_knowledge_base(data)
    assert list((tmp_path / "cache").glob("*.checked"))
    assert load_knowledge_base(data).rules_by_requirement == first.rules_by_requirement  # from the marker
    rules = data / "incumbents.yaml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("separate-service]", "separate-servise]", 1))
    with pytest.raises(KnowledgeBaseError) as caught:
        load_knowledge_base(data)
    assert "incumbents.yaml" in str(caught.value) and "separate-servise" in str(caught.value)


def test_old_files_of_one_kind_are_pruned_past_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every edit keys new files; the oldest of a kind go once there are more than KEEP, other kinds stay."""
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(yaml_cache, "KEEP", 3)
    other = tmp_path / "0000.kb.pickle"
    other.write_bytes(b"x")
    texts = [TEXT.replace("weight: 2", f"weight: {n}") for n in range(6)]
    for n, text in enumerate(texts):
        yaml_cache.parse(text)
        for path in tmp_path.glob("*.marshal"):  # (mtimes one second apart, oldest first, whatever the clock)
            if not path.stat().st_mtime_ns % 1_000_000_000:
                continue
            os.utime(path, (1_000_000 + n, 1_000_000 + n))
    kept = sorted(tmp_path.glob("*.marshal"))
    assert len(kept) == 3 and other.exists()
    assert {yaml_cache.parse(text)["rules"][0]["weight"] for text in texts} == set(range(6))  # pruned: parsed again
    assert not list(tmp_path.glob("*.tmp"))
