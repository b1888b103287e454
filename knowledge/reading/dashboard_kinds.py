"""A bare 'dashboard' named beside words of data analysis ('pandas forecasts', 'a data scientist') is a data
science dashboard: the message's own words settle the kind the bare word leaves open."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.result import RequirementMention

BARE, DATA, INTERNAL = "dashboard", "data-dashboard", "internal-tool"
_OTHER_KINDS = frozenset({DATA, "admin-panel", "realtime", INTERNAL})  # a kind said already settles it


class DashboardKinds:
    def __init__(self, kb: KnowledgeBase) -> None:
        self._words = kb.vocabulary.needs.data_work_words
        self._label = kb.requirements[DATA].label

    def settle(self, requirements: dict[str, RequirementMention], said_words: list[str]) -> None:
        """Add the data science dashboard when the bare word stands with a word of data work and no other kind."""
        bare = requirements.get(BARE)
        internal = requirements.get(INTERNAL)
        # "an analyst's small internal dashboard of pandas forecasts": the internal tool is that dashboard itself,
        # said with who sees it, so it is still a dashboard whose kind the data words settle
        if bare is None and internal is not None and internal.text.split()[-1:] == [BARE]:
            bare = internal
            others = _OTHER_KINDS - {INTERNAL}
        else:
            others = _OTHER_KINDS
        if bare is None or bare.negated or bare.wish or others.intersection(requirements):
            return
        word = next((w for w in said_words if w in self._words), None)
        if word is not None:
            requirements[DATA] = RequirementMention(DATA, self._label, False, f"{bare.text} + {word}")
