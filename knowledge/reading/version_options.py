"""Frameworks named with a release number as one of the options weighed ("django 5.1 or flask 3.0 for the
intranet?", "fastapi 0.110 vs litestar 2"): the number says which release would be taken up, not one installed,
so it does not make the framework what runs."""

from __future__ import annotations

import re
from collections.abc import Mapping

_TOKEN = re.compile(r"[a-z0-9][a-z0-9._-]*|\S")
_RELEASE = re.compile(r"v?\d+(?:\.\d+)*(?:\.x)?(?:\+)?|lts")  # "5.1", "v2", "4.2.x", "lts"
_GAP = 3  # words between an option joiner and the framework on either side ("or plain old flask 3")


def version_options(norm: str, framework_by_name: Mapping[str, str], joiners: frozenset[str]) -> frozenset[str]:
    """The frameworks given a release number that sit on one side of an option joiner (vocabulary.yaml
    roles.option_joiners) with another framework on the other side."""
    if not any(ch.isdigit() for ch in norm):
        return frozenset()
    words = _TOKEN.findall(norm)
    found: set[str] = set()
    for i, word in enumerate(words):
        fw = framework_by_name.get(word)
        if fw is None or i + 1 >= len(words) or not _RELEASE.fullmatch(words[i + 1]):
            continue
        end = i + 2
        while end < len(words) and _RELEASE.fullmatch(words[end]):
            end += 1  # "django 4.2 lts"
        after = words[end : end + 1 + _GAP]
        before = words[max(0, i - 1 - _GAP) : i]
        if (after[:1] and after[0] in joiners and _other(after[1:], fw, framework_by_name)) or any(
            w in joiners and _other(before[:k], fw, framework_by_name) for k, w in enumerate(before)
        ):
            found.add(fw)
    return frozenset(found)


def _other(words: list[str], fw: str, framework_by_name: Mapping[str, str]) -> bool:
    return any(framework_by_name.get(w) not in (None, fw) for w in words)
