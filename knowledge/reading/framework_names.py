"""The frameworks' names as a message spells them: which framework a word names (also in a possessive that lost its
apostrophe), the frameworks a text names in order, and the known names an unknown word resembles ('flsk' ->
Flask), for the reply's "did you mean"."""

from __future__ import annotations

from itertools import filterfalse

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import normal_words
from knowledge.reading.phrases import PhraseIndex

_SUGGESTIONS_KEPT = 50_000  # bounded like the typo repairs (may pass it by one message's words)


class FrameworkNames:
    """Built once per parser from the knowledge base's spellings."""

    def __init__(self, kb: KnowledgeBase, index: PhraseIndex, common_words: frozenset[str]) -> None:
        self.by_name = kb.spellings()
        self.sorted = sorted(self.by_name)
        self._index = index  # (its typo repair finds the nearest name)
        self._common_words = common_words
        self._display = {spelling: kb.name(fw) for spelling, fw in self.by_name.items()}
        self._suggested: dict[float, dict[str, str | None]] = {}  # per distance: word -> framework name it resembles

    def named_or_possessive(self, word: str) -> str | None:
        """The framework a word names, also in the possessive the apostrophe was dropped from ('djangos')."""
        found = self.by_name.get(word)
        return found if found or not word.endswith("s") else self.by_name.get(word[:-1])

    def named_in(self, text: str, rewrites: dict[str, str]) -> tuple[str, ...]:
        """The frameworks `text` names by their own names, in order, whatever phrase holds them."""
        return tuple(dict.fromkeys(filter(None, map(self.by_name.get, normal_words(text, rewrites)))))

    def suggest(self, unknown_words: list[str] | tuple[str, ...], max_distance: float) -> tuple[str, ...]:
        """Names of known frameworks that unknown words resemble ('flsk' -> Flask)."""
        seen = self._suggested.setdefault(max_distance, {})  # a paste repeats its unknown words turn after turn
        said = dict.fromkeys(unknown_words)
        new = {word: self._suggest_one(word, max_distance) for word in filterfalse(seen.__contains__, said)}
        if new and len(seen) < _SUGGESTIONS_KEPT:
            seen.update(new)
            new = {}
        # looked up in C while every word is in `seen`: a paste has hundreds of unmatched words
        names = map(seen.get, said) if not new else (new[w] if w in new else seen.get(w) for w in said)
        return tuple(dict.fromkeys(filter(None, names)))

    def _suggest_one(self, word: str, max_distance: float) -> str | None:
        if len(word) < 4 or word.isdigit() or word in self._common_words:
            return None
        name = self._index.typos.nearest(word, self.sorted, max_distance)
        return self._display[name] if name else None
