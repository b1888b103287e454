"""A part said to amount to a tiny thing ("the back office is one on/off switch after all", "the admin shrank to a
couple of toggles") is a side concern: the needs named before the verb in its clause lean like a wish (003 "When
each wins": the main workload picks the framework); see vocabulary.yaml `shrink_verbs`, `shrink_amounts` and
`scope.small_things`."""

from __future__ import annotations

import dataclasses

from knowledge.base.models import Vocabulary
from knowledge.reading.lists import NEED_KINDS
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns

_AMOUNT_REACH = 5  # "is just a single …": the amount words right after the verb
_THING_REACH = 4  # "one on/off switch" (read "on or off switch"): describing words, then the tiny thing


class Shrinks:
    """Built once per vocabulary."""

    def __init__(self, vocab: Vocabulary) -> None:
        self._verbs = WordRuns(tuple(verb.split()) for verb in vocab.shrink_verbs)
        self._amounts = frozenset(vocab.shrink_amounts)
        self._things = vocab.scope.small_things

    def read(self, clause: Clause) -> None:
        """Hedge the needs the clause names before a verb saying they amount to a tiny thing."""
        raw = clause.raw
        if self._things.isdisjoint(raw):
            return  # (most clauses name no tiny thing)
        for at in self._verbs.openings(raw):
            size = self._verbs.at(raw, at)
            if size and self._tiny_after(raw, at + size):
                parts = {m.surface for m in clause.matches if m.end <= at and NEED_KINDS.intersection(m.kinds)}
                self._hedge(clause, parts)
                return

    def _tiny_after(self, raw: list[str], start: int) -> bool:
        """Amount words from `start`, then a tiny thing a few words on."""
        end = start
        while end < len(raw) and end < start + _AMOUNT_REACH and raw[end] in self._amounts:
            end += 1
        return end > start and not self._things.isdisjoint(raw[end : end + _THING_REACH])

    @staticmethod
    def _hedge(clause: Clause, parts: set[str]) -> None:
        msg, found = clause.msg, clause.state.found
        for i, mention in enumerate(found):
            if parts.intersection(mention.text.split(", ")) and not mention.negated and not mention.wish:
                hedged = dataclasses.replace(mention, wish=True)
                found[i] = hedged
                if msg.requirements.get(mention.id) is mention:
                    msg.requirements[mention.id] = hedged
