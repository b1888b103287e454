"""Needs another need makes pointless: a CPU-bound service gains nothing from async (requirements.yaml `moots`),
so the advisor weighs the mooted need as not needed."""

from __future__ import annotations

import dataclasses

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.parser import ParsedQuery


def without_moot(kb: KnowledgeBase, query: ParsedQuery) -> ParsedQuery:
    """`query` with every need a firmly stated other need moots read as not needed."""
    firm = [m.id for m in query.requirements if not m.negated and not m.wish]
    mooted = {rid for need in firm for rid in kb.requirements[need].moots}
    if not mooted.intersection(m.id for m in query.requirements if not m.negated):
        return query
    requirements = tuple(
        dataclasses.replace(m, negated=True) if m.id in mooted and not m.negated else m for m in query.requirements
    )
    return dataclasses.replace(query, requirements=requirements)
