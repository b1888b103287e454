"""A framework the organisation has fixed is the answer, like an option list of one (vocabulary.yaml `mandates`:
002 "What I Actually See in Production", 003 "FAQ"); the needs still rank the rest and say how it fits."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.result import ParsedQuery
from knowledge.reasoning.incumbent import IncumbentDecision


def fixed(kb: KnowledgeBase, query: ParsedQuery, excluded: tuple[str, ...]) -> IncumbentDecision | None:
    """The decision the mandate makes; None when nothing is fixed or the fixed one is ruled out after all."""
    cues, fw = kb.vocabulary.mandates, query.mandated
    if cues is None or fw is None or fw not in kb.frameworks or fw in excluded:
        return None
    reason = cues.reason.format(framework=kb.name(fw))
    return IncumbentDecision(fw, "mandated", "mandated", reason, tuple(cues.sources), ())
