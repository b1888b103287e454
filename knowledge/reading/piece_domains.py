"""'An ingest endpoint for 8k shopify merchants', 'an adapter that converts hl7 messages to json': a narrow piece
built, then a domain's words linked to it, name what the piece touches, not a product built for that domain; the
domain's needs are context (read like a trade: loosely), so the piece's own needs decide."""

from __future__ import annotations

from knowledge.base.need_cues import NeedCues
from knowledge.reading.phrases import Match

_NEED_KINDS = frozenset({"requirement", "concept"})
_LINK_REACH = 4  # "for ~8k shopify merchants": a link word a few words (numbers, names) before the domain's words
_PIECE_REACH = 6  # "an adapter that quickly converts …": the piece a few words before its link


def touched_domain(raw: list[str], match: Match, matches: list[Match], cues: NeedCues, links: frozenset[str]) -> bool:
    """The need's words at `match` follow one of `links`, itself after a narrow piece in the clause, with no other
    need's words between the link and them."""
    needs_at = {
        at
        for m in matches
        if _NEED_KINDS.intersection(m.kinds) and m.end <= match.start
        for at in range(m.start, m.end)
    }
    for link in range(match.start - 1, max(-1, match.start - 1 - _LINK_REACH), -1):
        if raw[link] in links:  # (a link may end the piece's own need: "an adapter that converts")
            since = max(0, link - _PIECE_REACH)
            return any(word in cues.narrow_pieces for word in raw[since:link])
        if link in needs_at:
            return False  # another need's words between: the domain is theirs, not the piece's
    return False
