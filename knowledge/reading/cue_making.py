"""A negation cue whose words are no negation of the need after them: a noun opening a compound, an adjective, the
work of making a thing set aside, refused or doubted ("ourselves"), or a tool the team keeps. The thing itself stays
wanted; checked before the cue is read as a take-back (cue_exclusions.py)."""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import cue_context, lacks, leanings
from knowledge.reading.negation import acts, describes_next, heads_compound, negate_all, refused_act, refuses_making
from knowledge.reading.state import Clause


def read_making(clause: Clause, pos: int, *, owner_cues: frozenset[str], cues: ScopeCues) -> bool:
    """True when the cue is read here (no need it would negate is taken back); a refused making may be marked for a
    later clause's "ourselves" either way."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    if "negate" in kinds and heads_compound(clause, pos, cues):
        return True  # "scrap metal marketplace": the verb is a noun opening a compound, nothing is negated
    if "negate_after" in kinds and describes_next(raw, match.start, match.end, cues):
        return True  # "no unnecessary boilerplate": the adjective describes the noun after it
    if "negate" in kinds and tuple(raw[match.start : match.end]) in cues.set_aside and acts(raw, match.end, cues):
        return True  # "instead of hand-rolling auth": the work is set aside, the thing is still wanted
    if "negate_after" in kinds and state.own_work and tuple(raw[match.start : match.end]) in cues.self_made:
        return True  # "… assemble auth ourselves": the refusal was of the making
    if (
        "negate_after" in kinds
        and msg.asking
        and tuple(raw[match.start : match.end]) in cues.self_made
        and any(acts(raw, at, cues) or leanings.opens_with(raw[at:], cues.self_made_acts) for at in range(match.start))
    ):
        return True  # "must we hand-build the admin ourselves?": the making is doubted, the thing is still wanted
    if (
        "negate_after" in kinds
        and tuple(raw[match.start : match.end]) in cues.self_made
        and any(leanings.opens_with(raw[at:], cues.self_made_acts) for at in range(match.start))
    ):
        # "we keep hand-rolling validation and docs ourselves": made by hand because it is needed; the framework
        # that ships it saves that work (003 "FAQ": on Starlette "you'd rebuild FastAPI's features otherwise")
        return True
    if (
        "negate_after" in kinds
        and msg.making_refused_from >= 0
        and tuple(raw[match.start : match.end]) in cues.self_made
    ):
        # "we are not writing login, password reset and permissions ourselves": the list's end says the making
        # was refused, so what the refusal negated in the clauses before is wanted built in
        lacks.wanted(msg, msg.sentence_found[msg.making_refused_from :], [])
        lacks.wanted(msg, state.found, state.found)
        msg.making_refused_from = -1
        state.negating = False
        return True
    if "negate" in kinds and refuses_making(raw, match.start, match.end, cues):
        state.own_work = True  # "we dont want to assemble auth ourselves": the thing is wanted built in
        return True
    if "negate" in kinds and refused_act(raw, match.start, match.end, cues) is not None:
        msg.making_refused_from = len(msg.sentence_found)  # its "ourselves" may end a list in a later clause
    if "negate_after" in kinds and tuple(raw[match.start : match.end]) in cues.self_made:
        # "we pick every library ourselves": who does the picking, which confirms a need to pick our own parts
        kept = [m for m in state.found if m.id in cues.self_made_confirms]
        if kept:
            negate_all([m for m in state.found if m not in kept], msg.requirements)
            return True
    # "or stay in drf?", "stays in flask": the team keeping a tool, no need set aside
    return "negate_after" in kinds and "negate" not in kinds and cue_context.tool_follows(clause, pos, owner_cues)
