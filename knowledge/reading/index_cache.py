"""The default knowledge base's two phrase indexes (its wordings, the intents' cues) kept as one pickle (see
knowledge/base/pickles.py): building them is most of building an engine (about 100 ms of a cold `ask`), reading
them back a quarter of that. The key holds all they are built from: the YAML files, the source of knowledge/base
and knowledge/reading, and the stemmer's version. They are kept as built, before any message fills their caches."""

from __future__ import annotations

from pathlib import Path

import Stemmer

from knowledge.base import pickles
from knowledge.base.kb import KnowledgeBase
from knowledge.base.loader import DATA_DIR, source_texts
from knowledge.reading.intents import cue_index
from knowledge.reading.phrases import PhraseIndex
from knowledge.reading.tagging import build_index

_READING = Path(__file__).parent


def default_indexes(kb: KnowledgeBase) -> tuple[PhraseIndex, PhraseIndex]:
    """`(build_index(kb), cue_index(kb))` for the default knowledge base `kb`, read back when kept."""
    try:
        code = [f"{path.name}\n{path.read_text(encoding='utf-8')}" for path in sorted(_READING.glob("*.py"))]
        inputs = [*source_texts(sorted(DATA_DIR.glob("*.yaml"))), *code, f"stemmer {Stemmer.version()}"]
        stored = pickles.keyed(inputs, ".indexes.pickle")
    except (OSError, UnicodeDecodeError):
        stored = None  # (the knowledge base was read: only a source file gone meanwhile) built each time
    kept = pickles.read(stored, tuple)
    if kept is not None and len(kept) == 2 and all(isinstance(index, PhraseIndex) for index in kept):
        return kept[0], kept[1]
    built = (build_index(kb), cue_index(kb))
    pickles.write(stored, built)
    return built
