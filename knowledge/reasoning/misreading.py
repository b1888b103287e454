"""A misreading set right in a thread: "no, 'admin' meant our sysadmins", "by gateway i meant a partner portal".
The term before the cue was read as a need it never was; that need goes, and the rest re-describes the project."""

from __future__ import annotations

import dataclasses

from knowledge.base.text import stem, words
from knowledge.engine import Engine
from knowledge.reading.result import ParsedQuery
from knowledge.reasoning.thread_state import ConversationState

_TERM_REACH = 4  # "no wait, by gateway i meant": the term sits a few words before the cue


def _terms(engine: Engine, said: tuple[str, ...]) -> set[str]:
    """The stems of the words a few words before each meant cue (not a purpose: 'meant to be quick')."""
    cues = engine.kb.vocabulary.thread
    vague = cues.vague
    found: set[str] = set()
    for run in cues.meant_cues:
        for at in range(len(said) - len(run) + 1):
            if tuple(said[at : at + len(run)]) != run:
                continue
            after = said[at + len(run) : at + len(run) + 1]
            if after and after[0] in cues.meant_not_before:
                continue
            term = said[max(0, at - _TERM_REACH) : at]
            found |= {stem(word) for word in term if word not in vague and word not in cues.meant_lead_ins}
    return found


def misread(engine: Engine, state: ConversationState, said: tuple[str, ...]) -> set[str]:
    """The stems of the misread term, when they name a need an earlier turn held; empty otherwise."""
    terms = _terms(engine, said)
    if not terms:
        return set()
    held = any(
        state.requirements.get(rid) is False and terms & {stem(word) for word in words(text)}
        for rid, (text, _, _) in state.said.items()
    )
    return terms if held else set()


def set_right(state: ConversationState, parsed: ParsedQuery, terms: set[str]) -> ParsedQuery:
    """Drop the needs read from the misread term, held or read again now ('by gateway' names it once more)."""
    for rid, (text, _, _) in list(state.said.items()):
        if state.requirements.get(rid) is False and terms & {stem(word) for word in words(text)}:
            state.requirements.pop(rid, None)
            state.said.pop(rid, None)
    kept = tuple(m for m in parsed.requirements if not {stem(word) for word in words(m.text)} <= terms)
    return dataclasses.replace(parsed, requirements=kept)
