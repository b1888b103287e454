"""Frameworks and tools said in a list ("flask, quart and django"; "two flask/sqlalchemy pros"): only list
words ("and", ",", "/") between the items."""

from __future__ import annotations

from knowledge.reading.state import Clause

_LIST_REACH = 3  # "flask, sqlalchemy and celery pros": a list of a few tools before the people word
_LIST_ITEMS = frozenset({"framework", "library", "requirement", "concept"})  # what a list of tools may hold


def listed_people(clause: Clause, pos: int, list_gap: frozenset[str]) -> bool:
    """'two flask/sqlalchemy pros', 'django and celery people': a list of tools from `matches[pos]` ending in a
    word for the people who know them."""
    raw, matches = clause.raw, clause.matches
    for _ in range(_LIST_REACH):
        if pos + 1 >= len(matches):
            return False
        between = raw[matches[pos].end : matches[pos + 1].start]
        tags = matches[pos + 1].kinds
        if "knows_after" in tags and len(between) <= 1:
            return True
        if not between or not set(between) <= list_gap or not _LIST_ITEMS.intersection(tags):
            return False
        pos += 1
    return False


def listed_before(clause: Clause, pos: int, list_gap: frozenset[str]) -> list[str]:
    """The frameworks listed right before `matches[pos]` ('flask, quart and django'): only list words between
    them."""
    raw, matches = clause.raw, clause.matches
    listed: list[str] = []
    while pos > 0:
        earlier = matches[pos - 1].kinds.get("framework")
        between = raw[matches[pos - 1].end : matches[pos].start]
        if earlier is None or not between or not set(between) <= list_gap:
            break
        listed.append(earlier)
        pos -= 1
    return listed
