"""A library named with what it was added for ('flask-smorest … for openapi docs', 'docs via flask-smorest'): the
needs named for it are answered by that library, as its own needs are."""

from __future__ import annotations

from knowledge.base.scope_cues import ScopeCues
from knowledge.reading.lists import NEED_KINDS
from knowledge.reading.needs import NeedReader
from knowledge.reading.state import Clause

__all__ = ["answer_purpose"]


def answer_purpose(clause: Clause, needs_reader: NeedReader, cues: ScopeCues) -> None:
    """'we added flask-smorest to our api last year for openapi docs', 'the api got openapi docs via
    flask-smorest': the needs named after the purpose word that follows a framework's own library, or before
    the word that leads to it, are answered by it, as the library's own needs are."""
    raw, state = clause.raw, clause.state
    if state.purpose_of is None and state.brought_by is None:
        return  # (most clauses: no library named with a purpose)
    # "… for openapi docs and it works ok": a new subject ends what it was added for
    enders = cues.scope_enders - cues.scope_keepers
    spans: list[tuple[str, int, int]] = []
    if state.purpose_of is not None:  # the needs after "for", to the next ender
        fw, at = state.purpose_of
        spans.append((fw, at + 1, next((i for i in range(at, len(raw)) if raw[i] in enders), len(raw))))
    if state.brought_by is not None:  # "our api gained openapi docs via flask-smorest": the needs before "via"
        fw, at = state.brought_by
        spans.append((fw, next((i + 1 for i in range(at - 1, -1, -1) if raw[i] in enders), 0), at))
    for fw, start, stop in spans:
        _answered_by(clause, fw, start, stop, needs_reader)


def _answered_by(clause: Clause, fw: str, start: int, stop: int, needs_reader: NeedReader) -> None:
    """The needs named between words `start` and `stop` are answered by a library of `fw`."""
    msg = clause.msg
    for match in clause.matches:
        if match.start < start or match.end > stop or not NEED_KINDS.intersection(match.kinds):
            continue
        for said in needs_reader.mentions(match.kinds, match.surface, negated=False, fuzzy=match.fuzzy):
            mention = msg.requirements.get(said.id)
            if mention is not None and not mention.negated:
                msg.extensions[(fw, said.id)] = None
