"""Whether a message says anything of the asker's own project (a system, its users, data or load), or only asks
about frameworks, their market or a date. Named frameworks narrow the field for a loose word only in the former."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import phrase_words
from knowledge.reading.result import ParsedQuery
from knowledge.reading.text import clauses

# grammar, not a cue list: a preposition ends the pair compared ("sync and async views | for our chat app")
# and so does a conjunction giving the reason ("wsgi and asgi | matters to us because our dashboard streams …")
_PAIR_ENDS = frozenset(
    {"for", "in", "on", "at", "with", "when", "if", "given", "inside", "within"}
    | {"to", "because", "since", "cause", "as"}
)


def project_said_in(kb: KnowledgeBase, text: str) -> bool:
    """A project word (closecalls.yaml `project_words`) in the text: 'our api', 'the app', 'customers'."""
    if not text:
        return False
    return not set(kb.close_calls.project_words).isdisjoint(phrase_words(text))


def project_need_read(kb: KnowledgeBase, query: ParsedQuery) -> bool:
    """A need that is itself a fact of the asker's system (closecalls.yaml `project_needs`): 'it works fine'."""
    needs = set(kb.close_calls.project_needs)
    return any(m.id in needs and not m.negated for m in query.requirements)


def project_said_beyond_pair(kb: KnowledgeBase, norm: str, remainder: str) -> bool:
    """'we build a chat app. [difference between] sync and async views?': a project word outside the two things
    compared. `remainder` is the normalised message `norm` with the question's cue cut out; the pair is what follows
    the cue in its clause, up to a preposition ('sync and async | for our chat app')."""
    at = next((i for i, (a, b) in enumerate(zip(norm, remainder, strict=False)) if a != b), len(remainder))
    parts = clauses(remainder[at:])
    first = phrase_words(parts[0]) if parts else ()
    cut = next((i for i, word in enumerate(first) if word in _PAIR_ENDS), len(first))
    rest = " ".join([remainder[:at], *first[cut:], *parts[1:]])
    return project_said_in(kb, rest)
