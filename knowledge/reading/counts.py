"""Counts said in words or digits: the spelled numbers ('three', 'a couple'), what each is worth, and the regex
piece that reads either ('5', 'five')."""

from __future__ import annotations

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "a couple": 2,
}
NUMBER_WORDS = frozenset(_NUMBER_WORDS)  # "five-page": a count in a compound, not a name
# "serve three models": spelled counts a phrase may skip as it skips "3" ("a" and "one" open phrases of their own)
SPELLED_COUNTS = NUMBER_WORDS - {"a", "a couple", "one"}


def is_count(word: str) -> bool:
    """A bare count: digits or a spelled number ('3', 'three')."""
    return word.isdigit() or word in SPELLED_COUNTS


NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# a count of things, uncaptured: digits or a spelled number, not a bare "a" (an article there)
COUNT = r"(?:\d+(?:\.\d+)?|" + "|".join(w for w in _NUMBER_WORDS if w != "a") + r")"


def count_word_values() -> dict[str, float]:
    """The number words that count things exactly ('three endpoints'): a bare 'a' is an article, and 'a couple' is
    vague."""
    return {word: float(value) for word, value in _NUMBER_WORDS.items() if not word.startswith("a")}


def number_value(token: str) -> float:
    return float(_NUMBER_WORDS.get(token, 0) or token)
