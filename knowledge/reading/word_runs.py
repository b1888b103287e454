"""Runs of words (a cue of one to four words) found at, ending at, or anywhere in a list of words."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import compress

from knowledge.base.text import phrase_words, stem


def stemmed_phrases(phrases: list[str], rewrites: dict[str, str] | None = None) -> list[tuple[str, ...]]:
    """Cue words by stem: 'coordinator' counts as 'coordinators', 'front-desk staffer' as 'staff'."""
    return [tuple(stem(w) for w in phrase_words(p, rewrites)) for p in phrases]


def stemmed_words(phrases: list[str]) -> frozenset[str]:
    """Every word of the phrases, by stem: for cues read one word at a time ('itself', 'through')."""
    return frozenset(w for words in stemmed_phrases(phrases) for w in words)


class WordRuns:
    """A set of word runs, grouped by first word so a look-up tries only the runs that can start there."""

    def __init__(self, runs: Iterable[tuple[str, ...]]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for run in sorted(set(runs), key=len, reverse=True):  # the longest first
            self._by_first.setdefault(run[0], []).append(run)
        self._firsts = frozenset(self._by_first)  # (built once: asked of every clause by some readers)

    @classmethod
    def of_phrases(cls, phrases: Iterable[tuple[str, ...]], rewrites: dict[str, str]) -> WordRuns:
        """Runs from a cue class's phrases, normalised the way a message is (its rewrites applied)."""
        return cls(phrase_words(" ".join(p), rewrites) for p in phrases)

    @property
    def firsts(self) -> frozenset[str]:
        """The words some run opens on."""
        return self._firsts

    def may_start_in(self, said: list[str]) -> bool:
        """Whether some word of `said` opens a run: without one, `at` is 0 at every word."""
        return not self._by_first.keys().isdisjoint(said)

    def openings(self, said: list[str]) -> Iterator[int]:
        """The positions whose word opens some run (found in C): `at` is 0 at every other."""
        return compress(range(len(said)), map(self._by_first.__contains__, said))

    def at(self, said: list[str], i: int) -> int:
        """The length of the longest run starting at word `i` (0: none)."""
        if i >= len(said):
            return 0
        # a plain loop, not a generator: asked at most words of a paste, where no run or one or two open
        for run in self._by_first.get(said[i], ()):
            if tuple(said[i : i + len(run)]) == run:
                return len(run)
        return 0

    def ends_at(self, said: list[str], end: int) -> int:
        """The length of a run ending right before word `end` (0: none)."""
        for start in range(max(0, end - 4), end):
            if (n := self.at(said, start)) and start + n == end:
                return n
        return 0

    def anywhere(self, said: list[str], start: int = 0, stop: int | None = None) -> bool:
        """Whether a run starts in `said[start:stop]`."""
        window = range(len(said))[max(0, start) : stop]  # (as `said[start:stop]` picks its words)
        opens = compress(window, map(self._by_first.__contains__, said[window.start : window.stop]))
        return any(self.at(said, i) for i in opens)


def by_first_word(runs: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Runs of words indexed by their first word, so a long paste is walked once, not once per run."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for run in runs:
        if run:
            index.setdefault(run[0], []).append(run)
    return {first: tuple(found) for first, found in index.items()}


def has_run(words: list[str], runs: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """A run of `runs` (see `by_first_word`) found word for word somewhere in `words`."""
    return any(  # (the words opening a run picked out in C: a paste has hundreds)
        tuple(words[i : i + len(run)]) == run
        for i in compress(range(len(words)), map(runs.__contains__, words))
        for run in runs[words[i]]
    )


def run_at(said: Sequence[str], at: int, runs: Collection[tuple[str, ...]]) -> bool:
    """Whether one of `runs` is said word for word from `at` (for a few runs asked once: no index built)."""
    return any(tuple(said[at : at + len(run)]) == run for run in runs)


def said_anywhere(said: Sequence[str], runs: Collection[tuple[str, ...]]) -> bool:
    """Whether one of `runs` is said word for word anywhere in `said`."""
    return any(run_at(said, at, runs) for at in range(len(said)))
