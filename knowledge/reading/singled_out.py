"""A message that tells of the whole system, then asks about one part of it alone ("our platform has a customer
admin and reporting, but for the payment-callback receiver specifically: which framework?"): what it says before the
part is the rest of the system, cut out before reading (vocabulary.yaml `singled_out`). The pick is for the problem
asked about (000 "Final recommendation"); the seeds pair a Django admin with a FastAPI service (003 "Deployment
patterns"), so the part may differ from the whole."""

from __future__ import annotations

import re
from collections.abc import Collection

from knowledge.base.singled_out_cues import SingledOutCues
from knowledge.reading.word_runs import WordRuns

_WORD = re.compile(r"[a-z0-9]+")


class SingledOut:
    """Built once per vocabulary; `cut` returns the normalised message from the part it singles out on."""

    def __init__(self, cues: SingledOutCues | None, rewrites: dict[str, str], frameworks: Collection[str]) -> None:
        self._cues = cues
        self._leads = WordRuns.of_phrases(cues.leads, rewrites) if cues else WordRuns(())
        self._before = WordRuns.of_phrases(cues.narrowed_before, rewrites) if cues else WordRuns(())
        self._after = WordRuns.of_phrases(cues.narrowed_after, rewrites) if cues else WordRuns(())
        self._frameworks = frozenset(frameworks)

    def cut(self, norm: str) -> str:
        cues = self._cues
        if cues is None:
            return norm
        tokens = list(_WORD.finditer(norm))
        said = [t.group() for t in tokens]
        if not (self._after.may_start_in(said) or self._before.may_start_in(said)) or not self._leads.may_start_in(
            said
        ):
            return norm
        for at in self._leads.openings(said):
            lead = self._leads.at(said, at)
            if not lead or at == 0 or not self._asks_part(said, at, lead, cues):
                continue
            if not self._frameworks.isdisjoint(said[:at]):  # what runs is said there: the whole keeps its reading
                return norm
            return " " + norm[tokens[at].start() :]
        return norm

    def _asks_part(self, said: list[str], at: int, lead: int, cues: SingledOutCues) -> bool:
        """The part after the lead at `at` is narrowed ('… specifically', 'just for …') and a question follows."""
        start = at + lead
        if start < len(said) and said[start] in cues.idioms:  # "just for the record, …": no part named
            return False
        before = any(self._before.at(said, i) and i + self._before.at(said, i) == at for i in range(max(0, at - 2), at))
        for end in range(start + 1, min(len(said), start + cues.part_reach + 1)):
            part = said[start:end]
            if not cues.wholes.isdisjoint(part) or not self._frameworks.isdisjoint(part):
                return False
            narrowed = self._after.at(said, end)
            if narrowed or before:
                rest = end + narrowed
                return not cues.questions.isdisjoint(said[rest : rest + cues.question_reach])
        return False
