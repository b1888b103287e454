"""Needs read as one list: negated together after a need's own negated phrase ("dont need a ui, docs or a
validation lib"), or a framework's parts appraised together ("djangos templates, admin and structure feel like
overkill"). A list runs on over list words between its items, and over a comma (clause_opening.py carries it)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from knowledge.base.models import Vocabulary
from knowledge.base.text import phrase_words
from knowledge.reading.appraisal import Appraisal
from knowledge.reading.lists import listed_on
from knowledge.reading.result import RequirementMention
from knowledge.reading.state import Clause, NeedRun


class NeedRuns:
    """Built once per vocabulary, with the appraisal words it asks."""

    def __init__(self, vocab: Vocabulary, appraisal: Appraisal) -> None:
        self._appraisal = appraisal
        self._list_gap = vocab.roles.list_gap
        self._joiners = vocab.scope.scope_keepers
        self._list_negators: dict[str, list[tuple[str, ...]]] = {}  # by first word: tried on every need's words
        for cue in vocab.scope.list_negators:
            said = phrase_words(cue, vocab.rewrites)
            self._list_negators.setdefault(said[0], []).append(said)

    def run_on(self, clause: Clause, pos: int, gap: list[str]) -> NeedRun | None:
        """The list of needs this match goes on with: the previous match ended it, with only list words since and a
        joiner among them ('or', 'and'), or it was carried over a comma to the clause's start."""
        state = clause.state
        run = state.run
        previous_end = clause.matches[pos - 1].end if pos else 0
        if (
            run is None
            or state.run_end != previous_end
            or not listed_on(gap, self._list_gap, loose=bool(run.owner))
            or (pos and not self._joiners.intersection(gap))  # "no rewrite allowed for 3 years"
        ):
            state.run = None
            return None
        return run

    def grow(
        self, clause: Clause, pos: int, before: Mapping[str, str], run: NeedRun | None, new: list[RequirementMention]
    ) -> None:
        """Start or grow the list of needs this match is in: one opened by a need's own negated phrase ('no gui,
        admin or graphql'), or a framework's parts, dropped once appraised ('djangos templates, admin and
        structure feel like overkill')."""
        state, raw, match = clause.state, clause.raw, clause.matches[pos]
        if run is None:
            words = tuple(raw[match.start : match.end])
            cues = self._list_negators.get(words[0], ())
            if not state.negating and any(words[: len(cue)] == cue for cue in cues):
                run = NeedRun(negated=True)  # "dont need a ui, docs …": the need stands, the list is negated
            elif self._negated_first(clause, match.start):
                run = NeedRun(negated=True)  # "neither a shop, a blog, nor a tool": the cue's first need opens it
            elif (owner := self._appraisal.owner(raw, match, before, clause.msg.previous_raw)) is not None:
                run = NeedRun(owner=owner)
            else:
                return
        run.mentions += new
        state.run, state.run_end = run, match.end
        if run.owner and self._appraisal.judged_after(raw, match.end):
            self._appraise(clause, run, oversized=self._appraisal.oversized_after(raw, match.end))

    def _negated_first(self, clause: Clause, start: int) -> bool:
        """The first need right after a negation cue, only list words between ('not a shop'); a need a verb
        stands before ('nobody wants to rebuild validation') is not a list the cue opens."""
        state = clause.state
        if not state.negating or state.negated_since_cue or state.setting_aside or state.denying:
            return False
        cue_end = state.excluding  # where the negation cue ended
        return 0 <= cue_end <= start and listed_on(clause.raw[cue_end:start], self._list_gap, loose=False)

    @staticmethod
    def _appraise(clause: Clause, run: NeedRun, *, oversized: bool) -> None:
        """A framework's parts appraised are said of it, not asked for; judged more than the job needs ("feel
        like overkill"), they are not wanted."""
        msg, state = clause.msg, clause.state
        for mention in run.mentions:
            if msg.requirements.get(mention.id) is mention:
                del msg.requirements[mention.id]
                if oversized:
                    msg.requirements[mention.id] = dataclasses.replace(mention, negated=True, wish=False)
            msg.extensions.pop((run.owner or "", mention.id), None)
        state.found = [m for m in state.found if m not in run.mentions]
        state.run = None
