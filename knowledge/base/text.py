"""Words as the knowledge base and the reader both see them: text normalised (lower-case, Unicode look-alikes
folded, apostrophes dropped, spelling rewrites applied), cut into words, and each word's Snowball stem."""

from __future__ import annotations

import functools
import re
import unicodedata

import Stemmer

from knowledge.base.literals import literal_pattern

_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHES = re.compile(r"['’‘`´]")
_SLACK_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
MAX_INPUT_CHARS = 8000


_STEMMER = Stemmer.Stemmer("english")
_MIN_STEM_LENGTH = 4  # "ios" must not become "io", nor "sso" anything else


def stem(word: str) -> str:
    return _STEMMER.stemWord(word) if len(word) >= _MIN_STEM_LENGTH and not word.isdigit() else word


@functools.cache
def _rewriter(rewrites: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The rewrites' keys as one regex, and their table: built once, used on every phrase and message."""
    return literal_pattern(tuple(key for key, _ in rewrites)), dict(rewrites)


def normalize(text: str, rewrites: dict[str, str] | None = None) -> str:
    """Lower-case, fold Unicode look-alikes, drop apostrophes, apply spelling rewrites (whole words only)."""
    return _normalized(text, tuple(rewrites.items()) if rewrites else ())


# A few recent texts: one turn normalises its message several times (intents, parser, conversation), and on a
# 4,000-character paste each pass costs a few hundred microseconds.
@functools.lru_cache(maxsize=8)
def _normalized(text: str, rewrites: tuple[tuple[str, str], ...]) -> str:
    text = text[:MAX_INPUT_CHARS]
    for entity, char in _SLACK_ENTITIES.items():
        text = text.replace(entity, char)
    if not text.isascii():  # (NFKC leaves ASCII as it is: most phrases and messages)
        text = unicodedata.normalize("NFKC", text)
    text = text.lower()
    text = _APOSTROPHES.sub("", text)
    pattern, table = _rewriter(rewrites)
    if pattern is not None:
        text = pattern.sub(lambda m: table[m.group(0)], text)
    return text


def normal_words(text: str, rewrites: dict[str, str] | None = None) -> tuple[str, ...]:
    """`words(normalize(text, rewrites))`: one turn reads its message's words three times (intents, parser,
    conversation), each a pass over up to 4,000 characters."""
    return _normal_words(text, tuple(rewrites.items()) if rewrites else ())


@functools.lru_cache(maxsize=8)  # as `_normalized`: the last few messages
def _normal_words(text: str, rewrites: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(words(_normalized(text, rewrites)))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def phrase_words(phrase: str, rewrites: dict[str, str] | None = None) -> tuple[str, ...]:
    return tuple(words(normalize(phrase, rewrites)))
