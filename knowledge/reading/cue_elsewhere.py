"""A cue that moves a part out of the system chosen, or makes it small: a part another tool serves ("handled by the
gateway"), so its needs are none of the chosen framework's, or a side or minor part whose needs lean like a wish."""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import leanings
from knowledge.reading.state import Clause

_TOOL_GAP = 2  # "handled by the old django app": a couple of words between the cue and the framework serving it


def read_elsewhere(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """A part served elsewhere, a side part or a minor part; True when one of these readings applies."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    requirements = msg.requirements
    if ("elsewhere" in kinds or ("elsewhere_weak" in kinds and not cues.elsewhere_marks.isdisjoint(raw))) and not (
        _names_framework(clause, pos) or leanings.opens_with(raw[match.end :], cues.elsewhere_self)
    ):
        # "auth is handled by the gateway", "the admin screens live in retool already": another tool serves the
        # part, so what the clause said before the cue is no need of the system chosen
        _served_elsewhere(clause)
    elif "elsewhere_active" in kinds and not any("framework" in m.kinds for m in clause.matches[:pos]):
        # "discourse's own admin and mod tools handle that": another tool, said before the verb, serves the part;
        # "scrap the back office; discourse's own admin handles that": the take-back said before it stands
        for dropped in _served_elsewhere(clause):
            taken = [m for m in msg.sentence_found if m.id == dropped and m.negated]
            if taken:
                requirements[dropped] = taken[-1]
    elif "side" in kinds:
        # "there's a tiny status page": a side part said as small by itself; its needs lean like a wish
        state.wishing, state.wished_since_cue, state.minor_part = True, False, True
        msg.side_cued = True
    elif "minor" in kinds:
        # "but also a few server-rendered pages": a minor part, its needs lean like a wish ("a few thousand
        # users" is a count)
        following = raw[match.end : match.end + 1]
        counted = bool(following) and (following[0].isdigit() or following[0] in cues.magnitudes)
        # "a site with a few forms": core; "also a small page" says its addition itself
        beside = (cues.contrasts | cues.additions).intersection(raw[: match.end])
        if beside and not counted:
            state.wishing, state.wished_since_cue, state.minor_part = True, False, True
    else:
        return False
    return True


def _served_elsewhere(clause: Clause) -> list[str]:
    """The clause's needs said so far (not denied) go: another tool serves that part. Returns the needs taken out of
    the message's requirements, which a take-back said earlier may restore."""
    state, requirements = clause.state, clause.msg.requirements
    dropped = []
    for earlier in [m for m in state.found if not m.negated]:
        state.found.remove(earlier)
        if requirements.get(earlier.id) is earlier:
            del requirements[earlier.id]
            dropped.append(earlier.id)
    return dropped


def _names_framework(clause: Clause, pos: int) -> bool:
    """The words right after the cue at `matches[pos]` name one of the frameworks ("handled by django"): the part
    stays with the frameworks being weighed, not with another tool."""
    end = clause.matches[pos].end
    return any("framework" in m.kinds and end <= m.start <= end + _TOOL_GAP for m in clause.matches[pos + 1 :])
