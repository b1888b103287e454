"""A rebuild refused should the first version succeed ("we don't want to rebuild the whole thing if they sign"):
the MVP must grow into the product, read as the need vocabulary.yaml `growth_hedges` names."""

from __future__ import annotations

from knowledge.base.growth_hedge_cues import GrowthHedgeCues
from knowledge.reading.result import Mentions
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns

_DENIAL_REACH = 5  # "we do not expect it to ever become": the refusal and its verb before the becoming
_TURNS = frozenset({"but", "though", "however", "yet"})  # "not big now but it becomes …": the denial ends there
# "turn into leads on our platform", "becomes part of the product": a link word puts the noun after it outside what
# the thing becomes
_LINKS = frozenset({"on", "in", "at", "of", "for", "with", "from", "to", "by", "via", "across", "through", "inside"})


class GrowthHedges:
    """Built once per vocabulary; `read` rereads one clause."""

    def __init__(self, cues: GrowthHedgeCues | None, mentions: Mentions) -> None:
        self._cues = cues
        self._refusals = WordRuns(cues.refusals if cues else ())
        self._rebuilds = WordRuns(cues.rebuilds if cues else ())
        self._conditions = WordRuns(cues.conditions if cues else ())
        self._successes = WordRuns(cues.successes if cues else ())
        self._standing = WordRuns(cues.standing if cues else ())
        self._becomings = WordRuns(cues.becomings if cues else ())
        self._products = WordRuns(cues.products if cues else ())
        self._blockers = WordRuns(cues.product_blockers if cues else ())
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
        self._becoming(clause)

    def _becoming(self, clause: Clause) -> None:
        """'if funded it becomes our main paid product': a becoming word, describing words within reach, then the
        product noun (not one describing another thing: 'a product decision')."""
        cues, raw = self._cues, clause.raw
        if cues is None or not clause.told_plainly():
            return  # "leadership wants it to become the product": someone's wish, weighed by its own cue
        for start in self._becomings.openings(raw):
            size = self._becomings.at(raw, start)
            if not size or self._denied(raw, start):
                continue  # "it will never become a product", "we dont want it to become a platform": denied
            for at in range(start + size, min(len(raw), start + size + cues.becoming_reach + 1)):
                if raw[at] in _LINKS:
                    break  # "visitors turn into leads on our sales platform": the product noun is another's setting
                noun = self._products.at(raw, at)
                if noun and not (at + noun < len(raw) and self._blockers.at(raw, at + noun)):
                    surface = " ".join(raw[start : at + noun])
                    clause.add_unsaid(self._mentions({"requirement": cues.need}, surface, False))
                    return

    def _denied(self, raw: list[str], start: int) -> bool:
        """A refusal in the few words before the becoming ('dont want it to become', 'do not expect it to ever
        become'), up to a contrast ('not big now, but it becomes our product' is told)."""
        window = range(max(0, start - _DENIAL_REACH), start)
        after_turn = [at for at in window if raw[at] in _TURNS]
        return any(self._refusals.at(raw, at) for at in window if not after_turn or at > after_turn[-1])

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
