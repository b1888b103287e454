"""Normalised text as the reader cuts it: clauses (with whether a question mark ends each), and a label as
it reads mid-sentence. The word-level view (normalising, words, stems) is `knowledge.base.text`."""

from __future__ import annotations

import re

# em and en dashes too, and a hyphen set apart by spaces ("deploying the new backend - switching from …"); a tilde
# before a number means "about" ("into ~10 services"), which goes on with the clause
_CLAUSE_PUNCTUATION = re.compile(r"(?:[,;.!?/\n\r\t()\[\]{}:|+&*\"“”<>=—–]|~(?!\s*\d))+|\s-{1,2}\s")
_CLAUSE_SPLIT = re.compile(f"({_CLAUSE_PUNCTUATION.pattern})")  # the clauses with the punctuation ending each
# The same split where no spaced hyphen is written (most sentences), led by one character class so the regex engine
# jumps from mark to mark instead of trying every space: a tilde is checked after it is found.
_MARKS = r"[,;.!?/\n\r\t()\[\]{}:|+&*\"“”<>=—–"
_MARK_SPLIT = re.compile(r"(" + _MARKS + r"~](?:(?<=~)(?!\s*\d)|(?<!~))(?:" + _MARKS + r"]|~(?!\s*\d))*)")
_SPACED_HYPHEN = re.compile(r"-(?<=\s-)")  # the hyphen first, for the same reason
# "users/roles/admin": one list, not three clauses; the mark first, its neighbours checked after
_LIST_SLASH = re.compile(r"/(?<=[a-z]/)(?=[a-z])")
_INNER_DOT = re.compile(r"\.(?<=[a-z]\.)(?=[a-z])")  # "app.run", "microblog.pub": a name's dot, not a sentence end
# "django + celery + postgres shop": a "+" between words (not "12+ devs", "c++") with a short item on one side
_SHORT_ITEM = 2  # "django+htmx", "auth + billing", "postgres shop": a name or a noun phrase of a word or two
_PLUS = re.compile(r"(?<=[a-z])(\s*)\+(\s*)(?=[a-z])")
_ITEM_REACH = 60  # characters looked at on each side: an item is a few words, and a paste may hold many "+"
# grammar, not a cue list: English has two indefinite articles ("a new app", "we are a python shop")
ARTICLES = frozenset({"a", "an"})


def in_sentence(label: str) -> str:
    """A label as it reads mid-sentence: 'Real-time (WebSocket)' -> 'real-time (WebSocket)', 'SaaS' stays."""
    return label[0].lower() + label[1:] if len(label) > 1 and label[1].islower() else label


def clauses(text: str) -> list[str]:
    """Split normalized text on punctuation; cue-word breaks are applied later. A slash between words
    lists alternatives ("no users/roles/admin"), so it reads as "or" and a cue before the list governs all of it; a
    dot inside a word ("app.run") joins its parts."""
    text = _LIST_SLASH.sub(" or ", text)
    text = _INNER_DOT.sub(" ", text)
    return [part for part, _ in asked_clauses(text)]


def asked_clauses(text: str) -> list[tuple[str, bool]]:
    """The clauses of `clauses`, each with whether a question mark ends it ("do we need sso? nah")."""
    return [(part, asked) for part, asked, _ in marked_clauses(text)]


def marked_clauses(text: str) -> list[tuple[str, bool, bool]]:
    """The clauses of `asked_clauses`, each also with whether only a comma ends it: a list said across commas
    ("except django, flask and quart") may go on there, not across a dash or a semicolon ("skip django; fastapi")."""
    if "/" in text:  # (the substring tests first: a paste has a hundred sentences, few with either)
        text = _LIST_SLASH.sub(" or ", text)
    if "." in text:
        text = _INNER_DOT.sub(" ", text)
    if "+" in text:
        text = _PLUS.sub(lambda plus: _plus_read(text, plus), text)
    split = _CLAUSE_SPLIT if _SPACED_HYPHEN.search(text) else _MARK_SPLIT
    pieces = split.split(text)  # clause, punctuation, clause, …, clause: one pass
    pieces.append("")
    return [
        (part, "?" in end, end.strip() == ",")
        for part, end in zip(pieces[::2], pieces[1::2], strict=True)
        if part.strip()
    ]


def _plus_read(text: str, plus: re.Match[str]) -> str:
    """A "+" joining a list ("fastapi+sqlalchemy", "flask + jinja app") reads "and", so what is said after the list
    describes all of it; between two full clauses ("we need auth + the team wants a dashboard") it still splits."""
    if not (plus.group(1) or plus.group(2)):
        return " and "  # glued to both names: one token of a stack
    before = _CLAUSE_PUNCTUATION.split(text[max(0, plus.start() - _ITEM_REACH) : plus.start()])[-1].split()
    after = _CLAUSE_PUNCTUATION.split(text[plus.end() : plus.end() + _ITEM_REACH])[0].split()
    return " and " if min(len(before), len(after)) <= _SHORT_ITEM else plus.group(0)
