"""Chat shorthand read out ("mgmt" -> "management", "reqs" -> "requirements") before phrases are looked up, with a
shorthand that names a product ("rn" before "app") read as that product's name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import compress

from knowledge.base.text import words

_NAME_REACH = 2  # "rn fitness app": one describing word may stand between the shorthand and its noun


class Shorthand:
    """The shorthand words of an index and what each stands for."""

    def __init__(
        self,
        shorthand: dict[str, str] | None = None,
        named_shorthand: Mapping[str, str] | None = None,
        name_nouns: Iterable[str] = (),
        name_breaks: Iterable[str] = (),
    ):
        self._shorthand = {word: tuple(words(expansion)) for word, expansion in (shorthand or {}).items()}
        # "our rn fitness app": a shorthand that, right before the noun of what is built, names a product
        self._named = {word: tuple(words(expansion)) for word, expansion in (named_shorthand or {}).items()}
        self._name_nouns = frozenset(name_nouns)
        self._name_breaks = frozenset(name_breaks)  # "rn the app is slow": a determiner starts another phrase

    def any_in(self, raw_words: Iterable[str]) -> bool:
        return not self._shorthand.keys().isdisjoint(raw_words)

    def expand(self, raw_words: list[str]) -> list[str]:
        """Chat shorthand to full words ("mgmt" -> "management", "w/o" handled by rewrites)."""
        if not self.any_in(raw_words):
            return raw_words
        return self.expand_with_origins(raw_words)[0]

    def expand_with_origins(self, raw_words: tuple[str, ...] | list[str]) -> tuple[list[str], list[int]]:
        """`expand`, with the position of the word each expanded word came from."""
        if not self.any_in(raw_words):  # (most messages)
            return list(raw_words), list(range(len(raw_words)))
        shorthand = self._shorthand
        # the few shorthand words found in C, the words between them copied as slices: a paste has hundreds
        expanded: list[str] = []
        origin: list[int] = []
        done = 0
        for at in compress(range(len(raw_words)), map(shorthand.__contains__, raw_words)):
            said = self._named_at(raw_words, at) or shorthand[raw_words[at]]
            expanded += raw_words[done:at]
            expanded += said
            origin += range(done, at)
            origin += [at] * len(said)
            done = at + 1
        expanded += raw_words[done:]
        origin += range(done, len(raw_words))
        return expanded, origin

    def _named_at(self, raw_words: tuple[str, ...] | list[str], at: int) -> tuple[str, ...] | None:
        """The product a shorthand names when one of the next two words is a noun of what is built ('rn app',
        'an rn fitness app'), else None ('we run flask rn'; 'rn our app is slow', where a determiner opens the
        noun's own phrase)."""
        named = self._named.get(raw_words[at])
        if named is None:
            return None
        for word in raw_words[at + 1 : at + 1 + _NAME_REACH]:
            if word in self._name_nouns:
                return named
            if word in self._name_breaks:
                return None
        return None
