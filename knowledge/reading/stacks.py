"""A framework's stack written with pluses ('it all works in flask + swagger + socketio'): the parts joined to a
framework answer its own needs, as a package named for it does ('flask-admin')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from knowledge.reading.state import MessageState

# "flask + swagger + socketio"; possessive "++": a word not followed by "+" is left at once, not backtracked through
STACK = re.compile(r"\b([a-z]++)((?:\s*\+\s*[a-z0-9]+)+)")


def add_stack_extensions(msg: MessageState, norm: str, framework_by_name: dict[str, str]) -> None:
    """Records in `msg.extensions` each need a part of a plus-joined stack answers, as its framework's own."""
    for chain in stacks(norm):
        home = framework_by_name.get(chain.group(1))
        if home is None:
            continue
        parts = {part.strip() for part in chain.group(2).split("+")} - {""}
        for mention in msg.requirements.values():
            if not mention.negated and parts.intersection(mention.text.split(", ")):
                msg.extensions[(home, mention.id)] = None


def stacks(norm: str) -> Iterator[re.Match[str]]:
    """`STACK.finditer(norm)`, found from each "+" rather than tried at every word of a long paste: a chain
    starts at the word just before its first "+" (spaces between), and no earlier than the last chain's end."""
    pos = 0
    while (plus := norm.find("+", pos)) >= 0:
        start = plus
        while start > pos and norm[start - 1].isspace():
            start -= 1
        while start > pos and "a" <= norm[start - 1] <= "z":
            start -= 1
        chain = STACK.match(norm, start)
        if chain is not None:
            yield chain
            pos = chain.end()
        else:
            pos = plus + 1
