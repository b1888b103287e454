"""Facts scoped to the system they describe (vocabulary.yaml `neighbours`): in "the old ERP is huge with 60 devs on
it; we need a thin adapter beside it", the ERP's size and team are not the adapter's."""

from __future__ import annotations

import re

from knowledge.base.neighbour_cues import NeighbourCues
from knowledge.reading.alternation import alternatives

# a clause ends at sentence punctuation, a semicolon or a spaced dash ("our legacy monolith: 25 devs" is one clause)
_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_END = re.compile(r"[.;!?]+(?:\s|$)|\s[-\u2013\u2014]+\s")


class Neighbours:
    """The message's text with the clauses about a neighbouring system blanked, for reading sizes and head counts."""

    def __init__(self, cues: NeighbourCues | None) -> None:
        self._other = self._fresh = None
        self._systems: frozenset[str] = cues.systems if cues is not None else frozenset()
        self._reach = cues.reach if cues is not None else 0
        self.scoped: frozenset[str] = frozenset(cues.scoped) if cues is not None else frozenset()
        self._same: re.Pattern[str] | None = None
        if cues is not None and cues.same_builders:
            self._same = re.compile(r"\b(?:" + alternatives([" ".join(run) for run in cues.same_builders]) + r")\b")
        if cues is not None:
            self._other = re.compile(r"\b(?:" + alternatives([" ".join(run) for run in cues.other]) + r")\b")
            self._fresh = re.compile(r"\b(?:" + alternatives([" ".join(run) for run in cues.fresh]) + r")\b")

    def own_text(self, norm: str) -> str:
        """`norm` with each clause about another system (and not the new one) blanked, when another clause is about
        the new system only; otherwise `norm` as is. Offsets are kept."""
        if self._other is None or self._fresh is None or not self._about_other(norm, 0, len(norm)):
            return norm
        spans, start = [], 0
        for end in _CLAUSE_END.finditer(norm):
            spans.append((start, end.start()))
            start = end.end()
        spans.append((start, len(norm)))
        other = [(a, b) for a, b in spans if self._about_other(norm, a, b) and not self._fresh.search(norm, a, b)]
        fresh = any(self._fresh.search(norm, a, b) and not self._about_other(norm, a, b) for a, b in spans)
        if not other or not fresh:
            return norm
        out = list(norm)
        for a, b in other:
            out[a:b] = " " * (b - a)
        return "".join(out)

    def same_builders(self, norm: str) -> bool:
        """'same org', 'the same team': the other system's people build the new one too."""
        return self._same is not None and self._same.search(norm) is not None

    def _about_other(self, norm: str, start: int, end: int) -> bool:
        """Whether norm[start:end] holds an `other` mark said of a system: the mark's last word or one of the
        `reach` words after it is a system noun ('the old php app'; not 'our old team lead')."""
        assert self._other is not None
        for mark in self._other.finditer(norm, start, end):
            ahead = _WORD.findall(norm, mark.start(), end)  # ("our legacy monolith: 25 devs": the colon dropped)
            if not self._systems.isdisjoint(ahead[: len(mark.group().split()) + self._reach]):
                return True
        return False

    @staticmethod
    def only_beside(surface: str, norm: str, own: str) -> bool:
        """Whether every phrase of `surface` ('40 engineers', 'monolith') is said in `norm` only where `own` is
        blanked: in a clause about the other system."""
        parts = [part for part in surface.split(", ") if part]
        return bool(parts) and own != norm and all(part in norm and part not in own for part in parts)
