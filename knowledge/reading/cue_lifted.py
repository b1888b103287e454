"""A negation or exclusion cue that takes no need back, or lifts the negation before it: a move refused (what it
would leave runs), data placed somewhere, a need affirmed, a lack refused or a negation denied, an exclusion said of
a framework or of an exception kept. Checked before the cue is read as a take-back (cue_exclusions.py)."""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import lacks
from knowledge.reading.negation import move_refused, negate_all, places, said_of_need
from knowledge.reading.scope import MoveVerbs
from knowledge.reading.state import Clause

_FRAMEWORK_GAP = 1  # "it cant be plain flask": one word at most between the cue and the framework it rules out


def read_lifted(clause: Clause, pos: int, cues: ScopeCues, move_verbs: MoveVerbs) -> bool:
    """True when the cue is read here: no need taken back, or the negation before it lifted."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    if state.negating and move_refused(raw, state.excluding, match.start, move_verbs, cues):
        # "not interested in rewriting our flask app": the move is refused, what it would leave runs
        state.negating, state.excluding = False, -1
        state.current_cue, state.owner_cue = match.end, False
        return True
    if ("negate" in kinds or "negate_after" in kinds) and places(raw, match.end, cues):
        return True  # "drops them on a queue": data moved somewhere, no need taken back
    if "affirm" in kinds:  # "what we cant live without is an admin": a need stated, no negation
        state.negating = state.denying = False
        state.excluding = -1
        return True
    if "refused_lack" in kinds and state.denying and state.negating:
        # "wont approve anything that isnt typed": the refusal turns down the lack, so what lacks it is wanted
        lacks.wanted(msg, state.found, state.found)
        state.negating = state.denying = False
        state.excluding = -1
        return True
    if "refused_lack" in kinds and "negate" not in kinds:
        return True  # "an endpoint that isnt public" with no refusal before it: left as it reads without the cue
    if "deny_after" in kinds:  # "the claim that we have no need for async is incorrect": the negation is denied
        lacks.wanted(msg, state.found, state.found)
        state.negating = state.denying = False
        state.excluding = -1
        return True
    if "negate" in kinds and state.denying and state.negating and not state.negated_since_cue:
        # "its not true that we dont need async": the negation is denied, so what follows is wanted
        state.negating = state.denying = False
        state.excluding = -1
        return True
    if "exclude_after" in kinds and pos and "framework" in clause.matches[pos - 1].kinds:
        return True  # "fastapi is off the table": the framework before it is ruled out (roles.py), not the needs
    if "exclude_after" in kinds and match.end - match.start > 1 and said_of_need(clause, pos, cues):
        negate_all(state.found, msg.requirements)  # "a public api is out (of scope)": said of a need, it negates it
        return True
    if (
        "exclude" in kinds
        # ("nothing but django": the cue's own first word refuses)
        and (state.negating or not cues.refusal_words.isdisjoint(raw[: match.start + 1]))
        and tuple(raw[match.start : match.end]) in cues.refused_exceptions
    ):
        state.negating = state.denying = False  # "doesnt want anything but django": the exception is what is kept
        state.excluding = -1
        return True
    if "exclude" in kinds and tuple(raw[match.start : match.end]) in cues.framework_only_exclusions:
        after = clause.matches[pos + 1] if pos + 1 < len(clause.matches) else None
        if after is None or "framework" not in after.kinds or after.start - match.end > _FRAMEWORK_GAP:
            return True  # "the backend cant be maintained": no framework right after, nothing ruled out
    return False
