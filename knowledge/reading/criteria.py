"""Criteria named without their values ("we'll weigh performance, ecosystem and hiring", "columns for async,
batteries and community"): what a choice will be scored on, not what the project needs, so a need's words in
such a list name no need (vocabulary.yaml `criteria`)."""

from __future__ import annotations

from knowledge.base.criteria import CriteriaCues
from knowledge.base.text import phrase_words
from knowledge.reading.phrases import Match
from knowledge.reading.state import UNENDED, ClauseState, MessageState


class CriteriaLists:
    """Built once per vocabulary; marks where in a clause a list of criteria runs."""

    def __init__(self, cues: CriteriaCues | None, rewrites: dict[str, str]) -> None:
        self._cues = [phrase_words(cue, rewrites) for cue in (cues.cues if cues else ())]
        self._by_first: dict[str, list[tuple[str, ...]]] = {}  # (common first words: "our criteria", "key factors")
        for cue in self._cues:
            if cue:
                self._by_first.setdefault(cue[0], []).append(cue)
        self._firsts = frozenset(self._by_first)
        self._not_before = frozenset(w for word in (cues.not_before if cues else ()) for w in phrase_words(word))
        self._item_words = cues.item_words if cues else 0
        self._poles = frozenset(cues.poles if cues else ())
        self._pole_words = cues.pole_words if cues else 0
        self._use_openers = frozenset(w for word in (cues.use_openers if cues else ()) for w in phrase_words(word))

    def open(self, msg: MessageState, state: ClauseState, raw: list[str], matches: list[Match]) -> None:
        """Where the list starts in this clause: after a cue in it, or at its start when the sentence's last
        clause was the list and this one is short enough to be its next item, or when the clause only sets two
        ends of a trade-off against each other."""
        end = self._cue_end(raw)
        if self._two_poles(raw, matches):
            # "short term vs long term:": both ends named, the rest of the message decides; no list goes on
            state.criteria_at, state.poles = 0, True
        elif end >= 0:
            state.criteria_at = end
        elif msg.criteria_open and len(raw) <= self._item_words:
            state.criteria_at = 0
        if state.criteria_at >= 0:
            # "which is better for chat and websockets": what follows names the use, so the need is said
            state.criteria_to = next(
                (at for at in range(state.criteria_at, len(raw)) if raw[at] in self._use_openers), UNENDED
            )

    def close(self, msg: MessageState, state: ClauseState) -> None:
        # two poles set against each other end the list; a use said ("a matrix for our review, cost, community")
        # ends it only in its own clause, and short clauses after it may still be its items
        msg.criteria_open = state.criteria_at >= 0 and not state.poles

    def _two_poles(self, raw: list[str], matches: list[Match]) -> bool:
        """'prototype speed vs long term': a pole word with a short side on each hand and nothing else; not when a
        framework is a side ('flask vs django' compares picks) or the word is inside a phrase ('fastapi vs
        starlette' read as one term)."""
        if self._poles.isdisjoint(raw):
            return False  # (a set test: most clauses weigh nothing against anything)
        at = next(i for i, word in enumerate(raw) if word in self._poles)
        if any("framework" in m.kinds or m.start <= at < m.end for m in matches):
            return False
        return 0 < at <= self._pole_words and 0 < len(raw) - at - 1 <= self._pole_words

    def _cue_end(self, raw: list[str]) -> int:
        if self._firsts.isdisjoint(raw):
            return -1  # (a set test: most clauses name no criteria)
        end = -1
        for at, word in enumerate(raw):
            if word not in self._firsts:
                continue
            for cue in self._by_first[word]:
                stop = at + len(cue)
                if tuple(raw[at:stop]) == cue and (stop == len(raw) or raw[stop] not in self._not_before):
                    end = max(end, stop)
        return end
