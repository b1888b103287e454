"""A need's word with two senses (requirements' `sense_checks`): counted as the need only with a word confirming
that sense near it ('the api docs are stale'), loosely or not at all without one ('the wiki docs explain it')."""

from __future__ import annotations

import re

from knowledge.base.kb import KnowledgeBase
from knowledge.base.requirements import SenseCheck
from knowledge.base.text import normalize, stem, stems, words
from knowledge.reading.phrases import Match
from knowledge.reading.state import Clause

__all__ = ["SenseChecks"]

_OTHER_REACH = 2  # "a little burst", "a small, brief burst": the other sense's word right before the word
_COUNT = re.compile(r"^(\d+)([km]?)$")  # "3000", "20k", "2m"
_SCALE = {"": 1, "k": 1_000, "m": 1_000_000}


class SenseChecks:
    """The knowledge base's two-sense words; built once per need reader."""

    def __init__(self, kb: KnowledgeBase) -> None:
        # (the word as typed, the need) -> (the check, its confirming stems, its other-sense stems)
        self._checks: dict[tuple[str, str], tuple[SenseCheck, frozenset[str], frozenset[str]]] = {}
        for req in kb.requirements.values():
            for check in req.sense_checks:
                confirm = frozenset(map(stem, check.confirm))
                other = frozenset(map(stem, check.other))
                for said in check.said:
                    self._checks[(said, req.id)] = (check, confirm, other)
        self._read: tuple[str, list[str], frozenset[str]] = ("", [], frozenset())  # the last message's words
        self._counted: tuple[list[str], int] = ([], 0)  # the last message's words, their largest count

    def verdict(self, clause: Clause, match: Match, need: str) -> str | None:
        """None when the word is in the need's sense here (or has one sense only); else the check's `unconfirmed`
        ('weak' or 'none'), or 'none' when a word of the other sense stands right before it."""
        found = self._checks.get((match.surface, need))
        if found is None:
            return None
        check, confirm, other = found
        before = clause.stems[max(0, match.start - _OTHER_REACH) : match.start]
        if not other.isdisjoint(clause.stems if check.other_in_clause else before):
            return "none"
        # the whole message may confirm it ("a public api for geocoding. the docs are our sales tool"); the word's
        # own occurrence does not, but the same word said again may ("docs, docs, docs for the api")
        said, stems = self._message(clause.msg.text)
        if not confirm.isdisjoint(stems):
            return None
        if check.count_at_least is not None and self._largest_count(said) >= check.count_at_least:
            return None
        return check.unconfirmed

    def _largest_count(self, said: list[str]) -> int:
        """The largest count among the message's words `said` (0: none), found once with the words (`_message`):
        a paste's every unconfirmed two-sense word asks it of the same 700 words."""
        if self._counted[0] is not said:
            self._counted = (said, max(map(_count, said), default=0))
        return self._counted[1]

    def _message(self, text: str) -> tuple[list[str], frozenset[str]]:
        """The message's words and their stems, read once per message."""
        if self._read[0] != text:
            said = list(words(normalize(text)))  # (lower-cased: 'UI', 'Vue' confirm as 'ui', 'vue' do)
            self._read = (text, said, frozenset(stems(said)))  # (stems looked up in C: 700 words a paste)
        return self._read[1], self._read[2]


def _count(word: str) -> int:
    """'20k' -> 20000; a word that is no count -> 0."""
    found = _COUNT.match(word)
    return int(found.group(1)) * _SCALE[found.group(2)] if found else 0
