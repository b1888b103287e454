"""A cue that makes a part small: a side part said by itself ("there's a tiny status page") or a minor part ("but also
a few server-rendered pages"), whose needs lean like a wish. (A part another tool serves: served_elsewhere.py.)"""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading.state import Clause


def read_side_part(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """A side part or a minor part; True when one of these readings applies."""
    msg, state, raw = clause.msg, clause.state, clause.raw
    match = clause.matches[pos]
    kinds = match.kinds
    if "side" in kinds:
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
