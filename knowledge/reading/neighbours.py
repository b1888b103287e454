"""Facts scoped to the system they describe (vocabulary.yaml `neighbours`): in "the old ERP is huge with 60 devs on
it; we need a thin adapter beside it", the ERP's size and team are not the adapter's."""

from __future__ import annotations

import re

from knowledge.base.neighbour_cues import NeighbourCues
from knowledge.reading.alternation import alternatives

# a clause ends at sentence punctuation, a semicolon or a spaced dash ("our legacy monolith: 25 devs" is one clause)
_CLAUSE_END = re.compile(r"[.;!?]+(?:\s|$)|\s[-\u2013\u2014]+\s")


class Neighbours:
    """The message's text with the clauses about a neighbouring system blanked, for reading sizes and head counts."""

    def __init__(self, cues: NeighbourCues | None) -> None:
        self._other = self._fresh = None
        self.scoped: frozenset[str] = frozenset(cues.scoped) if cues is not None else frozenset()
        if cues is not None:
            self._other = re.compile(r"\b(?:" + alternatives([" ".join(run) for run in cues.other]) + r")\b")
            self._fresh = re.compile(r"\b(?:" + alternatives([" ".join(run) for run in cues.fresh]) + r")\b")

    def own_text(self, norm: str) -> str:
        """`norm` with each clause about another system (and not the new one) blanked, when another clause is about
        the new system only; otherwise `norm` as is. Offsets are kept."""
        if self._other is None or self._fresh is None or self._other.search(norm) is None:
            return norm
        spans, start = [], 0
        for end in _CLAUSE_END.finditer(norm):
            spans.append((start, end.start()))
            start = end.end()
        spans.append((start, len(norm)))
        other = [(a, b) for a, b in spans if self._other.search(norm, a, b) and not self._fresh.search(norm, a, b)]
        fresh = any(self._fresh.search(norm, a, b) and not self._other.search(norm, a, b) for a, b in spans)
        if not other or not fresh:
            return norm
        out = list(norm)
        for a, b in other:
            out[a:b] = " " * (b - a)
        return "".join(out)

    @staticmethod
    def only_beside(surface: str, norm: str, own: str) -> bool:
        """Whether every phrase of `surface` ('40 engineers', 'monolith') is said in `norm` only where `own` is
        blanked: in a clause about the other system."""
        parts = [part for part in surface.split(", ") if part]
        return bool(parts) and own != norm and all(part in norm and part not in own for part in parts)
