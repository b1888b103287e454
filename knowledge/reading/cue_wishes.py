"""A cue that weighs needs rather than taking them back: what the project is outweighing what was wished, a hedged
wish, a plan with a date, a decider, a ranking (more or less than), or a want of part of those served. Their needs
lean as wishes (leanings.py) or are ranked first."""

from __future__ import annotations

import dataclasses

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import leanings
from knowledge.reading.state import Clause


def read_wish(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """A priority said over earlier wishes, or a wish; True when one of these readings applies."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    requirements = msg.requirements
    if "priority" in kinds:
        # "…easy to learn, but the actual project is a public api": what the project is outweighs what was wished
        # before; the earlier needs (in the message so far) lean as wishes
        outweighed = {
            need_id: dataclasses.replace(earlier, wish=True)
            for need_id, earlier in requirements.items()
            if not earlier.negated and not earlier.wish
        }
        state.found = [outweighed.get(m.id, m) if requirements.get(m.id) is m else m for m in state.found]
        requirements.update(outweighed)
    elif "wish" in kinds and tuple(raw[match.start : match.end]) in cues.put_off and cues.hedges.isdisjoint(raw):
        pass  # "we must scale to 1m users next year": a plan with a date, not a wish
    elif "wish" in kinds:
        # "async would be nice", "nice to have: sso": a hedged wish, weaker than a stated need.
        leanings.hedge(msg, state.found)
        # "the ticker is a nice extra": the subject re-says a thing named before, whose needs lean
        leanings.hedge(msg, leanings.named_back(clause, raw[: match.start], cues))
        if not state.found and match.start == 0 and match.end == len(raw):
            leanings.tag_back(msg)  # "plus a login page, both boring": a tag alone downplays the clause before
        state.wishing, state.wished_since_cue = True, False
        msg.carry_wish = pos == len(clause.matches) - 1  # the cue ends the clause: its list may run on
    else:
        return False
    return True


def read_rank(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """A decider, a ranking or a partial want; True when one of these readings applies."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    raises = "raise" in kinds and "decider" not in kinds
    if (raises or "decider" in kinds) and (match.start or raw[match.start] in cues.decider_subjects):
        # "…, thats the priority": a cue opening with a pointing contraction points back as "that" before it does
        points = raw[match.start] in cues.decider_subjects
        pointing = points or (match.start > 0 and raw[match.start - 1] in cues.decider_subjects)
        if pointing and not state.found[state.since_break :] and raw[match.end - 1] in cues.decider_system_nouns:
            return True  # "…, but this is the core product": the system itself, no need ranked
        leanings.decided(clause, raw[: match.start + 1] if points else raw[: match.start], cues, demote=not raises)
    elif "outranks" in kinds and state.negating and not state.negated_since_cue:
        # "nothing matters more than latency", "no feature is more important than the admin": the negated subject
        # ranks what follows first, so it is wanted, neither negated nor a side concern
        state.negating, state.excluding = False, -1
    elif "outranks" in kinds:
        # "maintainability matters more than raw speed": what follows is ranked below, a side concern, and what came
        # before in the clause is ranked first (so the side concern cannot outvote it)
        above = [m.id for m in state.found[state.since_break :] if not (m.negated or m.wish)]
        msg.topped.update(dict.fromkeys(above))
        msg.first_ranked.update(dict.fromkeys(above))
        state.wishing, state.wished_since_cue = True, False
    elif "outranked" in kinds:
        # "raw speed matters less than maintainability": what came before in the clause is ranked below
        leanings.hedge(msg, state.found)
    elif "partial" in kinds:
        # "some of its members would like a login": wanted by part of the people served, a wish
        state.wishing, state.wished_since_cue = True, False
    else:
        return False
    return True
