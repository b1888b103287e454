"""What the words around a cue word say of it: who says it, whether a move it names is intended, weighed or made,
and whether a framework right after it is where the team keeps its code."""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading.libraries import LIBRARY
from knowledge.reading.phrases import Match
from knowledge.reading.scope import MoveVerbs
from knowledge.reading.state import Clause
from knowledge.reading.text import ARTICLES


def said_by(raw: list[str], start: int, speakers: frozenset[str], cues: ScopeCues) -> bool:
    """The word before a pitch cue (auxiliaries skipped) is one of `speakers`: the asker ("i want", "we are really
    sure") or those the system serves ("partners keep asking for")."""
    at = start - 1
    while at >= 0 and raw[at] in cues.auxiliaries:
        at -= 1
    return at >= 0 and raw[at] in speakers


def weighed_gerund(raw: list[str], match: Match, cue: str, cues: ScopeCues) -> bool:
    """'debating switching the whole thing to fastapi': a cue said done ('switched the') matched by its stem in a
    gerund reports no move unless a progressive word comes right before ('we are switching the api')."""
    if match.start and raw[match.start - 1] in cues.progressive:
        return False
    # (a filler inside the match may shift the words: only the pairs that line up are compared)
    pairs = zip(cue.split(), raw[match.start : match.end], strict=False)
    return any(said != word and said.endswith("ed") and word.endswith("ing") for said, word in pairs)


def intended(raw: list[str], start: int, cues: ScopeCues) -> bool:
    """'should we port …', 'we plan to migrate …': a move word after a modal, or after an intention verb and
    'to', is a move intended; 'we started to migrate …' is one under way."""
    before = raw[start - 1]
    return before in cues.modals or (before == "to" and start > 1 and raw[start - 2] in cues.intentions)


def move_infinitive(raw: list[str], match: Match, move_verbs: MoveVerbs, named: set[str]) -> bool:
    """'to migrate the flask app', 'to port flask': a bare 'to' before a move verb that governs a thing of ours,
    a framework or a source ('to move data out of the django db' governs something else)."""
    verb, governed = raw[match.end : match.end + 1], raw[match.end + 1 : match.end + 2]
    return (
        raw[match.start : match.end] == ["to"]
        and bool(verb)
        and verb[0] in move_verbs.verbs
        and bool(governed)
        and (governed[0] in move_verbs.objects or governed[0] in named)
    )


def wished(before: list[str], cues: ScopeCues) -> bool:
    """'rather we used', 'suggested that we run', 'rather we were using': a wish or pitch word right before the
    cue's subject (a 'that' or a subject left out of the cue between them)."""
    end = len(before)
    while end and (before[end - 1] == "that" or before[end - 1] in cues.first_person):
        end -= 1
    return end > 0 and before[end - 1] in cues.wished_runs


def tool_follows(clause: Clause, pos: int, owner_cues: frozenset[str]) -> bool:
    """A framework or library named right after the cue (past an article or owner word): the cue says where the
    team keeps its code ('stay in drf'), not that a need said before it is set aside."""
    if pos + 1 >= len(clause.matches):
        return False
    after = clause.matches[pos + 1]
    gap = clause.raw[clause.matches[pos].end : after.start]
    return ("framework" in after.kinds or LIBRARY in after.kinds) and all(
        word in ARTICLES or word in owner_cues for word in gap
    )
