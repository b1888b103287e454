"""A need's two-word wording said with describing words between: 'a small internal http service' is a small
service, 'it just serves a json rest api' is just an api, 'just a web form' is a form. The size, limiting or
counting word and the noun are looked up together as the wording they make."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from knowledge.base.need_cues import NeedCues
from knowledge.reading.phrases import Match, PhraseIndex
from knowledge.reading.state import Clause

_NEED_KINDS = frozenset({"requirement", "concept"})
_SIZE_GAP = 2  # "small internal http service": a couple of describing words
_LIMIT_GAP = 3  # "just serves a json rest api": a verb, an article and a word


class Gapped(NamedTuple):
    """A wording read across describing words: its tags, the words said, and (after a counting word) the noun's
    own match, whose bare reading the wording replaces."""

    tags: Mapping[str, str]
    surface: str
    replaces: Match | None


def gapped(clause: Clause, index: PhraseIndex, *, cues: NeedCues, things: frozenset[str]) -> list[Gapped]:
    """The needs made by a size or limiting word and the noun of a thing (`things`: 'service', 'api', 'tool') a
    few words after it, or by a counting word ('a', 'one') and a need's noun whose wording with it is a phrase
    ('a form'). With nothing between, the index read the words as said."""
    raw = clause.raw
    found: list[Gapped] = []
    counting_words = cues.count_words.intersection(raw)
    # "small internal api", "internal inventory app", "a separate websocket service"
    sizing = cues.size_words | cues.reach_words | cues.apart_words
    if cues.limit_words.isdisjoint(raw) and sizing.isdisjoint(raw) and not counting_words:
        return found  # (set tests: most clauses hold none of these words)
    matches, covered = clause.matches, clause.covered
    for at, word in enumerate(raw):
        counting = word in counting_words
        limiting = word in cues.limit_words or counting
        if at in covered or not (limiting or word in sizing):
            continue
        reach = _SIZE_GAP if counting or not limiting else _LIMIT_GAP
        for match in matches:
            if match.start <= at:
                continue
            gap = raw[at + 1 : match.start]
            if len(gap) > reach or cues.gap_stops.intersection(gap):
                break
            between = [m for m in matches if at < m.start < match.start]
            # a limit's plain words hold no need ("only admins use the api"); a size's may ("small internal api")
            if between and (limiting or any(not _NEED_KINDS.intersection(m.kinds) for m in between)):
                break
            noun = raw[match.end - 1]
            # a counting word's noun is a need's own word ("a web form"): one of it, not the need
            named = noun in things or (
                counting and match.end - match.start == 1 and bool(_NEED_KINDS.intersection(match.kinds))
            )
            made = index.scan_pair(word, noun) if gap and named else ()
            if (
                made
                and made[0].end == 2
                and (made[0].start == 0 or not counting)
                and _NEED_KINDS.intersection(made[0].kinds)
            ):
                found.append(Gapped(made[0].kinds, " ".join(raw[at : match.end]), match if counting else None))
                break
            if counting:
                break  # only the first noun after a counting word is counted
            if _NEED_KINDS.isdisjoint(match.kinds) and "artifact" not in match.kinds:
                break  # a cue or a framework ends the describing run
    return found
