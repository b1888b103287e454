"""One regex for a list of literal keys (the spelling rewrites), built for speed on long pastes.

Python's regex engine tries every alternative at every position of the text, unless each alternative opens
with a literal character: then it jumps straight to the positions where one of those characters occurs. So
the keys are grouped into a prefix tree (one branch per first character, shared prefixes written once) and
the whole-word guard is checked just after the first character rather than before it.
"""

from __future__ import annotations

import re

_Trie = dict[str, "_Trie"]
_END = ""  # marks a key ending at this node


def literal_pattern(keys: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern matching any key, longest first, whole words only where the key has word characters at its
    edges; None for no keys."""
    if not keys:
        return None
    words_only = [key for key in keys if key[0].isalnum() and key[-1].isalnum()]
    others = sorted((key for key in keys if not (key[0].isalnum() and key[-1].isalnum())), key=len, reverse=True)
    branches = [
        # "(?<![a-z0-9].)" after the first character: the character before the key is no word character
        re.escape(first) + r"(?<![a-z0-9].)" + _tail(node) + r"(?![a-z0-9])"
        for first, node in sorted(_trie(words_only).items())
    ]
    for key in others:  # after the word keys, as before: "w/o" is read before "w/"
        left = r"(?<![a-z0-9].)" if key[0].isalnum() else ""
        right = r"(?![a-z0-9])" if key[-1].isalnum() else ""
        branches.append(re.escape(key[0]) + left + re.escape(key[1:]) + right)
    return re.compile("|".join(branches))


def _trie(keys: list[str]) -> _Trie:
    root: _Trie = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _tail(node: _Trie) -> str:
    """The keys below `node` as one regex; a longer key is tried before a shorter one it extends (greedy `?`)."""
    branches = [re.escape(char) + _tail(child) for char, child in sorted(node.items()) if char != _END]
    if not branches:
        return ""
    if _END in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
