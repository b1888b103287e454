"""Cue phrases as one regex alternation, for the readings that build patterns from vocabulary lists."""

from __future__ import annotations

import re


def alternatives(phrases: list[str] | tuple[str, ...], gap: str = r"\s+") -> str:
    """Phrases as one regex alternation, longest first, their words joined by `gap` (any run of spaces)."""
    return "|".join(sorted((gap.join(map(re.escape, p.split())) for p in phrases), key=len, reverse=True))
