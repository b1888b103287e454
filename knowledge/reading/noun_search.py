"""A list of nouns found in a long text by their first words: the same matches as one regex alternation of them
gives, without trying every position of a 4,000-character paste."""

from __future__ import annotations

import re
from collections.abc import Iterator


class NounSearch:
    """The nouns as one word-led alternation (`pattern`), tried only where a noun's first word is written: a noun
    said at some position opens with its first word there, so the positions the regex would find are among
    them, and trying them in order, each past the last match, finds what `pattern.finditer` does."""

    def __init__(self, pattern: re.Pattern[str], nouns: list[str]) -> None:
        self.pattern = pattern
        self._firsts = tuple(sorted({noun.split()[0] for noun in nouns if noun.split()}))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        spots = sorted({at for first in self._firsts if first in text for at in _occurrences(text, first)})
        end = 0
        for at in spots:
            if at >= end and (found := self.pattern.match(text, at)) is not None:
                end = found.end()
                yield found

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.match(text, pos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(text)


def _occurrences(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)
