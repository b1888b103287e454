"""Turning free text into words, and finding known phrases in those words.

Everything the parser recognises (requirements, lexicon terms, frameworks, cue words) is a
phrase: a sequence of lower-case words. `PhraseIndex` compares words by their Snowball stem
(so "webhooks", "serving" and "dashboards" need no entries of their own), expands chat
shorthand ("mgmt", "reqs"), and repairs remaining unknown words by small typo corrections,
which it marks as fuzzy so that the advisor never trusts them as much as a word typed right.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import Stemmer
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

_WORD = re.compile(r"[a-z0-9]+")
# em and en dashes too, and a hyphen set apart by spaces ("deploying the new backend - switching from …")
_CLAUSE_PUNCTUATION = re.compile(r"[,;.!?/\n\r\t()\[\]{}:|+&*\"“”<>=~—–]+|\s-{1,2}\s")
_APOSTROPHES = re.compile(r"['’‘`´]")
_LIST_SLASH = re.compile(r"(?<=[a-z])/(?=[a-z])")  # "users/roles/admin": one list, not three clauses
_INNER_DOT = re.compile(r"(?<=[a-z])\.(?=[a-z])")  # "app.run", "microblog.pub": a name's dot, not a sentence end
_SLACK_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
MAX_INPUT_CHARS = 8000


_STEMMER = Stemmer.Stemmer("english")
_MIN_STEM_LENGTH = 4  # "ios" must not become "io", nor "sso" anything else
_MIN_FUZZY_LENGTH = 5  # shorter words are too easily one edit from a real word ("erp" / "era")


def stem(word: str) -> str:
    return _STEMMER.stemWord(word) if len(word) >= _MIN_STEM_LENGTH and not word.isdigit() else word


@functools.cache
def _rewrite_pattern(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    if not keys:
        return None

    def guarded(key: str) -> str:  # whole words only where the key has word characters at its edges
        left = r"(?<![a-z0-9])" if key[0].isalnum() else ""
        right = r"(?![a-z0-9])" if key[-1].isalnum() else ""
        return left + re.escape(key) + right

    ordered = sorted(keys, key=len, reverse=True)
    # Keys with word characters at both edges share one guard, checked once per position rather than once per
    # key: on a 4,000-character paste that is the difference between ~0.9 ms and a fraction of it.
    words_only = [re.escape(key) for key in ordered if key[0].isalnum() and key[-1].isalnum()]
    shared = [r"(?<![a-z0-9])(?:" + "|".join(words_only) + r")(?![a-z0-9])"] if words_only else []
    others = [guarded(key) for key in ordered if not (key[0].isalnum() and key[-1].isalnum())]
    return re.compile("|".join(shared + others))


def normalize(text: str, rewrites: dict[str, str] | None = None) -> str:
    """Lower-case, fold Unicode look-alikes, drop apostrophes, apply spelling rewrites (whole words only)."""
    text = text[:MAX_INPUT_CHARS]
    for entity, char in _SLACK_ENTITIES.items():
        text = text.replace(entity, char)
    text = unicodedata.normalize("NFKC", text).lower()
    text = _APOSTROPHES.sub("", text)
    if rewrites:
        pattern = _rewrite_pattern(tuple(rewrites))
        if pattern is not None:
            text = pattern.sub(lambda m: rewrites[m.group(0)], text)
    return text


def in_sentence(label: str) -> str:
    """A label as it reads mid-sentence: 'Real-time (WebSocket)' -> 'real-time (WebSocket)', 'SaaS' stays."""
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def clauses(text: str) -> list[str]:
    """Split normalized text on punctuation; cue-word breaks are applied later. A slash between words
    lists alternatives ("no users/roles/admin"), so it reads as "or" and a cue before the list governs all of it; a
    dot inside a word ("app.run") joins its parts."""
    text = _LIST_SLASH.sub(" or ", text)
    text = _INNER_DOT.sub(" ", text)
    return [part for part, _ in asked_clauses(text)]


def asked_clauses(text: str) -> list[tuple[str, bool]]:
    """The clauses of `clauses`, each with whether a question mark ends it ("do we need sso? nah")."""
    text = _LIST_SLASH.sub(" or ", text)
    text = _INNER_DOT.sub(" ", text)
    parts = _CLAUSE_PUNCTUATION.split(text)
    ends = [m.group(0) for m in _CLAUSE_PUNCTUATION.finditer(text)] + [""]
    return [(part, "?" in end) for part, end in zip(parts, ends, strict=True) if part.strip()]


def phrase_words(phrase: str, rewrites: dict[str, str] | None = None) -> tuple[str, ...]:
    return tuple(words(normalize(phrase, rewrites)))


@dataclass(frozen=True, slots=True)
class Match:
    """A known phrase found at words[start:end], with every tag attached to it."""

    start: int
    end: int
    tags: tuple[tuple[str, str], ...]
    surface: str
    fuzzy: bool = False  # at least one word was typo-corrected to match


class PhraseIndex:
    """Longest-match lookup of tagged phrases by word stems, tolerant of shorthand and small typos."""

    def __init__(
        self,
        tagged_phrases: Iterable[tuple[tuple[str, ...], str, str]],
        protected: Iterable[str],
        shorthand: dict[str, str] | None = None,
        exact_kinds: frozenset[str] = frozenset(),
    ):
        self._shorthand = {word: tuple(words(expansion)) for word, expansion in (shorthand or {}).items()}
        # Phrases are read the way text is: "hard to find devs" must match after "devs" is expanded.
        tagged = [(tuple(self.expand(list(phrase))), kind, value) for phrase, kind, value in tagged_phrases]
        tags: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        for phrase, kind, value in tagged:
            key = tuple(stem(word) for word in phrase)
            if key and (kind, value) not in tags.setdefault(key, []):
                tags[key].append((kind, value))
        self._tags: dict[tuple[str, ...], tuple[tuple[str, str], ...]] = {p: tuple(t) for p, t in tags.items()}
        # A name of several words ("flask-migrate") is matched as spelled, not by stems: "flask migration" is a
        # move, not the package. Per stem key, the spellings that may carry the exact kinds' tags.
        self._exact_kinds = exact_kinds
        self._spellings: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for phrase, kind, _ in tagged:
            if kind in exact_kinds and len(phrase) > 1:
                self._spellings.setdefault(tuple(stem(word) for word in phrase), set()).add(phrase)
        lengths: dict[str, set[int]] = {}
        for phrase in tags:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        # Per first word, the phrase lengths to try, longest first: a few dict look-ups per position.
        self._lengths = {first: sorted(found, reverse=True) for first, found in lengths.items()}
        self.vocabulary: frozenset[str] = frozenset(word for phrase in tags for word in phrase)
        self._protected = frozenset(protected) | frozenset(stem(word) for word in protected)
        self._surface: dict[str, str] = {}  # a known stem -> one full word it came from, for typo repair
        for phrase, _, _ in tagged:
            for word in phrase:
                self._surface.setdefault(word, stem(word))
        # Candidates by first letter and length: a typo rarely changes the first letter and changes the
        # length by at most the edit limit; the buckets keep a cold paste of
        # 4,000 characters (hundreds of unseen words) inside the latency budget.
        self._fuzzy_by_first: dict[tuple[str, int], list[str]] = {}
        for word in sorted(self._surface):
            if len(word) >= _MIN_FUZZY_LENGTH and not word.isdigit():
                self._fuzzy_by_first.setdefault((word[0], len(word)), []).append(word)
        self._repairs: dict[str, tuple[str, str | None] | None] = {}
        # Typo searches left for the message being read; the parser sets it per message, so a pasted
        # 4,000-character document repairs its first words and keeps within the latency budget.
        self.fuzzy_budget = 1 << 30
        self._nearest: dict[tuple[str, int, float], str | None] = {}

    def repair(self, word: str) -> tuple[str, str | None] | None:
        """The known stem `word` stands for, and the word it was corrected to (None: no typo); None if unknown."""
        if word in self._repairs:
            return self._repairs[word]
        found: tuple[str, str | None] | None = None
        key = stem(word)
        if key in self.vocabulary:
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
            size = len(word)
            choices = [
                c for n in range(size - limit, size + limit + 1) for c in self._fuzzy_by_first.get((word[0], n), ())
            ]
            best = process.extractOne(word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
            if best is not None and best[0] not in self._protected:
                found = (self._surface[best[0]], best[0])
        if len(self._repairs) < 50_000:  # bounded: 4,000-character inputs must not grow memory forever
            self._repairs[word] = found
        return found

    def expand(self, raw_words: list[str]) -> list[str]:
        """Chat shorthand to full words ("mgmt" -> "management", "w/o" handled by rewrites)."""
        if not self._shorthand or not any(word in self._shorthand for word in raw_words):
            return raw_words
        out: list[str] = []
        for word in raw_words:
            out.extend(self._shorthand.get(word, (word,)))
        return out

    def scan(self, raw_words: list[str]) -> tuple[list[Match], list[tuple[str, str]]]:
        """Find phrases left to right, longest first; also return (typed, read-as) typo corrections."""
        cache, keys, fuzzy = self._repairs, [], []
        for word in raw_words:  # hot loop on 4,000-character pastes: the cache answers almost every word
            found = cache[word] if word in cache else self.repair(word)
            keys.append(found[0] if found else word)
            fuzzy.append(found[1] if found else None)
        matches: list[Match] = []
        corrections: list[tuple[str, str]] = []
        lengths, phrases, count = self._lengths, self._tags, len(keys)
        # next_count[j]: where the next bare number at or after j is (count if none), so the phrase-skips-a-number
        # path below is only tried where a number actually falls inside the phrase.
        next_count = [count] * (count + 1)
        if any(key.isdigit() for key in keys):
            for j in range(count - 1, -1, -1):
                next_count[j] = j if keys[j].isdigit() else next_count[j + 1]
        i = 0
        while i < count:
            for length in lengths.get(keys[i], ()):
                end = i + length
                tags = phrases.get(tuple(keys[i:end])) if end <= count else None
                at: range | list[int] = range(i, end)
                if tags is None and length > 1 and next_count[i + 1] < end:
                    # "expose 3 models", "split into 12 services": a bare count inside a phrase is skipped
                    # unless the count opens a phrase of its own ("for 10 year product": "10 year product" reads).
                    window = range(i, min(count, i + 2 * length))
                    at = [j for j in window if j == i or not keys[j].isdigit() or self._opens(keys, j)][:length]
                    skipped = len(at) == length and at[-1] >= i + length
                    tags = phrases.get(tuple(keys[j] for j in at)) if skipped else None
                    end = at[-1] + 1
                spelled = self._spellings.get(tuple(keys[j] for j in at)) if tags is not None and end > i + 1 else None
                if tags and spelled and tuple(raw_words[j] for j in at) not in spelled:
                    tags = tuple(tag for tag in tags if tag[0] not in self._exact_kinds) or None
                if tags is not None:
                    surface = " ".join(raw_words[i:end])
                    was_fuzzy = any(fuzzy[j] for j in at)
                    if was_fuzzy:
                        corrections += [(raw_words[j], fixed) for j in at if (fixed := fuzzy[j])]
                    matches.append(Match(i, end, tags, surface, was_fuzzy))
                    i = end
                    break
            else:
                i += 1
        return matches, corrections

    def _opens(self, keys: list[str], at: int) -> bool:
        """Some phrase starts at keys[at]."""
        return any(self._tags.get(tuple(keys[at : at + n])) for n in self._lengths.get(keys[at], ()))

    def nearest(self, word: str, choices: list[str], max_distance: float = 0.6) -> str | None:
        """Closest of `choices` to an unknown word, for 'did you mean …?' (distance as a share of length)."""
        key = (word, len(choices), max_distance)  # callers pass one fixed list of names per index
        if key in self._nearest:
            return self._nearest[key]
        scorer = DamerauLevenshtein.normalized_distance
        best = process.extractOne(word, choices, scorer=scorer, score_cutoff=max_distance)
        found = best[0] if best else None
        if len(self._nearest) < 50_000:  # bounded like the repairs
            self._nearest[key] = found
        return found


def says(raw: list[str], cues: Iterable[tuple[str, ...]]) -> bool:
    """The words of one of `cues` appear together, in order, in `raw`."""
    return any(tuple(raw[i : i + len(cue)]) == cue for cue in cues for i in range(len(raw) - len(cue) + 1))
