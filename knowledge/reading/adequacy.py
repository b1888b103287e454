"""A measured quality said to be good enough today ("our p95 is fine", "throughput has been totally ok") is no
need for more of it, unless said to hold only for now ("latency is fine now, but …"); see vocabulary.yaml
`adequate`."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from knowledge.base.models import Vocabulary
from knowledge.reading.lists import NEED_KINDS
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns

_FOR_NOW_REACH = 3  # "is fine for the moment", "is ok right now": right after the verdict


class Adequacy:
    """Built once per vocabulary, with each requirement's category."""

    def __init__(self, vocab: Vocabulary, categories: Mapping[str, str]) -> None:
        cues = self._cues = vocab.adequate
        self._copulas, self._verdicts, self._for_now = (
            WordRuns(cues.copulas),
            WordRuns(cues.verdicts),
            WordRuns(cues.for_now),
        )
        self._measured = frozenset(req for req, category in categories.items() if category in cues.categories)

    def read(self, clause: Clause) -> None:
        """Negate the measured qualities the clause says are good enough."""
        raw, msg = clause.raw, clause.msg
        if not (self._copulas.may_start_in(raw) and self._verdicts.may_start_in(raw)):
            return  # (most clauses: no copula or no verdict word, so no verdict to find)
        for at in self._copulas.openings(raw):  # (a verdict opens on a copula: the other words are passed over)
            said = at > 0 and self._verdict_after(raw, at)
            if not said:
                continue
            for match in clause.matches:
                if not (0 <= at - match.end <= self._cues.subject_gap and NEED_KINDS.intersection(match.kinds)):
                    continue
                for need, mention in list(msg.requirements.items()):
                    if need in self._measured and mention.text == match.surface and not mention.negated:
                        msg.requirements[need] = dataclasses.replace(mention, negated=True, wish=False)

    def _verdict_after(self, raw: list[str], at: int) -> bool:
        """A copula at word `at`, then a verdict of good enough not limited to now."""
        n = self._copulas.at(raw, at)
        if not n:
            return False
        end = at + n
        while end < len(raw) and raw[end] in self._cues.fillers:
            end += 1
        verdict = self._verdicts.at(raw, end)
        return bool(verdict) and not self._for_now.anywhere(raw, end + verdict, end + verdict + _FOR_NOW_REACH)
