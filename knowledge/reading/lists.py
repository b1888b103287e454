"""Frameworks and tools said in a list ("flask, quart and django"; "two flask/sqlalchemy pros"): only list
words ("and", ",", "/") between the items."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.reading.phrases import Match
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


def stack_end(clause: Clause, pos: int, list_gap: frozenset[str], builds_on: Mapping[str, frozenset[str]]) -> int:
    """'django + celery + postgres shop', 'django + drf': the last of the tools listed right after the framework at
    `matches[pos]` (libraries, databases, needs, its own add-ons; no rival framework), so the word after the list
    describes the framework's stack. `pos` itself when no such list follows."""
    raw, matches = clause.raw, clause.matches
    head = matches[pos].kinds.get("framework", "")
    end = pos
    while end + 1 < len(matches) and end - pos < _LIST_REACH:
        between = raw[matches[end].end : matches[end + 1].start]
        tags = matches[end + 1].kinds
        rival = "framework" in tags and head not in builds_on.get(tags["framework"], ())
        if not between or not set(between) <= list_gap or rival or not _LIST_ITEMS.intersection(tags):
            break
        end += 1
    return end


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


NEED_KINDS = frozenset({"requirement", "concept", "modest"})  # the kinds of match that name a need


def listed_on(gap: list[str], list_gap: frozenset[str], *, loose: bool) -> bool:
    """Only list words between two items of a list of needs; a framework's parts ('templates, admin and strict
    structure') may have one describing word each."""
    others = sum(1 for w in gap if w not in list_gap)
    return others == 0 or (loose and others == 1)


def only_needs(
    raw: list[str], matches: list[Match], list_gap: frozenset[str], tails: frozenset[tuple[str, ...]] = frozenset()
) -> bool:
    """'docs or a validation lib': a clause that is nothing but a list of needs (a word at most after it), so a
    negation left open at the clause before runs on over it. A list word read as a cue ('nor') is a list word."""
    matches = [m for m in matches if not set(raw[m.start : m.end]) <= list_gap]
    if not matches or any(not NEED_KINDS.intersection(m.kinds) for m in matches):
        return False
    ends = [0, *(m.end for m in matches[:-1])]
    gaps_ok = all(set(raw[end : m.start]) <= list_gap for end, m in zip(ends, matches, strict=True))
    tail = tuple(raw[matches[-1].end :])
    return gaps_ok and (len(tail) <= 1 or tail in tails)


_ALTERNATIVES = frozenset({"or", "vs", "versus"})


def offered_options(clause: Clause, pos: int, list_gap: frozenset[str]) -> bool:
    """'pick a backend from django, flask or fastapi': the framework opens a list of frameworks joined by 'or'
    (options put side by side), so a run cue before it ('from') says nothing runs on it."""
    raw, matches = clause.raw, clause.matches
    alternatives = False
    while pos + 1 < len(matches) and "framework" in matches[pos + 1].kinds:
        between = raw[matches[pos].end : matches[pos + 1].start]
        if not between or not set(between) <= list_gap | _ALTERNATIVES:
            break
        alternatives = alternatives or not _ALTERNATIVES.isdisjoint(between)
        pos += 1
    return alternatives
