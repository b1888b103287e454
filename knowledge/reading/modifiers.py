"""A need's two-word wording said with describing words between: 'a small internal http service' is a small
service, 'it just serves a json rest api' is just an api. The size or limiting word and the noun are looked up
together as the wording they make."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.base.cues import NeedCues
from knowledge.reading.phrases import PhraseIndex
from knowledge.reading.state import Clause

_NEED_KINDS = frozenset({"requirement", "concept"})
_SIZE_GAP = 2  # "small internal http service": a couple of describing words
_LIMIT_GAP = 3  # "just serves a json rest api": a verb, an article and a word


def gapped(
    clause: Clause, index: PhraseIndex, *, cues: NeedCues, things: frozenset[str]
) -> list[tuple[Mapping[str, str], str]]:
    """The needs (tags, words said) made by a size or limiting word and the noun of a thing (`things`: 'service',
    'api', 'tool') a few words after it. With nothing between, the index read the words as said."""
    raw = clause.raw
    found: list[tuple[Mapping[str, str], str]] = []
    if cues.limit_words.isdisjoint(raw) and cues.size_words.isdisjoint(raw):
        return found  # (two set tests: most clauses hold neither kind of word)
    matches, covered = clause.matches, clause.covered
    for at, word in enumerate(raw):
        limiting = word in cues.limit_words
        if at in covered or not (limiting or word in cues.size_words):
            continue
        reach = _LIMIT_GAP if limiting else _SIZE_GAP
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
            made, _ = index.scan([word, noun]) if gap and noun in things else ([], [])
            if made and made[0].end == 2 and _NEED_KINDS.intersection(made[0].kinds):
                found.append((made[0].kinds, " ".join(raw[at : match.end])))
                break
            if _NEED_KINDS.isdisjoint(match.kinds) and "artifact" not in match.kinds:
                break  # a cue or a framework ends the describing run
    return found
