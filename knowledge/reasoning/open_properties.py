"""A generic property said alone ('is async worth it?', 'we expect heavy traffic', 'an mvp: flask or django?'): the
sources answer each with 'it depends on what the system does', so it is the open question, not a requirement
(closecalls.yaml `open_properties`). Said beside a need that names the workload or the product, it counts as usual."""

from __future__ import annotations

import functools

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import words
from knowledge.reading.result import ParsedQuery


def _bare(text: str, wordings: frozenset[str]) -> bool:
    """Every wording the need was read from is one of its bare wordings ('heavy traffic', not '10k concurrent')."""
    pieces = [" ".join(words(piece)) for piece in text.split(",")]
    return bool(pieces) and all(piece in wordings for piece in pieces)


def open_needs(kb: KnowledgeBase, query: ParsedQuery, *, asked_only: bool = False) -> frozenset[str]:
    """The needs left open: every need said (but the context) is a generic property said bare, and asked where the
    property is open only when asked (`asked_only`: every one), for a new system (what runs has its own rules)."""
    table = kb.close_calls.open_properties
    if not table or query.current is not None or query.mandated:
        return frozenset()
    asked = set(query.asked_needs)
    when_asked = set(table) if asked_only else set(kb.close_calls.open_when_asked)
    found: set[str] = set()
    for mention in query.requirements:
        if mention.negated or mention.background or kb.requirements[mention.id].context_only:
            continue
        wordings = table.get(mention.id)
        if wordings is None:
            return frozenset()  # a need that names the workload or the product: the property counts beside it
        if not _bare(mention.text, _normal(tuple(wordings))):
            return frozenset()  # "50k concurrent users", "p99 under 30 ms": the property measured is a need
        if mention.id in when_asked and mention.id not in asked:
            return frozenset()  # "a new async service": what is built, said
        found.add(mention.id)
    return frozenset(found)


@functools.cache
def _normal(wordings: tuple[str, ...]) -> frozenset[str]:
    return frozenset(" ".join(words(w)) for w in wordings)
