"""Words as the knowledge base and the reader both see them: text normalised (lower-case, Unicode look-alikes
folded, apostrophes dropped, spelling rewrites applied), cut into words, and each word's Snowball stem."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import cast

import Stemmer

from knowledge.base.literals import literal_pattern

_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHES = re.compile(r"['’‘`´]")
_SLACK_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
# A package pin ("fastapi==0.110.0", "flask>=2.3", "django~=4.2") is pip's grammar for a version installed: it reads
# as the name and its version ("fastapi 0.110.0"), as "django 4" does, not as a clause break at "=". An arrow just
# before a pin shows what a command printed ("grep fastapi -> fastapi==0.110.0"), not a move to it.
_PIN = re.compile(r"(?:-+>\s*(?=[a-z][a-z0-9_.-]*(?:===|==|~=|>=)\d))|(?<=[a-z])(?:===|==|~=|>=)(?=\d)")
# Slack's and Markdown's bold ("the API *is* the product") stresses the words inside; the stars are no punctuation
# (a lone "*" still splits, as in a footnote or a glob). Struck text ("~x~") is left alone: it takes words back.
# A bound on a figure ("p99 < 20ms", "p95 <300ms", "> 10k rps") is one clause, read as "under"/"over" it; a
# pin ("django<5", glued to a name) and an arrow ("->", "=>") are left to the rules above and below.
_BOUND = re.compile(r"(?<![a-z=<>-])\s*(<=?|≤|>=?|≥)\s*(?=~?\s*\d)")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,60}?)(?<=[^\s*])\*(?![\w*])")
MAX_INPUT_CHARS = 8000


_STEMMER = Stemmer.Stemmer("english")
_MIN_STEM_LENGTH = 4  # "ios" must not become "io", nor "sso" anything else


_STEMS: dict[str, str] = {}  # every phrase index stems a paste's new words: each word stemmed once
_MAX_STEMS = 100_000  # bounded: 4,000-character inputs must not grow memory forever


def stem(word: str) -> str:
    found = _STEMS.get(word)
    if found is None:
        found = _STEMMER.stemWord(word) if len(word) >= _MIN_STEM_LENGTH and not word.isdigit() else word
        if len(_STEMS) < _MAX_STEMS:
            _STEMS[word] = found
    return found


def stems(said: list[str]) -> list[str]:
    """`stem` of each word: a paste's clauses are stemmed as they are read, their words nearly all stemmed
    before, so the stored stems are looked up in C and only a list holding a new word goes word by word."""
    found = list(map(_STEMS.get, said))
    return cast(list[str], found) if None not in found else [stem(word) for word in said]


class _Rewriter:
    """One rewrite table as a regex of its keys; hashed by identity, so caches keyed by it cost nothing to look up
    (a table of a few hundred pairs hashed per call was most of the knowledge base's phrase reading)."""

    __slots__ = ("pattern", "source", "table")

    def __init__(self, rewrites: dict[str, str]) -> None:
        self.source = rewrites  # kept, so its id is not reused while this stands for it
        self.table = dict(rewrites)
        self.pattern = literal_pattern(tuple(self.table))

    def __reduce__(self) -> tuple[object, tuple[dict[str, str], re.Pattern[str] | None]]:
        return _read_back, (self.source, self.pattern)


def _read_back(rewrites: dict[str, str], pattern: re.Pattern[str] | None) -> _Rewriter:
    """A rewriter read back from a pickle (the kept engine's), its regex with it: taken up as this table's, so
    the first message does not compile that regex again (the vocabulary's: a few ms of a cold `ask`)."""
    kept = _Rewriter.__new__(_Rewriter)
    kept.source, kept.table, kept.pattern = rewrites, dict(rewrites), pattern
    _REWRITERS[id(rewrites)] = kept
    return kept


_NO_REWRITES = _Rewriter({})
_REWRITERS: dict[int, _Rewriter] = {}


def rewriter_of(rewrites: dict[str, str] | None) -> _Rewriter:
    """The regex and table that apply `rewrites`, built once per table."""
    if not rewrites:
        return _NO_REWRITES
    found = _REWRITERS.get(id(rewrites))
    if found is None or found.source is not rewrites or len(found.table) != len(rewrites):
        found = _REWRITERS[id(rewrites)] = _Rewriter(rewrites)
    return found


def normalize(text: str, rewrites: dict[str, str] | None = None) -> str:
    """Lower-case, fold Unicode look-alikes, drop apostrophes, apply spelling rewrites (whole words only)."""
    return _normalized(text, rewriter_of(rewrites))


# A few recent texts: one turn normalises its message several times (intents, parser, conversation), and on a
# 4,000-character paste each pass costs a few hundred microseconds.
@functools.lru_cache(maxsize=8)
def _normalized(text: str, rewriter: _Rewriter) -> str:
    text = text[:MAX_INPUT_CHARS]
    for entity, char in _SLACK_ENTITIES.items():
        text = text.replace(entity, char)
    if not text.isascii():  # (NFKC leaves ASCII as it is: most phrases and messages)
        text = unicodedata.normalize("NFKC", text)
        # accents folded ("pública" -> "publica"): a non-English fragment reads as its rewrites spell it
        text = _NON_ASCII.sub(_uncombined, unicodedata.normalize("NFKD", text))
    text = text.lower()
    text = _APOSTROPHES.sub("", text)
    if "*" in text:
        text = _EMPHASIS.sub(r"\1", text)
    if "<" in text or ">" in text or "≤" in text or "≥" in text:
        text = _BOUND.sub(lambda bound: " under " if bound.group(1)[0] in "<≤" else " over ", text)
    if "=" in text:
        text = _PIN.sub(lambda pin: ": " if pin.group(0).startswith("-") else " ", text)
    if rewriter.pattern is not None:
        table = rewriter.table
        text = rewriter.pattern.sub(lambda m: table[m.group(0)], text)
    return text


# an ASCII character never combines: only the runs of other characters are looked at (a paste is mostly ASCII)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _uncombined(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def normal_words(text: str, rewrites: dict[str, str] | None = None) -> tuple[str, ...]:
    """`words(normalize(text, rewrites))`: one turn reads its message's words three times (intents, parser,
    conversation), each a pass over up to 4,000 characters."""
    return _normal_words(text, rewriter_of(rewrites))


@functools.lru_cache(maxsize=8)  # as `_normalized`: the last few messages
def _normal_words(text: str, rewriter: _Rewriter) -> tuple[str, ...]:
    return tuple(words(_normalized(text, rewriter)))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def phrase_words(phrase: str, rewrites: dict[str, str] | None = None) -> tuple[str, ...]:
    return tuple(words(normalize(phrase, rewrites)))


def phrase_word_set(
    phrases: Iterable[str], rewrites: dict[str, str] | None = None, *, stemmed: bool = False
) -> frozenset[str]:
    """Every word of the phrases, for a one-word membership test (by stem with `stemmed`: 'replies' is 'reply')."""
    return frozenset(stem(w) if stemmed else w for phrase in phrases for w in phrase_words(phrase, rewrites))


def phrase_words_many(phrases: list[str], rewrites: dict[str, str] | None = None) -> list[tuple[str, ...]]:
    """`phrase_words` of each phrase. A knowledge base has some 23,000 phrases, most of them plain (ASCII, with
    none of the characters only some steps of `normalize` read): those go through its other steps joined by
    newlines, in one pass each, since each step reads a character, or a rewrite key that holds no newline, alone."""
    rewriter = rewriter_of(rewrites)
    plain = [
        phrase.isascii() and len(phrase) <= MAX_INPUT_CHARS and not any(char in phrase for char in _NOT_PLAIN)
        for phrase in phrases
    ]
    if any("\n" in key for key in rewriter.table):
        plain = [False] * len(phrases)
    joined = _APOSTROPHES.sub("", "\n".join(p for p, is_plain in zip(phrases, plain, strict=True) if is_plain).lower())
    if rewriter.pattern is not None:
        table = rewriter.table
        joined = rewriter.pattern.sub(lambda m: table[m.group(0)], joined)
    read = iter(joined.split("\n"))
    return [
        tuple(words(next(read))) if is_plain else phrase_words(phrase, rewrites)
        for phrase, is_plain in zip(phrases, plain, strict=True)
    ]


_NOT_PLAIN = ("\n", "&", "*", "=")  # a separator, and what the Slack-entity, emphasis and pin steps read
