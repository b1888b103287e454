"""A few cue phrases ('keeps breaking', 'is broken') looked for in a clause's words, from the word opening each."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress


class PhraseSet:
    """Whether some of a few phrases is said in a list of words ('keeps breaking'): looked up from the words
    that open a phrase, so a clause holding none of them is passed with one set test."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self._empty = False  # an empty phrase is in any words
        for phrase in phrases:
            if phrase:
                self._by_first.setdefault(phrase[0], []).append(phrase)
            else:
                self._empty = True

    def said_in(self, said: list[str]) -> bool:
        if self._empty:
            return True
        by_first = self._by_first
        if by_first.keys().isdisjoint(said):
            return False
        return any(  # (the words opening a phrase picked out in C)
            tuple(said[i : i + len(phrase)]) == phrase
            for i in compress(range(len(said)), map(by_first.__contains__, said))
            for phrase in by_first[said[i]]
        )

    def first_at(self, said: list[str]) -> int:
        """Where the first of the phrases said in `said` starts ('the admin keeps breaking': 2); its length if none."""
        by_first = self._by_first
        return next(
            (
                i
                for i in compress(range(len(said)), map(by_first.__contains__, said))
                if any(tuple(said[i : i + len(phrase)]) == phrase for phrase in by_first[said[i]])
            ),
            len(said),
        )

    def opens(self, said: list[str]) -> bool:
        """Whether one of the phrases opens `said` ('hasnt cut it for the agents')."""
        return bool(said) and any(tuple(said[: len(p)]) == p for p in self._by_first.get(said[0], ()))
