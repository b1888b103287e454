"""What a message tells of an earlier project before turning to the new build ("years ago i built a 200-model
django monolith. now i need one tiny service", "the old app's admin was slow; this time it's a webhook receiver"),
cut out before reading: vocabulary.yaml `earlier_projects`. The choice is made for the problem asked about
(000 "Final recommendation"); an old project's features, sizes and complaints describe another system."""

from __future__ import annotations

import re

from knowledge.base.earlier_project_cues import EarlierProjectCues
from knowledge.reading.word_runs import WordRuns

_WORD = re.compile(r"[a-z0-9]+")
_OBSERVING_REACH = 3  # "last time we actually checked": the looking verb a word or two after the frame
_CLAUSE_MARK = re.compile(r"[.!?;:,()\[\]\u2014\u2013]|\s-\s")  # where the earlier project's clause may open


class EarlierProjects:
    """Built once per vocabulary; `cut` returns the normalised message without what it says of an earlier project."""

    def __init__(self, cues: EarlierProjectCues | None, rewrites: dict[str, str]) -> None:
        self._cues = cues
        self._frames = WordRuns.of_phrases(cues.frames, rewrites) if cues else WordRuns(())
        self._old = WordRuns.of_phrases(cues.old_things, rewrites) if cues else WordRuns(())
        self._turns = WordRuns.of_phrases(cues.turns, rewrites) if cues else WordRuns(())
        self._new = WordRuns.of_phrases(cues.new_builds, rewrites) if cues else WordRuns(())
        self._ongoing = WordRuns.of_phrases(cues.ongoing, rewrites) if cues else WordRuns(())
        self._replacing = WordRuns.of_phrases(cues.replacing, rewrites) if cues else WordRuns(())

    def cut(self, norm: str) -> str:
        cues = self._cues
        if cues is None:
            return norm
        tokens = list(_WORD.finditer(norm))
        said = [t.group() for t in tokens]
        if not (self._frames.may_start_in(said) or self._old.may_start_in(said)):
            return norm
        if self._replacing.anywhere(said):  # "the old app is flask; now we port it": the old one is what runs
            return norm
        for i in range(len(said)):
            strong = self._frames.at(said, i)
            if (not strong and not self._old.at(said, i)) or (i and said[i - 1] in cues.likeness):
                continue  # ("like last time, …": the earlier project compared, its needs carried over)
            if strong and not cues.observing.isdisjoint(said[i + strong : i + strong + _OBSERVING_REACH]):
                continue  # "last time we checked, …": a look at the system asked about
            turn = self._turn_after(said, i + 1, any_turn=bool(strong))
            if turn is None:
                continue
            if self._ongoing.anywhere(said[i:turn]):  # "… and it now has 2k customers. now we need": still running
                return norm
            begin = self._clause_start(norm, tokens[i].start())
            return norm[:begin] + " " + norm[tokens[turn].start() :]
        return norm

    def _turn_after(self, said: list[str], start: int, *, any_turn: bool) -> int | None:
        """The first word after `start` opening a turn to the new build: any turn after an earlier project, only
        one naming a new build after an old thing ('the old app …, now we add' is the same app)."""
        for j in range(start, len(said)):
            if self._new.at(said, j) or (any_turn and self._turns.at(said, j)):
                return j
        return None

    @staticmethod
    def _clause_start(norm: str, at: int) -> int:
        """After the last clause mark before `at` ('we're 4 devs, and last time …' keeps the head count)."""
        marks = list(_CLAUSE_MARK.finditer(norm, 0, at))
        return marks[-1].end() if marks else 0
