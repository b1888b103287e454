"""The evaluation's own data: every case and thread in `bench/eval/` cites a seed file and a section of it that
exists, names known kinds and frameworks, and has an id of its own. Only the files' shape is read here, never how the
bot answers them (held-out outcomes stay unseen)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.eval.run import KINDS
from knowledge.engine import Engine
from tests.conftest import SEEDS_DIR

EVAL_DIR = Path(__file__).resolve().parents[1] / "bench" / "eval"
needs_seeds = pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="../shared/seeds is not beside this checkout")


def _entries() -> list[tuple[str, dict[str, Any]]]:
    """(file, case or thread) for every YAML file of every part."""
    entries = []
    for path in sorted(EVAL_DIR.glob("*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        name = f"{path.parent.name}/{path.name}"
        entries += [(name, entry) for key in ("cases", "threads") for entry in data.get(key) or []]
    return entries


def _headings(section: str) -> list[str]:
    """The headings a citation names, outermost first: 'A > B', 'A / B' and 'A; C' cite each part."""
    return [part.strip().lower() for part in re.split(r"\s+>\s+|\s+/\s+|;\s*", section) if part.strip()]


ENTRIES = _entries()


@needs_seeds
def test_every_case_cites_a_seed_section_that_exists() -> None:
    seeds = {path.name: path.read_text(encoding="utf-8").lower() for path in SEEDS_DIR.glob("*.txt")}
    wrong = []
    for name, entry in ENTRIES:
        source = entry.get("source") or {}
        text = seeds.get(str(source.get("seed")))
        headings = _headings(str(source.get("section") or ""))
        if text is None or not headings or any(heading not in text for heading in headings):
            wrong.append(f"{name} {entry.get('id')}: {source}")
    assert not wrong, "\n".join(wrong[:20])


def test_ids_are_unique_across_every_part() -> None:
    seen: dict[str, str] = {}
    clashes = []
    for name, entry in ENTRIES:
        if entry["id"] in seen:
            clashes.append(f"{entry['id']} in {name} and {seen[entry['id']]}")
        seen.setdefault(entry["id"], name)
    assert not clashes, clashes[:10]


def test_cases_name_known_kinds_and_frameworks(engine: Engine) -> None:
    known = set(engine.kb.frameworks)
    wrong = []
    for name, entry in ENTRIES:
        steps = entry.get("turns", [entry])
        if "turns" not in entry and entry.get("kind") not in KINDS:
            wrong.append(f"{name} {entry['id']}: kind {entry.get('kind')}")
        for step in steps:
            accept = [str(fw) for fw in step.get("accept") or []]
            if set(accept) - known or not (accept or step.get("clarify")):  # (a question back may list picks too)
                wrong.append(f"{name} {entry['id']}: accept {accept}")
            if step.get("prefer") and step["prefer"] not in accept:
                wrong.append(f"{name} {entry['id']}: prefer {step['prefer']} is not accepted")
    assert not wrong, "\n".join(wrong[:20])
