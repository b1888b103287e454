"""Parts another product already holds ("zendesk has its own admin and agent logins"): the needs said only there are
that product's, not the new system's (vocabulary.yaml `neighbours.others_own`)."""

from __future__ import annotations

import dataclasses
import re

from knowledge.base.models import Vocabulary
from knowledge.reading.alternation import alternatives
from knowledge.reading.result import ParsedQuery

# the parts listed after the possession run to the clause's end: punctuation or a bracket
_RUN_END = re.compile(r"[,.;:!?()\n]")
_WORD = re.compile(r"[a-z0-9]+")
_PEOPLE_REACH = 20  # characters before the cue where a word for people makes the owners those people


class OthersOwn:
    """Built once per vocabulary; with no `neighbours.others_own` cue, nothing is read."""

    def __init__(self, vocab: Vocabulary) -> None:
        cues = vocab.neighbours
        self._cue = re.compile(r"\b(?:" + alternatives(cues.others_own) + r")\b") if cues and cues.others_own else None
        # "agents each have their own login", "our app has its own admin": the owners are ours or our people
        self._people = frozenset(
            {
                *vocab.people_nouns,
                *vocab.audience_nouns,
                *(cues.others_own_ours if cues else []),
                *(cues.others_own_each if cues else []),
            }
        )

    def drop(self, parsed: ParsedQuery, norm: str) -> ParsedQuery:
        """`parsed` without the needs (not denied) whose every phrase is said only inside such a list."""
        if self._cue is None:
            return parsed
        spans = []
        for cue in self._cue.finditer(norm):
            if not self._people.isdisjoint(_WORD.findall(norm, max(0, cue.start() - _PEOPLE_REACH), cue.start())):
                continue
            end = _RUN_END.search(norm, cue.end())
            spans.append((cue.end(), end.start() if end else len(norm)))
        if not spans:
            return parsed
        kept = tuple(m for m in parsed.requirements if m.negated or not self._only_inside(m.text, norm, spans))
        return parsed if len(kept) == len(parsed.requirements) else dataclasses.replace(parsed, requirements=kept)

    @staticmethod
    def _only_inside(surface: str, norm: str, spans: list[tuple[int, int]]) -> bool:
        """Whether each of the need's phrases is said, and only inside the other product's lists."""
        for phrase in surface.split(", "):
            found = [m.start() for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", norm)]
            if not found or any(not any(a <= at < b for a, b in spans) for at in found):
                return False
        return True
