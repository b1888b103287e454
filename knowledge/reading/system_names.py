"""The names a message gives the systems a framework already runs as: "4 fastapi services (auth, search,
pricing)", "three flask apps: admin, reports and auth". The names say what each running system does, which is no
need of the system asked about (003 "When each wins": an existing codebase is weighed as what runs)."""

from __future__ import annotations

import re
from collections.abc import Collection

from knowledge.reading.counts import COUNT

_LIST = r"\s*(?:\(([^()]*)\)|:\s*([^.;!?\n()]*))"  # a bracketed list, or a colon's list to the sentence's end
_ITEM = re.compile(r"\s*(?:,|\band\b|\bor\b|\+|/|&)\s*")
_WORD = re.compile(r"[a-z0-9][a-z0-9_'-]*")
NAME_WORDS = 2  # "auth, image resizer, geo": each system's name is a word or two; a longer item is an aside
LEAST_NAMES = 2  # a list: one bracketed word ("(async)") is an aside about the system


def names_pattern(frameworks: Collection[str], nouns: Collection[str]) -> re.Pattern[str] | None:
    """A count, a framework's name, a word at most, a plural system noun (`nouns`: vocabulary
    needs.system_list_nouns), then the list of the systems' names."""
    if not frameworks or not nouns:
        return None
    names = "|".join(re.escape(f) for f in sorted(frameworks, key=len, reverse=True))
    kinds = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(r"\b" + COUNT + r"\s+(?:" + names + r")\s+(?:[a-z0-9-]+\s+)?(?:" + kinds + r")\b" + _LIST)


_SENTENCE_END = re.compile(r"[.!?\n;]")


def listed_names(text: str, pattern: re.Pattern[str] | None, plans: Collection[str] = ()) -> frozenset[str]:
    """The words of every such list in `text` (lower-case) whose items are all short names; not where a word of
    `plans` (vocabulary needs.system_list_plans) comes before the count in its sentence: those systems are wanted."""
    if pattern is None:
        return frozenset()
    found: set[str] = set()
    lowered = text.lower()
    for listed in pattern.finditer(lowered):
        opening = _SENTENCE_END.split(lowered[: listed.start()])[-1].replace("'", "")
        if not set(_WORD.findall(opening)).isdisjoint(plans):
            continue  # "the plan is 3 flask services: admin, forms": systems asked for, named by their needs
        body = listed.group(1) if listed.group(1) is not None else listed.group(2)
        items = [_WORD.findall(item) for item in _ITEM.split(body) if item.strip()]
        if len(items) >= LEAST_NAMES and all(0 < len(item) <= NAME_WORDS for item in items):
            found.update(word for item in items for word in item)
    return frozenset(found)
