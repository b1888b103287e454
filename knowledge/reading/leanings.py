"""How firmly a need is said, and whose it is: needs hedged into wishes, a ranking said after the need, an asker's
preference answered by what the project is, a question answered no, and someone else's pitch, whose reasons are not
the team's needs."""

from __future__ import annotations

import dataclasses
import functools

from knowledge.base.scope_cues import ScopeCues
from knowledge.base.text import stem, stems
from knowledge.reading.result import RequirementMention
from knowledge.reading.state import Clause, ClauseState, MessageState
from knowledge.reading.word_runs import by_first_word

_COMPOUND_END = 5  # "sockets" re-says "websockets"; a shorter end ("base") may be any word's tail
_SUBJECT_WORDS = 4  # "the live price ticker": a subject re-saying a thing named before is a short noun phrase


def hedge(msg: MessageState, found: list[RequirementMention], *, firm: set[str] | None = None) -> None:
    """The needs in `found` are wishes, save those stated firmly elsewhere in the message (`firm`)."""
    requirements = msg.requirements
    firm = msg.firm if firm is None else firm
    for i, earlier in enumerate(found):
        if not earlier.negated and not earlier.wish and earlier.id not in firm:
            hedged = dataclasses.replace(earlier, wish=True)
            found[i] = hedged
            if requirements.get(earlier.id) == earlier:
                requirements[earlier.id] = hedged


def tag_back(msg: MessageState) -> None:
    """A clause that is only a downplaying tag ("…, low priority", "…, both boring") hedges the needs of the
    clause just before it in its sentence, not the sentence's earlier clauses (the core said before stays firm)."""
    if not msg.sentence_clauses:
        return
    found = msg.sentence_clauses[-1][1]
    before = list(found)
    hedge(msg, found)
    swapped = {id(old): new for old, new in zip(before, found, strict=True) if old is not new}
    msg.sentence_found[:] = [swapped.get(id(m), m) for m in msg.sentence_found]


def preference_turned(
    msg: MessageState, said: list[str], found: list[RequirementMention], after: list[str], cues: ScopeCues
) -> None:
    """'i'd love to learn fastapi on this, but really it's a forms app': words `said` opening with the asker's
    preference, then a contrast turning to what the project is (`after`, from the contrast on): the preference's
    needs (`found`) are wishes, the project decides."""
    if not after or after[0] not in cues.contrasts or not opens_with(said, cues.preferences):
        return
    if opens_with(after[1:], cues.project_turns):
        hedge(msg, found, firm=set())  # said twice inside the preference ("simple enough to learn") is no firmer


def opens_with(words: list[str], runs: frozenset[tuple[str, ...]]) -> bool:
    """`words` start with one of `runs`: only the runs opening with its first word are tried."""
    if () in runs:
        return True
    # (asked of most clauses: without a run opening on the first word, no generator is built)
    tried = _by_first(runs).get(words[0], ()) if words else ()
    return bool(tried) and any(tuple(words[: len(run)]) == run for run in tried)


@functools.lru_cache(maxsize=64)  # a vocabulary's few cue sets, each indexed once
def _by_first(runs: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    return by_first_word(runs)


def answer_no(msg: MessageState, asked: list[RequirementMention]) -> None:
    """A question answered no ("do we need real-time pushes? nah"): the needs it asked about are negated."""
    for earlier in asked:
        if not earlier.negated and msg.requirements.get(earlier.id) is earlier:
            msg.requirements[earlier.id] = dataclasses.replace(earlier, negated=True)


def pitched(state: ClauseState, msg: MessageState) -> list[str]:
    """The frameworks a clause's pitch is about: not the one that runs, named before the pitch cue ("our flask api
    has 40 endpoints and the mobile team keeps asking for docs": the docs are asked of the app that runs)."""
    return [fw for i, fw in enumerate(state.named) if i >= state.pitch_from or fw != msg.current]


def discount_pitch(state: ClauseState, msg: MessageState) -> None:
    """A clause where someone else pitches a framework ("the new hire wants fastapi because it's the fastest")
    states their reasons, not the team's needs: its needs are dropped, and what it rules out or names
    becomes the move under question rather than an exclusion. A need the team's own word names ("django for our
    cms") is the project's, said inside the pitch, and stays."""
    requirements = msg.requirements
    for mention in state.found:
        if requirements.get(mention.id) is mention and mention.id not in state.owned:
            del requirements[mention.id]
    for fw in pitched(state, msg):
        msg.excluded.pop(fw, None)
        if fw == msg.current and len(state.named) > 1:
            continue  # "it is proposed that the flask service be ported to quart": flask is the move's source
        msg.targets.setdefault(fw, None)
        msg.proposed.setdefault(fw, None)
    if state.pitch_before is not None:  # "'go async, go sanic'": the reasons said before the name
        discount_pitch(state.pitch_before, msg)


def decided(clause: Clause, before: list[str], cues: ScopeCues, *, demote: bool = True) -> None:
    """'…, but chat is the core': the needs said since the clause's last break (or, when the word before the cue
    points back, "and that matters most", the sentence's) are the asker's top; every other need said so far leans
    as a wish (when the top names no need, only the sentence's), unless `demote` is off ("… is the whole product"
    ranks its subject first and sets nothing against the rest)."""
    msg, state = clause.msg, clause.state
    top = state.found[state.since_break :]
    if not top and before[-1:] and before[-1] in cues.decider_subjects:
        top = [*msg.sentence_found, *state.found]
    elif not top:
        top = _named_again(msg, before, cues)
    else:  # "latency and concurrent sockets are the whole point": "sockets" re-says the websockets named before
        top = [*top, *_said_again(msg, before, cues)]
    top_ids = {m.id for m in top if not m.negated}
    msg.topped.update(dict.fromkeys(top_ids))
    msg.first_ranked.update(dict.fromkeys(top_ids))
    msg.ranked = msg.top_stated = True
    if not demote:
        return
    # a top naming no need ("but the editing side is what matters") ranks only what its sentence set against it
    earlier = msg.requirements.values() if top else ()
    said = {id(m): m for m in (*earlier, *msg.sentence_found, *state.found)}
    others = [m for m in said.values() if m.id not in top_ids and m.id not in cues.ranking_spared]
    hedge(msg, others, firm=set())
    hedged = {m.id: m for m in others if m.wish}
    for found in (state.found, msg.sentence_found):
        found[:] = [m if m.id in top_ids else hedged.get(m.id, m) for m in found]


def named_back(clause: Clause, before: list[str], cues: ScopeCues) -> list[RequirementMention]:
    """'…and a websocket ticker. the ticker is a nice extra': a clause whose only words before its cue are a
    subject re-saying a thing named before (no need of its own, no pointing word): the needs of that thing."""
    if clause.state.found or not before or len(before) > _SUBJECT_WORDS:
        return []
    if not cues.decider_subjects.isdisjoint(before):
        return []  # "it would be nice": a pointing word, read by the tag-back rules
    return _named_again(clause.msg, before, cues)


def _named_again(msg: MessageState, subject: list[str], cues: ScopeCues) -> list[RequirementMention]:
    """'…; rendering is the main thing': the decider's subject re-says a word of needs named before ('server side
    rendering') without being a need's phrase itself, or another word of the phrase it was named in: those needs
    are the top."""
    said = _subject_stems(subject, cues)
    return (_said_again(msg, subject, cues) or _named_by_phrase(msg, said, cues)) if said else []


def _subject_stems(subject: list[str], cues: ScopeCues) -> set[str]:
    """The stems of a subject's words that may name a need ('the chat part' -> 'chat')."""
    words = [w for w in subject if w not in cues.decider_subject_fillers]
    if not words or not cues.decider_subject_apart.isdisjoint(words):
        return set()  # "time matters most": the deadline, not the "real time" feed
    return {stem(w) for w in words}  # "rendering" meets "rendered"


def _said_again(msg: MessageState, subject: list[str], cues: ScopeCues) -> list[RequirementMention]:
    """The needs said before whose own words the subject re-says, a word or the end of a compound ('sockets' of
    'websockets')."""
    said = _subject_stems(subject, cues)
    earlier = {id(m): m for m in (*msg.requirements.values(), *msg.sentence_found)}
    return [
        m
        for m in earlier.values()
        if not m.negated and any(_resays(s, t) for s in said for t in stems(m.text.replace(",", "").split()))
    ]


def _resays(said: str, need_word: str) -> bool:
    """A subject's stem re-says a need's word: the same stem, or the end of a compound ('socket', 'websocket')."""
    return said == need_word or (len(said) >= _COMPOUND_END and need_word.endswith(said))


def _named_by_phrase(msg: MessageState, said: set[str], cues: ScopeCues) -> list[RequirementMention]:
    """'server-rendered catalogue pages and a price ticker. the catalogue is the priority': the subject re-says
    another word of the noun phrase a need was read in ('catalogue'), not the need's own words: that need is meant.
    A phrase runs between list joiners ('and', 'plus', 'with')."""
    found: dict[str, RequirementMention] = {}
    for raw, mentions in (*msg.message_clauses, *msg.sentence_clauses):
        phrases = _phrases(raw, cues.phrase_joiners)
        for mention in mentions:
            at = _where(raw, mention.text.replace(",", "").split())
            phrase = next((p for p in phrases if p[0] <= at < p[1]), None) if at >= 0 else None
            if phrase is not None and not said.isdisjoint(stems(raw[phrase[0] : phrase[1]])):
                now = msg.requirements.get(mention.id, mention)
                if not now.negated:
                    found.setdefault(now.id, now)
    return list(found.values())


def _phrases(raw: list[str], joiners: frozenset[str]) -> list[tuple[int, int]]:
    """The spans of `raw` between its list joiners."""
    cuts = [i for i, word in enumerate(raw) if word in joiners]
    return [(a + 1, b) for a, b in zip([-1, *cuts], [*cuts, len(raw)], strict=True) if b > a + 1]


def _where(raw: list[str], said: list[str]) -> int:
    """Where a need's first word stands in its clause's words (-1 when not there as written)."""
    first = said[0] if said else ""
    return raw.index(first) if first in raw else -1
