"""Typo repair: an unknown word read as the known word it is a small typo of.

A repair is marked fuzzy (the word it was corrected to), so that the advisor never trusts it as much as a word
typed right. Searches are budgeted per message, and every answer is cached, so a long paste stays fast.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from knowledge.base.text import stem

FUZZY_SEARCHES_PER_MESSAGE = 96  # new unknown words typo-searched per message (a paste has hundreds)
_MAX_REPAIRS = 50_000  # bounded: 4,000-character inputs must not grow memory forever
_MIN_FUZZY_LENGTH = 5  # shorter words are too easily one edit from a real word ("erp" / "era")


def _closest(word: str, choices: list[str], limit: int) -> str | None:
    """The first of the choices nearest to `word` within `limit` Damerau-Levenshtein edits. The quadratic DL
    distance runs only on the choices within twice the limit in plain Levenshtein edits, found with rapidfuzz's
    bit-parallel scorer: a transposition is two plain edits, so no choice within the limit is left out."""
    if not choices:
        return None
    near = process.extract(word, choices, scorer=Levenshtein.distance, score_cutoff=2 * limit, limit=None)
    if not near:
        return None
    kept = [choices[index] for index in sorted(index for _, _, index in near)]  # in their first order: ties go first
    best = process.extractOne(word, kept, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
    return best[0] if best is not None else None


def _whole_or_stem(whole: frozenset[str], word: str) -> str:
    return word if word in whole else stem(word)


class TypoRepair:
    """The known stem each word of a message stands for, repairing small typos; built once per phrase index, from
    its stems (`vocabulary`), the full words they came from, and the common words never read as a typo."""

    def __init__(
        self,
        vocabulary: frozenset[str],
        known_words: Iterable[str],
        protected: Iterable[str],
        whole: frozenset[str] = frozenset(),
    ) -> None:
        self._vocabulary = vocabulary
        self._key_of = self.key_reader(whole)
        protected = frozenset(protected)
        self._protected = protected | frozenset(stem(word) for word in protected)
        self._surface: dict[str, str] = {}  # a known full word -> its stem, for typo repair
        for word in known_words:
            self._surface.setdefault(word, self._key_of(word))
        # Candidates by first letter and length: a typo rarely changes the first letter and changes the
        # length by at most the edit limit; the buckets keep a cold paste of
        # 4,000 characters (hundreds of unseen words) inside the latency budget.
        self._fuzzy_by_first: dict[tuple[str, int], list[str]] = {}
        for word in sorted(self._surface):
            if len(word) >= _MIN_FUZZY_LENGTH and not word.isdigit():
                self._fuzzy_by_first.setdefault((word[0], len(word)), []).append(word)
        self._choices: dict[tuple[str, int, int], list[str]] = {}
        self.repairs: dict[str, tuple[str, str | None] | None] = {}
        # The cached repairs split for a scan's C-level look-ups: word -> key it is read as (a word missing reads as
        # itself), word -> the word a typo was corrected to (missing: no typo).
        self.keys: dict[str, str] = {}
        self.fixes: dict[str, str] = {}
        # Typo searches left for the message being read; the parser sets it per message, so a pasted
        # 4,000-character document repairs its first words and keeps within the latency budget.
        self.fuzzy_budget = 1 << 30
        self._nearest: dict[tuple[str, int, float], str | None] = {}
        self._by_length: dict[tuple[int, int, float], list[str]] = {}  # per word length: the choices within reach

    @staticmethod
    def key_reader(whole: frozenset[str]) -> Callable[[str], str]:
        """The key a word is looked up by: its stem, or the word itself for those the stemmer folds into another
        word ('experience', 'experiment': 'experi')."""
        if not whole:
            return stem
        return functools.partial(_whole_or_stem, whole)  # (a module function: an index pickles, see index_cache.py)

    def repair(self, word: str) -> tuple[str, str | None] | None:
        """The known stem `word` stands for, and the word it was corrected to (None: no typo); None if unknown."""
        if word in self.repairs:
            return self.repairs[word]
        found: tuple[str, str | None] | None = None
        key = self._key_of(word)
        if key in self._vocabulary:
            found = (key, None)
        elif self.fuzzy_budget <= 0:
            return None  # not cached: a later, shorter message may still repair it
        elif (
            len(word) >= _MIN_FUZZY_LENGTH
            and word not in self._protected
            and key not in self._protected
            and not any(ch.isdigit() for ch in word)
        ):
            self.fuzzy_budget -= 1
            limit = 1 if len(word) < 9 else 2
            best = _closest(word, self._fuzzy_choices(word[0], len(word), limit), limit)
            if best is not None and best not in self._protected:
                found = (self._surface[best], best)
        if len(self.repairs) < _MAX_REPAIRS:
            self.repairs[word] = found
            if found is not None:
                self.keys[word] = found[0]
                if found[1] is not None:
                    self.fixes[word] = found[1]
        return found

    def cached_every_word(self) -> bool:
        """Every word repaired since the budget was set was cached: none was left for want of budget, and the
        cache was never full."""
        return self.fuzzy_budget > 0 and len(self.repairs) < _MAX_REPAIRS

    def knows_all(self, raw_words: Iterable[str]) -> bool:
        """Every word's repair is cached: scanning them again reads them alike, with no typo search."""
        return self.repairs.keys() >= set(raw_words)

    def _fuzzy_choices(self, first: str, size: int, limit: int) -> list[str]:
        """The known words a typo of a `size`-letter word opening with `first` may stand for; built once per kind."""
        key = (first, size, limit)
        choices = self._choices.get(key)
        if choices is None:
            by_first = self._fuzzy_by_first
            choices = [c for n in range(size - limit, size + limit + 1) for c in by_first.get((first, n), ())]
            if choices:  # bounded by the known words' letters and lengths, whatever lengths the text has
                self._choices[key] = choices
        return choices

    def _near_length(self, size: int, choices: list[str], max_distance: float) -> list[str]:
        key = (size, len(choices), max_distance)  # callers pass one fixed list of names per index
        near = self._by_length.get(key)
        if near is None:
            near = [c for c in choices if abs(len(c) - size) / max(len(c), size, 1) <= max_distance]
            self._by_length[key] = near
        return near

    def nearest(self, word: str, choices: list[str], max_distance: float = 0.6) -> str | None:
        """Closest of `choices` to an unknown word, for 'did you mean …?' (distance as a share of length)."""
        key = (word, len(choices), max_distance)  # callers pass one fixed list of names per index
        if key in self._nearest:
            return self._nearest[key]
        scorer = DamerauLevenshtein.normalized_distance
        # only the choices whose length leaves them within reach (the distance is at least the length difference,
        # over the longer length): the same best, in the same order, from a few names instead of all
        best = process.extractOne(
            word, self._near_length(len(word), choices, max_distance), scorer=scorer, score_cutoff=max_distance
        )
        found = best[0] if best else None
        if len(self._nearest) < 50_000:  # bounded like the repairs
            self._nearest[key] = found
        return found
