"""Counts of a system's own code units: '150k lines', '~80 models', 'a 200k loc monolith', '3 endpoints'.

Found by the unit first, then the count just before it (as team sizes are found by the noun): scanning for
every number word is slow on a long paste. A count is the system's size unless the words around it make it a part
('adding 3 endpoints', '6 endpoints left'), someone else's ('calls 5 external endpoints') or other things ('serve
3 models')."""

from __future__ import annotations

import re

from knowledge.base.sizes import CodeSizeCues, SizeUnit
from knowledge.reading.alternation import alternatives
from knowledge.reading.counts import count_word_values

_WINDOW = 80  # a count, a multiplier and two words between it and the unit
_BEFORE_WORDS = 2  # "serve 3 models", "calls roughly 5 endpoints"
_CLAUSE_END = re.compile(r"[,;.!?:()\[\]{}|\n]")
_SUFFIX = {"k": 1_000, "m": 1_000_000, "hundred": 100, "thousand": 1_000, "million": 1_000_000}


def _alternatives(phrases: list[str]) -> str:
    if not phrases:
        return "(?!)"  # an empty list matches nothing
    return alternatives(phrases)


class SizeReader:
    """Reads code-unit counts against the thresholds of vocabulary.yaml `code_size`; built once per knowledge base."""

    def __init__(self, cues: CodeSizeCues | None, framework_names: list[str]) -> None:
        self._cues = cues
        if cues is None:
            return
        self._unit_of = {" ".join(word.split()): unit for unit in cues.units for word in unit.words}
        self._unit = re.compile(r"(?<![a-z])(" + _alternatives(list(self._unit_of)) + r")(?![a-z])")
        self._values = {**count_word_values(), **cues.count_words}
        self._count = re.compile(
            r"(?:(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([km](?![a-z]))?|(?<![a-z])("
            + _alternatives(list(self._values))
            + r"))(?:\s+(hundred|thousand|million)\b)?\s*\+?\s*-?\s*((?:[a-z]+[\s-]+){0,2})$"
        )
        self._before = re.compile(r"(?<![a-z])(?:" + _alternatives(cues.not_before) + r")(?![a-z])")
        self._unit_before = {  # (by the unit's words, not its id(): the engine is kept as a pickle, engine_cache.py)
            tuple(unit.words): re.compile(r"(?<![a-z])(?:" + _alternatives(unit.not_before) + r")(?![a-z])")
            for unit in cues.units
            if unit.not_before
        }
        self._framework = re.compile(r"(?<![a-z])(?:" + _alternatives(framework_names) + r")(?![a-z])")
        self._project = re.compile(r"(?<![a-z])(?:" + _alternatives(cues.project_nouns) + r")(?![a-z])")
        self._between = frozenset(cues.not_between)
        self._after = re.compile(r"[ \t]+(?:" + _alternatives(cues.not_after) + r")(?![a-z])")

    def needs(self, norm: str) -> list[tuple[str, str]]:
        """(large-app or small-scope, the words that say it) for every count of code units past a threshold, and what
        a unit counted at all says (`counted_says`)."""
        found: list[tuple[str, str]] = []
        if self._cues is None:
            return found
        for unit_match in self._unit.finditer(norm):
            unit = self._unit_of[" ".join(unit_match.group(1).split())]
            count = self._count.search(norm, max(0, unit_match.start() - _WINDOW), unit_match.start())
            if count is None or not self._own_count(norm, count, unit, unit_match.end()):
                continue
            amount = float(count.group(1).replace(",", "")) if count.group(1) else self._values[_one(count.group(3))]
            amount *= _SUFFIX.get(count.group(2) or "", 1) * _SUFFIX.get(count.group(4) or "", 1)
            if amount < unit.least:
                continue
            amount *= unit.scale
            said = norm[count.start() : unit_match.end()]
            small = unit.small_max is not None and amount <= unit.small_max
            if unit.counted_says is not None and not small:  # "2 endpoints total" says how small, no more
                found.append((unit.counted_says, said))
            if unit.large_min is not None and amount >= unit.large_min:
                found.append(("large-app", said))
            elif unit.small_max is not None and amount <= unit.small_max:
                found.append(("small-scope", said))
        return found

    def _own_count(self, norm: str, count: re.Match[str], unit: SizeUnit, unit_end: int) -> bool:
        """The count is of the whole system's units: no word around it makes them a part, someone else's, or
        other things."""
        gap = count.group(5).replace("-", " ").split()
        if gap and (unit.adjacent or self._between.intersection(gap) or set(unit.not_between).intersection(gap)):
            return False
        if self._after.match(norm, unit_end):
            return False
        if unit.framework_has and self._of_framework(norm, count.start()):
            return False
        before = _CLAUSE_END.split(norm[max(0, count.start() - 60) : count.start()])[-1].split()[-_BEFORE_WORDS:]
        near = " ".join(before)
        unit_before = self._unit_before.get(tuple(unit.words))
        return not (self._before.search(near) or (unit_before is not None and unit_before.search(near)))

    def _of_framework(self, norm: str, at: int) -> bool:
        """'django looks huge (77k loc)': a framework named a few words before, with no noun of a project (nor an
        owner) between, is what the count measures."""
        window = norm[max(0, at - _WINDOW // 2) : at]
        named = [m.end() for m in self._framework.finditer(window)]
        return bool(named) and self._project.search(window, named[-1]) is None


def _one(phrase: str) -> str:
    return " ".join(phrase.split())
