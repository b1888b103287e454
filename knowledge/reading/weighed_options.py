"""A fix named as one option of a question beside a framework ("more gunicorn workers, or fastapi?", "do we add a
cache or port to fastapi?", "move to fastapi, or more workers?"): the asker weighs it against the move, so it is
asked about, not something done that would keep the app where it is (the tune-in-place rules read only fixes said
as facts)."""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.reading.phrases import Match
from knowledge.reading.state import MessageState


class WeighedOptions:
    """Built once per vocabulary: the option joiners (vocabulary.yaml roles.option_joiners), the needs that are
    fixes (requirements.yaml `remedy`) and the framework names."""

    def __init__(self, joiners: frozenset[str], remedies: frozenset[str], frameworks: frozenset[str]) -> None:
        self._joiners = joiners
        self._remedies = remedies
        self._frameworks = frameworks

    def weighed(self, msg: MessageState, raw: list[str], matches: Sequence[Match]) -> list[str]:
        """The fixes the asked clause just read (or, when it opens on the joiner, the clause before it in the
        sentence) offers as the other option to a framework named on the joiner's other side."""
        if not msg.sentence_clauses:
            return []
        named = [m.start for m in matches if "framework" in m.kinds]
        joiner = next((i for i, w in enumerate(raw) if w in self._joiners and any(p > i for p in named)), None)
        if joiner is not None:
            if joiner == 0:
                if len(msg.sentence_clauses) < 2:
                    return []
                found = msg.sentence_clauses[-2][1]
            else:
                before = " ".join(raw[:joiner])
                found = [m for m in msg.sentence_clauses[-1][1] if m.text.lower() in before]
            return [m.id for m in found if m.id in self._remedies and not m.negated]
        # the framework first: "move to fastapi, or more gunicorn workers?", "port to fastapi or add a cache?"
        joiner = next((i for i, w in enumerate(raw) if w in self._joiners), None)
        if joiner is None:
            return []
        earlier = raw[:joiner] if joiner else (msg.sentence_clauses[-2][0] if len(msg.sentence_clauses) > 1 else [])
        if self._frameworks.isdisjoint(earlier) and not any(p < joiner for p in named):
            return []
        after = " ".join(raw[joiner + 1 :])
        return [
            m.id
            for m in msg.sentence_clauses[-1][1]
            if m.id in self._remedies and not m.negated and m.text.lower() in after
        ]
