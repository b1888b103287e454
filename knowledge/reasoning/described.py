"""A framework asked for by what the sources say it is ("async flask?" asks for Quart, 003 "FAQ"): with no need
asked beyond what it is built around, that framework is the answer, with the sources' summary of it."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.parser import ParsedQuery
from knowledge.reasoning.incumbent import IncumbentDecision


def asked_for(
    kb: KnowledgeBase, query: ParsedQuery, present: set[str], excluded: tuple[str, ...]
) -> IncumbentDecision | None:
    """The framework described, when nothing runs yet and the needs said are only those it is founded on."""
    if query.current is not None:
        return None  # what runs, and the moves the sources advise from it, decide
    for fw in query.described:
        framework = kb.frameworks[fw]
        if fw in excluded or not present <= set(framework.founded_on):
            continue
        reason = f"What you describe is what the sources call {framework.name}: {framework.summary}"
        return IncumbentDecision(fw, "described", "described-as", reason, tuple(framework.sources), ())
    return None
