"""Negation: a negation or exclusion cue said of a need, the needs it negates, and the cue words that look like a
negation but take nothing back (a compound noun, a move refused, a thing placed or made ourselves, a trial dropped)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading import leanings
from knowledge.reading.lists import NEED_KINDS
from knowledge.reading.phrases import Match
from knowledge.reading.result import RequirementMention
from knowledge.reading.scope import MoveVerbs, says_run
from knowledge.reading.state import Clause

__all__ = [
    "acts",
    "describes_next",
    "heads_compound",
    "move_refused",
    "negate_all",
    "places",
    "points_back",
    "refused_act",
    "refuses_making",
    "said_of_need",
    "takes_object",
    "trial_dropped",
]

_SAID_OF_GAP = 3  # "a public api has now been descoped": the words between a need and a cue said of it


def said_of_need(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """The cue at `matches[pos]` is said of the need named just before it ('a public api is descoped'), a few
    words between at most and none that ends a cue's reach."""
    if not pos:
        return False
    before = clause.matches[pos - 1]
    gap = clause.raw[before.end : clause.matches[pos].start]
    return (
        bool(NEED_KINDS.intersection(before.kinds))
        and len(gap) <= _SAID_OF_GAP
        and not cues.scope_enders.intersection(gap)
    )


def negate_all(found: list[RequirementMention], requirements: dict[str, RequirementMention]) -> None:
    """The needs found, negated in place and in the message's requirements while each is still the last said."""
    for i, earlier in enumerate(found):
        if not earlier.negated:
            negated = dataclasses.replace(earlier, negated=True)
            found[i] = negated
            if requirements.get(earlier.id) == earlier:
                requirements[earlier.id] = negated


def describes_next(raw: list[str], start: int, end: int, cues: ScopeCues) -> bool:
    """An attributive negator ('unnecessary') right before a word that is no predicate tail: it describes that word."""
    return (
        tuple(raw[start:end]) in cues.attributive_negators and end < len(raw) and raw[end] not in cues.predicate_tails
    )


def heads_compound(clause: Clause, pos: int, cues: ScopeCues) -> bool:
    """'scrap metal', 'cut flowers': a negation verb that is a noun too, with neither its object's opener nor a
    need right after it, opens a compound noun."""
    match, raw = clause.matches[pos], clause.raw
    if tuple(raw[match.start : match.end]) not in {(w,) for w in cues.compound_negators} or match.end >= len(raw):
        return False
    after = clause.matches[pos + 1 : pos + 2]
    return raw[match.end] not in cues.object_openers and not (after and after[0].start == match.end)


def move_refused(raw: list[str], cue_end: int, at: int, moves: MoveVerbs, cues: ScopeCues) -> bool:
    """'dont want to rewrite our app', 'no plans to migrate the flask app': a move verb at `at` right after the
    negation cue ending at `cue_end` (past an intention and "to" at most) governing a thing of ours; "not migrating
    to fastapi" refuses the destination instead."""
    if cue_end < 0 or at < cue_end:
        return False
    if raw[at] == "to":
        at += 1
    between = raw[cue_end:at]
    thing = at + 2 if raw[at + 1 : at + 2] and raw[at + 1] in cues.move_links else at + 1  # "no rewrite of our app"
    return (
        thing < len(raw)
        and raw[at] in moves.verbs
        and raw[thing] in moves.objects
        and all(w == "to" or w in cues.intentions for w in between)
    )


def refused_act(raw: list[str], start: int, end: int, cues: ScopeCues) -> int | None:
    """Where a making act refused by the cue at `start`..`end` opens: right after it (past "to") or closing the cue
    itself ('we are not writing'), or None."""
    at = end + 1 if raw[end : end + 1] == ["to"] else end
    return next((i for i in (at, *range(start + 1, end)) if acts(raw, i, cues)), None)


def refuses_making(raw: list[str], start: int, end: int, cues: ScopeCues) -> bool:
    """'dont want to assemble auth ourselves', 'we are not writing login ourselves', 'never hand-rolling an admin
    again': a refused making act (see refused_act) and words saying the team would make it itself (the act's own
    words, or later in the clause) or made it before."""
    act_at = refused_act(raw, start, end, cues)
    if act_at is None:
        return False
    rest = raw[act_at:]
    return (
        leanings.opens_with(rest, cues.self_made_acts)
        or says_run(rest, cues.self_made)
        or says_run(rest, cues.made_again)
    )


_OBJECT_REACH = 3  # "drop the api docs into …": the object a few words long at most


def places(raw: list[str], at: int, cues: ScopeCues) -> bool:
    """'… them on a queue', 'drop the docs into a wiki', 'drop new jobs on them' at `at`: a moved object (a pronoun,
    or any few words), then a place word."""
    if at + 1 < len(raw) and raw[at] in cues.moved_objects and raw[at + 1] in cues.places:
        return True
    ends = range(at + 1, min(at + 1 + _OBJECT_REACH, len(raw)))
    if any(tuple(raw[end : end + len(place)]) == place for end in ends for place in cues.object_targets):
        return True  # "drop new jobs on them": handed to them, whatever the object opens with
    # the object opens with 'the', 'our' …: the cue is a verb acting on a thing ('nobody logs into it' is not)
    return (
        at < len(raw)
        and raw[at] in cues.object_openers
        and any(tuple(raw[end : end + len(place)]) == place for end in ends for place in cues.object_places)
    )


def takes_object(kinds: Mapping[str, str], raw: list[str], at: int, cues: ScopeCues) -> bool:
    """'… webhooks and drops a message in slack': a cue that reads both ways ('drop', 'dropped') with its object
    right after it ('a message', 'the payload') is a verb acting on that object, leaving what came before alone."""
    # (a bare "drop it", "drop that" points back at what came before, so the opener needs a noun after it)
    return "negate" in kinds and at + 1 < len(raw) and raw[at] in cues.object_openers


def acts(raw: list[str], at: int, cues: ScopeCues) -> bool:
    """Making a thing ourselves said right at `at` ('writing', 'hand rolling')."""
    return leanings.opens_with(raw[at:], cues.set_aside_acts)


def points_back(said: list[str], cues: ScopeCues) -> bool:
    """'dont want any of it': the cue's words hold a reference back to what was listed before."""
    return says_run(said, cues.back_references)


def trial_dropped(raw: list[str], match: Match, cues: ScopeCues) -> bool:
    """'we tried django for a proxy … and dropped it': a take-back word on a pronoun, after a trial word earlier in
    the clause, drops the framework tried; the needs it was tried for stay wanted."""
    return bool(
        cues.trial_pronouns.intersection(raw[match.end : match.end + 1])
        and cues.trial_verbs.intersection(raw[: match.start])
    )
