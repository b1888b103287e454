"""Turning free text into words, and finding known phrases in those words.

Everything the parser recognises (requirements, frameworks, cue words) is a phrase: a
sequence of lower-case words. `PhraseIndex` finds the longest known phrase at each
position, after repairing unknown words by singularising them or correcting small typos.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_PUNCTUATION = re.compile(r"[,;.!?/\n\r\t()\[\]{}:|+&*\"“”<>=~]+")
_APOSTROPHES = re.compile(r"['’‘`´]")
_SLACK_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
MAX_INPUT_CHARS = 8000


def normalize(text: str, rewrites: dict[str, str] | None = None) -> str:
    """Lower-case, fold Unicode look-alikes, drop apostrophes, apply spelling rewrites."""
    text = text[:MAX_INPUT_CHARS]
    for entity, char in _SLACK_ENTITIES.items():
        text = text.replace(entity, char)
    text = unicodedata.normalize("NFKC", text).lower()
    text = _APOSTROPHES.sub("", text)
    for old, new in (rewrites or {}).items():
        text = text.replace(old, new)
    return text


def in_sentence(label: str) -> str:
    """A label as it reads mid-sentence: 'Real-time (WebSocket)' -> 'real-time (WebSocket)', 'SaaS' stays."""
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def clauses(text: str) -> list[str]:
    """Split normalized text on punctuation; cue-word breaks are applied later."""
    return [part for part in _CLAUSE_PUNCTUATION.split(text) if part.strip()]


def phrase_words(phrase: str, rewrites: dict[str, str] | None = None) -> tuple[str, ...]:
    return tuple(words(normalize(phrase, rewrites)))


@dataclass(frozen=True, slots=True)
class Match:
    """A known phrase found at words[start:end], with every tag attached to it."""

    start: int
    end: int
    tags: tuple[tuple[str, str], ...]
    surface: str


def _singular(word: str) -> str | None:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return None


class PhraseIndex:
    """Longest-match lookup of tagged phrases, tolerant of plurals and small typos."""

    def __init__(self, tagged_phrases: Iterable[tuple[tuple[str, ...], str, str]], protected: Iterable[str]):
        tags: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for phrase, kind, value in tagged_phrases:
            if phrase and (kind, value) not in tags.setdefault(phrase, []):
                tags[phrase].append((kind, value))
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]] = {}
        for phrase, phrase_tags in tags.items():
            self._by_first.setdefault(phrase[0], []).append((phrase, tuple(phrase_tags)))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))
        self.vocabulary: frozenset[str] = frozenset(word for phrase in tags for word in phrase)
        self._protected = frozenset(protected)
        self._fuzzy_choices = sorted(word for word in self.vocabulary if len(word) >= 4 and not word.isdigit())
        self._repairs: dict[str, str | None] = {}

    def repair(self, word: str) -> str | None:
        """The known word `word` most likely stands for, or None. Cached per index."""
        if word in self.vocabulary:
            return word
        if word in self._repairs:
            return self._repairs[word]
        found: str | None = None
        singular = _singular(word)
        if singular in self.vocabulary:
            found = singular
        elif len(word) >= 5 and word not in self._protected and not word.isdigit():
            limit = 1 if len(word) < 9 else 2
            best = process.extractOne(word, self._fuzzy_choices, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
            if best is not None and best[0] not in self._protected:
                found = best[0]
        if len(self._repairs) < 50_000:  # bounded: 4,000-character inputs must not grow memory forever
            self._repairs[word] = found
        return found

    def scan(self, raw_words: list[str]) -> tuple[list[Match], list[tuple[str, str]]]:
        """Find phrases left to right, longest first; also return (typed, read-as) corrections."""
        fixed = [self.repair(word) or word for word in raw_words]
        corrections = [
            (raw, new) for raw, new in zip(raw_words, fixed, strict=True) if raw != new and _singular(raw) != new
        ]
        matches: list[Match] = []
        i = 0
        while i < len(fixed):
            for phrase, tags in self._by_first.get(fixed[i], ()):
                if tuple(fixed[i : i + len(phrase)]) == phrase:
                    surface = " ".join(raw_words[i : i + len(phrase)])
                    matches.append(Match(i, i + len(phrase), tags, surface))
                    i += len(phrase)
                    break
            else:
                i += 1
        return matches, corrections

    def nearest(self, word: str, choices: list[str], max_distance: float = 0.6) -> str | None:
        """Closest of `choices` to an unknown word, for 'did you mean …?' (distance as a share of length)."""
        scorer = DamerauLevenshtein.normalized_distance
        best = process.extractOne(word, choices, scorer=scorer, score_cutoff=max_distance)
        return best[0] if best else None
