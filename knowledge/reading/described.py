"""Frameworks asked for by what the sources say they are rather than by name ("async flask?" asks for Quart):
frameworks.yaml `described_as`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import words
from knowledge.reading.noun_search import NounSearch


class Descriptions:
    def __init__(self, kb: KnowledgeBase) -> None:
        self._by_words: dict[str, str] = {
            " ".join(words(said)): fw.id for fw in kb.frameworks.values() for said in fw.described_as
        }
        spelled = sorted(self._by_words, key=len, reverse=True)
        # tried only where a description's first word is written: a leading \b keeps the regex engine trying
        # every position of a long paste
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, spelled)) + r")\b")
        self._search = NounSearch(pattern, spelled) if spelled else None

    def find(self, said: Sequence[str]) -> tuple[str, ...]:
        """The frameworks the message describes (`said`: its normalised words), in order, each once."""
        if self._search is None:
            return ()
        found = (m.group(1) for m in self._search.finditer(" ".join(said)))
        return tuple(dict.fromkeys(self._by_words[phrase] for phrase in found))
