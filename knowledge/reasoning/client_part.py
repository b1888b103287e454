"""A client app added to an application the thread has settled on: 'a parents' app in phase 2, json only' says
what the app's backend side is, not that the whole project has no pages (003 "Migration between them > Django →
FastAPI (harder)": a Django application grows its API with DRF or django-ninja rather than becoming an API)."""

from __future__ import annotations

import dataclasses

from knowledge.base.text import normal_words
from knowledge.engine import Engine
from knowledge.reading.result import ParsedQuery
from knowledge.reading.word_runs import said_anywhere
from knowledge.reasoning.thread_state import ConversationState


def scope_to_part(engine: Engine, state: ConversationState, parsed: ParsedQuery) -> ParsedQuery:
    """Drops, from a turn that names a client app (vocabulary `thread.client_part_needs`) beside an application
    held firmly from earlier turns (`thread.client_part_homes`), the needs that only describe that client's
    side (`thread.client_part_scoped`: 'json only', 'no pages')."""
    cues = engine.kb.vocabulary.thread
    said = {m.id for m in parsed.requirements if not m.negated}
    if said.isdisjoint(cues.client_part_needs):
        return parsed
    words = normal_words(parsed.text, engine.kb.vocabulary.rewrites)
    if not said_anywhere(words, cues.client_part_added) or said_anywhere(words, cues.client_part_whole):
        return parsed  # 'we just need an api for the frontend', 'the whole thing is json only': the project
    home = {
        rid
        for rid, negated in state.requirements.items()
        if not negated and rid not in state.wishes and rid not in state.loose and rid in cues.client_part_homes
    }
    if not home or any(m.id in home for m in parsed.requirements if m.negated):
        return parsed  # no application held, or the turn takes part of it back
    kept = tuple(m for m in parsed.requirements if m.id not in cues.client_part_scoped)
    return dataclasses.replace(parsed, requirements=kept)
