"""A lack stated as the present state: "there are no api docs and partners keep asking", "without docs they email
us". With a complaint or a consequence after it, the thing lacked is wanted, not declined."""

from __future__ import annotations

import dataclasses

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading.phrases import Match
from knowledge.reading.result import RequirementMention
from knowledge.reading.state import Clause, MessageState

_SUBJECT_LEAD = 3  # the consequence's subject opens the clause after the lack, a word or two in at most
_VERB_REACH = 4  # "we just need": a need verb this close after a subject makes it ask, not tell


def lack_felt(clause: Clause, gap: list[str], cues: ScopeCues) -> None:
    """'without typed schemas our partners keep posting garbage': a clause opening with a lack, then a subject saying
    what goes wrong, states a pain: the needs the lack negated are wanted. 'without sso we need only an api' (a need
    verb after the subject) still negates."""
    state = clause.state
    # the consequence follows what is lacked: "there are no users outside the team" names no consequence
    if state.lack_from < 0 or len(state.found) <= state.lack_from or not state.negating:
        return
    if gap[:1] and gap[0] in cues.need_nouns:  # "no async requirement": the need declined, nothing lacked
        state.lack_from = -1
        return
    if not (state.lack_explains or _consequence(gap, cues)):
        return
    wanted(clause.msg, state.found[state.lack_from :], state.found)
    state.negating, state.lack_from, state.excluding, state.lack_explains = False, -1, -1, False
    state.run = None  # "no docs and partners keep asking": the consequence ends the list of what is lacked


def lack_said(raw: list[str], gap: list[str], match: Match, need: bool, cues: ScopeCues) -> list[str]:
    """The words before the match at hand that may tell a lack's consequence: the gap, and a cue's words ('our');
    a need's word ('partners') is the subject only of the words right after it ('… and partners keep asking')."""
    if not need:
        return [*gap, *raw[match.start : match.end]]
    if raw[match.start] in cues.consequence_subjects:
        return [*gap, *raw[match.start : match.end + _VERB_REACH]]
    return gap


def opens_lack(raw: list[str], match: Match, cues: ScopeCues) -> bool:
    """'without docs …', 'nothing documents …' opening the clause, or 'there are no docs …', 'we have no
    validation …': a lack whose consequence may follow (see lack_felt)."""
    if match.start == 0:
        return match.surface in cues.conditional_negators
    return tuple(raw[: match.end]) in cues.present_lacks


def explains_pain(raw: list[str], match: Match, cues: ScopeCues) -> bool:
    """'our api accepts garbage because nothing validates input', '… since there is no swagger': a lack right after
    a cause word, with a consequence (a subject, no need verb after it) said before that word."""
    for at in range(match.start - 1, -1, -1):
        if raw[at] not in cues.cause_words:
            continue
        lack = raw[at + 1 : match.end]
        said = (len(lack) == 1 and match.surface in cues.conditional_negators) or tuple(lack) in cues.present_lacks
        return said and _consequence(raw[:at], cues)
    return False


def _consequence(words: list[str], cues: ScopeCues) -> bool:
    """A subject with no need verb in the few words after it ('we just need' asks; 'they email us' tells)."""
    return any(
        w in cues.consequence_subjects and not cues.need_verbs.intersection(words[i + 1 : i + _VERB_REACH])
        for i, w in enumerate(words)
    )


def lack_felt_next(msg: MessageState, raw: list[str], cues: ScopeCues) -> None:
    """'without typed schemas, our partners keep posting garbage': the consequence opens the next clause."""
    lacking, msg.carry_lack = msg.carry_lack, []
    if not lacking:
        return  # (most clauses: no lack left open before them)
    opening = raw[:_SUBJECT_LEAD]  # "the mobile devs ping us": a determiner or a describing word may come first
    if cues.consequence_subjects.intersection(opening) and _consequence(raw[: _SUBJECT_LEAD + 3], cues):
        wanted(msg, lacking, [])


def wanted(msg: MessageState, mentions: list[RequirementMention], found: list[RequirementMention]) -> None:
    """The negated needs among `mentions` are wanted after all."""
    for mention in [m for m in mentions if m.negated]:
        kept = dataclasses.replace(mention, negated=False)
        if mention in found:
            found[found.index(mention)] = kept
        if msg.requirements.get(mention.id) is mention:
            msg.requirements[mention.id] = kept
