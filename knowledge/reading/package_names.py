"""A framework's package named in the text, hyphen-joined ("flask-smorest", "flask-mail"): it names the
framework's stack, not a move."""

from __future__ import annotations

import re
from collections.abc import Iterator

PACKAGE = re.compile(r"\b([a-z]++)-([a-z][a-z0-9]*)")  # possessive: a word without "-" is passed at once


def package_matches(norm: str) -> Iterator[re.Match[str]]:
    """`PACKAGE.finditer(norm)`, tried only at the word before each hyphen rather than at every word of a long
    paste: a match must end its letters on a hyphen, so it starts where the letters before one start."""
    pos = 0
    while (dash := norm.find("-", pos)) >= 0:
        start = dash
        while start > pos and "a" <= norm[start - 1] <= "z":
            start -= 1
        found = PACKAGE.match(norm, start) if start < dash else None
        pos = found.end() if found is not None else dash + 1
        if found is not None:
            yield found
