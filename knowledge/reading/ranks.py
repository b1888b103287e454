"""Needs ranked by the asker (vocabulary.yaml `ranks`): which clauses of a message sit below its top priority.
A relative heading ("should: …", "p1: …") ranks lower only when the message states a top somewhere.

A heading alone before a colon ranks the colon's list ("P1: …", "should: …"); a clause opening with a rank word
ranks itself ("secondary is …"), once the message ranks at all; a list marker alone ("2.", "(b)") ranks the item
after it when the message said its list is ordered. What is ranked below the top leans as a wish, so a side
concern breaks ties but cannot outvote the top."""

from __future__ import annotations

from knowledge.base.rank_cues import RankCues
from knowledge.reading import leanings
from knowledge.reading.scope import says_run
from knowledge.reading.state import MessageState

LOWER, TOP, DROPPED = "lower", "top", "dropped"


class Ranks:
    """Built once per vocabulary; `enter` before each clause is read, `settle` after."""

    def __init__(self, cues: RankCues | None) -> None:
        self._cues = cues
        self._marks = cues.first_marks | cues.later_marks if cues else frozenset()  # (joined once, not per clause)

    def heading(self, raw: list[str], top_stated: bool) -> str | None:
        """The rank a heading alone (the last clause before a colon) gives the list after it; a relative one
        ("should", "p1") ranks lower only when the message states a top (`top_stated`)."""
        cues, said = self._cues, tuple(raw)
        if cues is None or not said:
            return None
        if said in cues.dropped_headings:
            return DROPPED
        if said in cues.top or leanings.opens_with(raw, cues.top_openers):
            return TOP  # "top criterion for the tracker: …", "we optimise for one thing only: …"
        lower = said in cues.lower_headings or (top_stated and said in cues.relative_headings)
        return LOWER if lower else None

    def states_top(self, raws: list[list[str]]) -> bool:
        """Whether any clause of a message names its top: a top heading, a top opener or an ordered list."""
        cues = self._cues
        if cues is None:
            return False
        return any(
            tuple(raw) in cues.top or leanings.opens_with(raw, cues.top_openers) or says_run(raw, cues.ordered)
            for raw in raws
        )

    def _lower_opener(self, raw: list[str]) -> bool:
        """A clause opening below the top ("secondary is …", "then graphql"), not one adding the next step
        ("then we need an admin")."""
        cues = self._cues
        if cues is None:
            return False
        if tuple(raw) in cues.lower_headings or tuple(raw) in cues.relative_headings:
            return True
        openers = [run for run in cues.lower_openers if tuple(raw[: len(run)]) == run]
        return bool(openers) and not any(leanings.opens_with(raw[len(run) :], cues.next_steps) for run in openers)

    def head(self, msg: MessageState, raw: list[str], listing: bool, wish_alone: bool) -> bool:
        """Before a colon's list (`listing`): the head's last clause `raw` ranks it; a wish cue alone ("nice to
        have: sso, audit log") ranks every item as the lower headings do. True: the list is ruled out."""
        rank = self.heading(raw, msg.top_stated) if listing else None
        if rank == TOP:
            msg.ranked, msg.lower_tier, msg.top_tier, msg.top_here = True, False, True, "heading"
        elif rank == LOWER or (listing and wish_alone):
            msg.lower_tier, msg.top_tier = True, False
        return rank == DROPPED

    def enter(self, msg: MessageState, raw: list[str]) -> None:
        """A clause about to be read: a marker, an ordered list's opener or a rank word opening it sets the tier."""
        cues = self._cues
        if cues is None or not raw:
            return
        marks = self._marks
        marker = len(raw) == 1 and msg.ranked and raw[0] in marks
        # "listing crud 3. an admin": a sentence cut at the next item's marker ends on it; it ranks the next one
        trailing = len(raw) > 1 and msg.ranked and raw[-1] in marks
        msg.tier_next = (raw[-1] in cues.later_marks) if trailing else None
        if says_run(raw, cues.ordered):
            msg.ranked = True
        if marker:
            msg.lower_tier, msg.top_tier = raw[0] in cues.later_marks, False
        elif tuple(raw) in cues.top or leanings.opens_with(raw, cues.top_openers):
            msg.ranked, msg.lower_tier, msg.top_tier, msg.top_here = True, False, True, "clause"
        elif msg.ranked and self._lower_opener(raw):
            msg.lower_tier, msg.top_tier = True, False
        msg.tier_carries = marker or trailing  # "… 2. listing crud": the item after a marker is the next sentence

    @staticmethod
    def settle(msg: MessageState) -> None:
        """A clause just read below the top: its needs lean as wishes, save those said firmly elsewhere."""
        if msg.lower_tier:
            leanings.hedge(msg, msg.clause.found)
        elif msg.top_tier:
            msg.topped.update((m.id, None) for m in msg.clause.found if not m.negated)
            if msg.top_here:  # only where the ranking is said, not the sentence's later clauses
                msg.first_ranked.update((m.id, None) for m in msg.clause.found if not (m.negated or m.wish))
        if msg.top_here == "clause":
            msg.top_here = ""
        if msg.tier_next is not None:
            msg.lower_tier, msg.tier_next = msg.tier_next, None

    @staticmethod
    def new_sentence(msg: MessageState) -> None:
        """A heading's or an opener's rank ends with its sentence; a marker ending the last one ranks this one."""
        if not msg.tier_carries:
            msg.lower_tier = msg.top_tier = False
            msg.top_here = ""
        msg.tier_carries = False
