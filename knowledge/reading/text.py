"""Free text as the reader sees it: normalised (lower-case, Unicode look-alikes folded, apostrophes dropped,
spelling rewrites applied), cut into words and clauses, and each word's Snowball stem."""

from __future__ import annotations

import functools
import re
import unicodedata

import Stemmer

from knowledge.reading.literals import literal_pattern

_WORD = re.compile(r"[a-z0-9]+")
# em and en dashes too, and a hyphen set apart by spaces ("deploying the new backend - switching from …")
_CLAUSE_PUNCTUATION = re.compile(r"[,;.!?/\n\r\t()\[\]{}:|+&*\"“”<>=~—–]+|\s-{1,2}\s")
_CLAUSE_SPLIT = re.compile(f"({_CLAUSE_PUNCTUATION.pattern})")  # the clauses with the punctuation ending each
_APOSTROPHES = re.compile(r"['’‘`´]")
_LIST_SLASH = re.compile(r"(?<=[a-z])/(?=[a-z])")  # "users/roles/admin": one list, not three clauses
_INNER_DOT = re.compile(r"(?<=[a-z])\.(?=[a-z])")  # "app.run", "microblog.pub": a name's dot, not a sentence end
_SLACK_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
MAX_INPUT_CHARS = 8000
# grammar, not a cue list: English has two indefinite articles ("a new app", "we are a python shop")
ARTICLES = frozenset({"a", "an"})


_STEMMER = Stemmer.Stemmer("english")
_MIN_STEM_LENGTH = 4  # "ios" must not become "io", nor "sso" anything else


def stem(word: str) -> str:
    return _STEMMER.stemWord(word) if len(word) >= _MIN_STEM_LENGTH and not word.isdigit() else word


@functools.cache
def _rewrite_pattern(keys: tuple[str, ...]) -> re.Pattern[str] | None:
    return literal_pattern(keys)


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
    text = unicodedata.normalize("NFKC", text).lower()
    text = _APOSTROPHES.sub("", text)
    pattern = _rewrite_pattern(tuple(key for key, _ in rewrites))
    if pattern is not None:
        table = dict(rewrites)
        text = pattern.sub(lambda m: table[m.group(0)], text)
    return text


def normal_words(text: str, rewrites: dict[str, str] | None = None) -> tuple[str, ...]:
    """`words(normalize(text, rewrites))`: one turn reads its message's words three times (intents, parser,
    conversation), each a pass over up to 4,000 characters."""
    return _normal_words(text, tuple(rewrites.items()) if rewrites else ())


@functools.lru_cache(maxsize=8)  # as `_normalized`: the last few messages
def _normal_words(text: str, rewrites: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(words(_normalized(text, rewrites)))


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
    if "/" in text:  # (the substring tests first: a paste has a hundred sentences, few with either)
        text = _LIST_SLASH.sub(" or ", text)
    if "." in text:
        text = _INNER_DOT.sub(" ", text)
    pieces = _CLAUSE_SPLIT.split(text)  # clause, punctuation, clause, …, clause: one pass
    pieces.append("")
    return [(part, "?" in end) for part, end in zip(pieces[::2], pieces[1::2], strict=True) if part.strip()]


def phrase_words(phrase: str, rewrites: dict[str, str] | None = None) -> tuple[str, ...]:
    return tuple(words(normalize(phrase, rewrites)))
