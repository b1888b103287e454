"""Work shared between a turn's readings, and the quicker searches of long pastes, read exactly as before."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from knowledge.base.kb import KnowledgeBase
from knowledge.base.loader import default_knowledge_base
from knowledge.base.text import phrase_words, phrase_words_many
from knowledge.engine import Engine
from knowledge.reading import headcounts
from knowledge.reading.shared_reading import SharedReading


def _text(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=25).map("".join)


_NOUN_PIECES = ["dev", "devs", "ml", "engineers", "team", "members", "co-workers", "staff", "x", "3", " ", "  ", "-"]
_NOUN_PIECES += ["_", "é", "\n", ","]


@settings(max_examples=400, deadline=None)
@given(_text(_NOUN_PIECES))
@example("3 ml engineers, team members and 2 devs")  # a noun inside a longer one is not found again
@example("xdev devs_ co-workers")
def test_nouns_found_by_first_word_match_the_alternation(text: str) -> None:
    nouns = headcounts.people(["dev", "devs", "ml engineers", "engineers", "team members", "co-workers", "staff"])
    expected = [(m.span(), m.group(0)) for m in nouns.pattern.finditer(text)]
    assert [(m.span(), m.group(0)) for m in nouns.finditer(text)] == expected


_PHRASE_PIECES = ["Flask", "e-commerce", "i/o", "w/o", "don't", "*", "&amp;", "=", "==", "->", "\n", " ", "É", "ﬁ"]
_PHRASE_PIECES += ["pub/sub", "req/s", "x", "2"]


@settings(max_examples=300, deadline=None)
@given(st.lists(_text(_PHRASE_PIECES), max_size=8))
@example(["w/o\nauth", "e-commerce"])
def test_phrases_read_in_one_batch_match_one_by_one(phrases: list[str]) -> None:
    rewrites = default_knowledge_base().vocabulary.rewrites
    assert phrase_words_many(phrases, rewrites) == [phrase_words(phrase, rewrites) for phrase in phrases]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return default_knowledge_base()


def test_a_second_reading_with_kept_clauses_reads_as_a_fresh_one(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one typo search per message: the second typo of the first reading is left unread, so its clause, scanned
    # again with a fresh budget, must not come from the first reading
    monkeypatch.setattr("knowledge.reading.parser.FUZZY_SEARCHES_PER_MESSAGE", 1)
    first = "our support team wants webhoooks, plus authentcation for the partners"
    whole = "quick question: " + first
    kept, plain = Engine(kb), Engine(kb)
    shared = SharedReading()
    assert kept.parser.parse(first, shared) == plain.parser.parse(first)
    again = plain.parser.parse(whole)
    assert kept.parser.parse(whole, shared) == again
    assert ("authentcation", "authentication") in again.corrections
