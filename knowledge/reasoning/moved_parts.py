"""A part said, later in a thread, to be served by another group or system ("update: the refund approvals now live
with finance's own system", "billing moved to the erp"): the needs held for that part go, the rest of the project
stays. The choice is made for the problem this system still solves (000 "Final recommendation")."""

from __future__ import annotations

import dataclasses
import re

from knowledge.base.text import normal_words, stem, words
from knowledge.engine import Engine
from knowledge.reading.result import ParsedQuery
from knowledge.reasoning import takebacks
from knowledge.reasoning.thread_state import ConversationState

_CLAUSE = re.compile(r"[.!?;,:\n]+|\s-\s")  # the moved part is named in the cue's own clause
_BOUNDS = frozenset({"and", "but", "while", "whereas", "plus"})  # where an earlier message's part ends


def _stems(text: str) -> set[str]:
    return {stem(word) for word in words(text)}


def _moved_naming(engine: Engine, text: str) -> set[str]:
    """The stems of the parts the turn says another group or system now serves: the content words before an
    `elsewhere_cues` cue in its clause, unless a framework's name follows the cue ('moved to fastapi': a move)."""
    vocab = engine.kb.vocabulary
    cues = takebacks.cue_phrases(engine, vocab.elsewhere_cues)
    plain = {*vocab.thread.vague, *vocab.thread.determiners, *vocab.thread.lead_ins, *vocab.needs.gap_stops}
    frameworks = {name for fw in engine.kb.frameworks.values() for name in (fw.id, *fw.aliases)}
    dates = frozenset(vocab.elsewhere_dates)
    naming: set[str] = set()
    for clause in _CLAUSE.split(text):
        said = normal_words(clause, vocab.rewrites)
        for at in range(len(said)):
            cue = next((c for c in cues if tuple(said[at : at + len(c)]) == c), None)
            if cue is None:
                continue
            after = said[at + len(cue) : at + len(cue) + 3]
            if not frameworks.isdisjoint(after) or (after and after[0] in dates):
                break  # "moved to fastapi": a move; "deadline moved to june": a date
            naming |= {stem(w) for w in said[:at] if w not in plain and not w.isdigit()}
            break
    return naming


def _spans(message: list[str], naming: set[str]) -> list[set[str]]:
    """The stems of each stretch of an earlier message around a word naming the moved part, up to the words that
    join it to another part ('an internal tool where ops approve refunds | and a rest api …')."""
    spans = []
    for at, word in enumerate(message):
        if stem(word) not in naming:
            continue
        start = at
        while start > 0 and message[start - 1] not in _BOUNDS:
            start -= 1
        end = at
        while end + 1 < len(message) and message[end + 1] not in _BOUNDS:
            end += 1
        spans.append({stem(w) for w in message[start : end + 1]})
    return spans


def apply(engine: Engine, state: ConversationState, parsed: ParsedQuery) -> ParsedQuery:
    """Drop the needs held for a part the turn says is served elsewhere now; the turn's reading without needs
    read from the words naming that part."""
    naming = _moved_naming(engine, parsed.text)
    if not naming:
        return parsed
    spans = [span for message in state.message_words.values() for span in _spans(message, naming)]
    gone = {
        rid
        for rid, (wording, _, _) in state.said.items()
        if state.requirements.get(rid) is False
        and (own := _stems(wording))
        and (own & naming or any(own <= span for span in spans))
    }
    takebacks.drop(state, gone)
    kept = tuple(m for m in parsed.requirements if m.negated or not _stems(m.text) & naming)
    return dataclasses.replace(parsed, requirements=kept)
