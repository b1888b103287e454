"""Whether a need's wordings are said in a message only inside some character spans (a part kept, a praise): then
the need belongs to what the spans describe, not to the system asked about."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z0-9]+")


def said_only_inside(surface: str, norm: str, spans: list[tuple[int, int]]) -> bool:
    """Whether every phrase of `surface` ("a, b") is said in `norm`, and each time inside one of the spans."""
    parts = [part for part in surface.split(", ") if part]
    for phrase in parts:
        # "back office screens" read from "back-office screens": the words in order, any separators between
        words = _WORD.findall(phrase)
        if not words:
            return False
        if not any(norm.find(words[0], a, b - 1 + len(words[0])) >= 0 for a, b in spans):
            return False  # (a cheap test first: the phrase's first word starts in no span)
        found = [m.start() for m in re.finditer(r"\b" + r"[^a-z0-9]+".join(words) + r"\b", norm)]
        if not found or any(not any(a <= at < b for a, b in spans) for at in found):
            return False
    return bool(parts)
