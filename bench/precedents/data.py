"""The labelled questions the worked-examples model learns from, and the hash of their files' bytes.

Standard library + PyYAML only: the tests import it to check the shipped model was trained on the files as they
are now. The training set is dev plus the analysed held-out sets (bench/eval/run.py's ANALYSED); the sealed
held-out sets (21 and later) are never read here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.eval.run import ANALYSED, HERE

CLARIFY = "clarify"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # (libyaml: 14k cases in seconds, not minutes)
PARTS = ("dev", *sorted(ANALYSED))


@dataclass(frozen=True)
class Case:
    text: str
    labels: tuple[str, ...]  # the acceptable main frameworks, or ("clarify",)
    seed: str
    section: str
    why: str


def training_files() -> list[Path]:
    """Every YAML file of the training parts, in a fixed order."""
    return [path for part in PARTS for path in sorted((HERE / part).glob("*.yaml"))]


def data_hash(files: list[Path] | None = None) -> str:
    """SHA-256 over each training file's path (relative to bench/eval) and bytes."""
    digest = hashlib.sha256()
    for path in training_files() if files is None else files:
        digest.update(path.relative_to(HERE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def cases(files: list[Path] | None = None) -> list[Case]:
    """The labelled one-line cases (thread turns are not trained on)."""
    out = []
    for path in training_files() if files is None else files:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or {}
        for case in data.get("cases") or []:
            labels = (CLARIFY,) if case.get("clarify") else tuple(str(a) for a in case.get("accept") or [])
            if not labels:
                continue
            source = case.get("source") or {}
            out.append(
                Case(
                    str(case["text"]),
                    labels,
                    str(source.get("seed", "")),
                    str(source.get("section", "")),
                    str(case.get("why", "")),
                )
            )
    return out
