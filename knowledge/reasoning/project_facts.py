"""Whether a message says anything of the asker's own project (a system, its users, data or load), or only asks
about frameworks, their market or a date. Named frameworks narrow the field for a loose word only in the former."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import phrase_words
from knowledge.reading.result import ParsedQuery


def project_said_in(kb: KnowledgeBase, text: str) -> bool:
    """A project word (closecalls.yaml `project_words`) in the text: 'our api', 'the app', 'customers'."""
    if not text:
        return False
    return not set(kb.close_calls.project_words).isdisjoint(phrase_words(text))


def project_need_read(kb: KnowledgeBase, query: ParsedQuery) -> bool:
    """A need that is itself a fact of the asker's system (closecalls.yaml `project_needs`): 'it works fine'."""
    needs = set(kb.close_calls.project_needs)
    return any(m.id in needs and not m.negated for m in query.requirements)
