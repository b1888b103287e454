"""A rebuild refused should the first version succeed ("we don't want to rebuild the whole thing if they sign"):
the MVP must grow into the product, read as the need vocabulary.yaml `growth_hedges` names."""

from __future__ import annotations

from knowledge.base.growth_hedge_cues import GrowthHedgeCues
from knowledge.reading.result import Mentions
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns


class GrowthHedges:
    """Built once per vocabulary; `read` rereads one clause."""

    def __init__(self, cues: GrowthHedgeCues | None, mentions: Mentions) -> None:
        self._cues = cues
        self._refusals = WordRuns(cues.refusals if cues else ())
        self._rebuilds = WordRuns(cues.rebuilds if cues else ())
        self._conditions = WordRuns(cues.conditions if cues else ())
        self._successes = WordRuns(cues.successes if cues else ())
        self._standing = WordRuns(cues.standing if cues else ())
        self._mentions = mentions

    def read(self, clause: Clause) -> None:
        """A refusal, a rebuild, a condition and a success, each within reach of the one before: the need."""
        cues, raw, msg = self._cues, clause.raw, clause.msg
        if cues is None or cues.need in msg.requirements:
            return
        for start in self._refusals.openings(raw):
            size = self._refusals.at(raw, start)
            rebuild = self._next(self._rebuilds, raw, start + size, cues.reach) if size else None
            condition = self._next(self._conditions, raw, rebuild, cues.reach) if rebuild is not None else None
            end = self._next(self._successes, raw, condition, cues.success_reach) if condition is not None else None
            if end is not None and not self._stands(raw, condition or 0, end):
                clause.add_unsaid(self._mentions({"requirement": cues.need}, " ".join(raw[start:end]), False))
                return

    def _stands(self, raw: list[str], condition: int, end: int) -> bool:
        """A word of how things stand between the condition and just past the success ('when it works just fine',
        'if it still works'): a running system's present, not a first version's success to come."""
        return any(self._standing.at(raw, at) for at in range(condition, min(len(raw), end + 2)))

    @staticmethod
    def _next(runs: WordRuns, raw: list[str], start: int, reach: int) -> int | None:
        """Where the first of `runs` opening within `reach` words of `start` ends, if one does."""
        for at in range(start, min(len(raw), start + reach + 1)):
            size = runs.at(raw, at)
            if size:
                return at + size
        return None
