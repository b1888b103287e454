"""A cue word read in its clause: what it recasts of what was said before it (a negation, a wish, a ranking) or how
it sets what follows to be read (negated, wished, excluded, pitched, a move made or weighed, what runs).

The kinds are checked in a fixed order, the first reading that applies wins: a take-back of the framework named
last (cue_exclusions.py), a claim or an aversion (here), the look-alikes that take no need back (cue_lifted.py,
cue_making.py), then a take-back (cue_exclusions.py), a head count's scope (here), wishes (cue_wishes.py), parts
served elsewhere (served_elsewhere.py) or small (cue_side_parts.py), rankings (cue_wishes.py), moves and what runs
(cue_moves.py)."""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import (
    cue_exclusions,
    cue_lifted,
    cue_making,
    cue_moves,
    cue_side_parts,
    cue_wishes,
    served_elsewhere,
)
from knowledge.reading.scope import MoveVerbs
from knowledge.reading.state import Clause
from knowledge.reading.text import ARTICLES

__all__ = ["read_cue"]

_LARGE_TEAM = "large-team"  # a head count said to be the whole organisation's ("org-wide") is not the team's
_NO_MOVE_VERBS = MoveVerbs()  # (a frozen default, shared)


def read_cue(
    clause: Clause, pos: int, *, owner_cues: frozenset[str], cues: ScopeCues, move_verbs: MoveVerbs = _NO_MOVE_VERBS
) -> None:
    """A cue word, `matches[pos]`: it recasts what the clause said before it, or sets how what follows is read."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    kinds = clause.matches[pos].kinds
    if cue_exclusions.read_dropped(clause, pos, cues):
        return
    if "hearsay" in kinds:  # "…scales effortlessly, according to our landing page": a claim, no need
        for mention in (*msg.sentence_found, *state.found):
            if msg.requirements.get(mention.id) is mention:
                del msg.requirements[mention.id]
        state.hearsay = True
        return
    if "averse" in kinds:  # "burned by the async stack": the need right after, past an article or owner word
        at = clause.matches[pos].end
        while at < len(raw) and (raw[at] in owner_cues or raw[at] in ARTICLES):
            at += 1
        state.averse_at = at
        return
    if cue_lifted.read_lifted(clause, pos, cues, move_verbs):
        return
    if cue_making.read_making(clause, pos, owner_cues=owner_cues, cues=cues):
        return
    if cue_exclusions.read_negation(clause, pos, cues):
        return
    if "org_scope" in kinds:
        # "40 engineers org-wide": the head count just read is the organisation's, not the team's.
        for earlier in [m for m in state.found if m.id == _LARGE_TEAM and not m.negated]:
            state.found.remove(earlier)
            if msg.requirements.get(earlier.id) is earlier:
                del msg.requirements[earlier.id]
        return
    if (
        cue_wishes.read_wish(clause, pos, cues)
        or served_elsewhere.read_served_cue(clause, pos, cues)
        or cue_side_parts.read_side_part(clause, pos, cues)
        or cue_wishes.read_rank(clause, pos, cues)
        or cue_moves.read_move(clause, pos, cues, move_verbs)
    ):
        return
    cue_moves.read_runs(clause, pos, owner_cues=owner_cues, cues=cues)
