"""A framework weighed as a candidate, praised ("DRF or FastAPI? FastAPI looks easy to learn", "it seems quick to
pick up"): the words judge that framework, they are no need of the asker's (001 "Key decision factors": the team's
experience and the project's needs decide). Said of the framework that runs ("django feels sluggish, time to
switch?"), they are a complaint about what runs and stay a need."""

from __future__ import annotations

import dataclasses
import re

from knowledge.base.role_cues import RoleCues
from knowledge.reading.result import ParsedQuery
from knowledge.reading.said_inside import said_only_inside

_WORD = re.compile(r"[a-z0-9]+")
_PRONOUNS = frozenset(("it", "its"))  # "it looks fun": the framework named last before it
_REACH = 3  # "looks really quite easy to learn": a few words of degree between the verb and the praise
_BACK = 12  # how far back "it" finds the framework it stands for


class CandidatePraise:
    """Built once per vocabulary, with the frameworks' spellings."""

    def __init__(self, cues: RoleCues, framework_by_name: dict[str, str]) -> None:
        self._verbs = cues.judged_gap
        self._degree = cues.degree
        self._names = framework_by_name

    def drop(self, parsed: ParsedQuery, norm: str) -> ParsedQuery:
        """`parsed` without the needs said only as praise of a framework that does not run."""
        said = [(m.group(0), m.start()) for m in _WORD.finditer(norm)]
        praised: list[tuple[int, int]] = []  # char spans of the praise after "<candidate> looks"
        for i, (word, _) in enumerate(said):
            if word not in self._verbs or i == 0:
                continue
            judged = self._judged(said, i - 1)
            if judged is None or judged == parsed.current:
                continue
            j = i + 1
            while j < len(said) and j - i <= _REACH and said[j][0] in self._degree:
                j += 1
            if j < len(said):
                praised.append((said[j][1], _praise_end(norm, said[j][1])))
        if not praised:
            return parsed
        kept = tuple(m for m in parsed.requirements if m.negated or not said_only_inside(m.text, norm, praised))
        return parsed if kept == parsed.requirements else dataclasses.replace(parsed, requirements=kept)

    def _judged(self, said: list[tuple[str, int]], at: int) -> str | None:
        """The framework the word at `at` names, or, for 'it', the one named last before it."""
        word = said[at][0]
        if word in self._names:
            return self._names[word]
        if word not in _PRONOUNS:
            return None
        for back in range(at - 1, max(-1, at - _BACK), -1):
            if said[back][0] in self._names:
                return self._names[said[back][0]]
        return None


# the praise ends at the clause's end, or where the sentence turns to what the framework is for ("seems the natural
# pick for the ml endpoint", "looks easy for small apps": the endpoint and the apps are the asker's)
_END = re.compile(
    r"[.;:!?,\n]|\s(?:but|so|because|since|though|for|with|if|when|that|which|and (?:it|its|we|were|our|i|the))\s"
)


def _praise_end(norm: str, at: int) -> int:
    """Where the praise starting at `at` ends."""
    found = _END.search(norm, at)
    return found.start() if found else len(norm)
