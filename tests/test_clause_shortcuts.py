"""The per-clause shortcuts (first-word look-ups, set tests that pass a clause early) answer as the plain
scans they replace, on random clauses over a few words."""

from __future__ import annotations

import re
from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.engine import default_engine
from knowledge.reading import headcounts, leanings, loads, other_things, word_runs
from knowledge.reading.described import Descriptions
from knowledge.reading.lists import NEED_KINDS, only_needs
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.phrases import Match
from knowledge.reading.word_runs import WordRuns

_WORDS = ["a", "b", "c", "and", "or", ","]
_LIST_GAP = frozenset({"and", "or", ","})
_said = st.lists(st.sampled_from(_WORDS), max_size=8)
_runs = st.frozensets(st.lists(st.sampled_from(_WORDS), max_size=3).map(tuple), max_size=5)


def _plain_opens_with(words: list[str], runs: frozenset[tuple[str, ...]]) -> bool:
    return any(tuple(words[: len(run)]) == run for run in runs)


def _plain_holds(raw: list[str], words: str) -> bool:
    said = words.split()
    return any(raw[at : at + len(said)] == said for at in range(len(raw) - len(said) + 1))


def _plain_only_needs(raw: list[str], matches: list[Match], list_gap: frozenset[str]) -> bool:
    matches = [m for m in matches if not set(raw[m.start : m.end]) <= list_gap]
    if not matches or any(not NEED_KINDS.intersection(m.kinds) for m in matches):
        return False
    ends = [0, *(m.end for m in matches[:-1])]
    gaps_ok = all(set(raw[end : m.start]) <= list_gap for end, m in zip(ends, matches, strict=True))
    return gaps_ok and len(raw) - matches[-1].end <= 1


@st.composite
def _clause(draw: st.DrawFn) -> tuple[list[str], list[Match]]:
    """Words, and matches over them in order and apart, each a need, a cue or a framework."""
    raw = draw(_said)
    matches, at = [], 0
    while at < len(raw):
        at += draw(st.integers(0, 2))
        size = draw(st.integers(1, 3))
        if at + size > len(raw) or not draw(st.booleans()):
            break
        kind = draw(st.sampled_from(["requirement", "concept", "negate", "framework"]))
        surface = " ".join(raw[at : at + size])
        matches.append(Match(at, at + size, ((kind, "x"),), MappingProxyType({kind: "x"}), surface))
        at += size
    return raw, matches


@settings(max_examples=400, deadline=None)
@given(_said, _runs)
def test_opens_with_by_first_word_answers_as_trying_every_run(
    words: list[str], runs: frozenset[tuple[str, ...]]
) -> None:
    assert leanings.opens_with(words, runs) == _plain_opens_with(words, runs)


@settings(max_examples=400, deadline=None)
@given(_said, st.lists(st.sampled_from(_WORDS), max_size=3).map(" ".join))
def test_a_phrase_held_is_found_from_its_first_word_as_by_every_window(raw: list[str], phrase: str) -> None:
    assert other_things._holds(raw, phrase) == _plain_holds(raw, phrase)


@settings(max_examples=400, deadline=None)
@given(_said, st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(tuple), max_size=4))
def test_a_clause_with_no_run_opening_word_has_no_run_at_any_word(said: list[str], runs: list[tuple[str, ...]]) -> None:
    word_runs = WordRuns(runs)
    if any(word_runs.at(said, i) for i in range(len(said))):
        assert word_runs.may_start_in(said)  # (a clause it passes holds no run; one it keeps may hold none)


@settings(max_examples=600, deadline=None)
@given(_clause())
def test_only_needs_in_one_pass_answers_as_the_filtered_list(clause: tuple[list[str], list[Match]]) -> None:
    raw, matches = clause
    assert only_needs(raw, matches, _LIST_GAP) == _plain_only_needs(raw, matches, _LIST_GAP)


_DESCRIBED = ["async", "flask", "made", "but", "version", "of", "asynchronous", "x", "quart", "flasks"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DESCRIBED), max_size=12))
def test_descriptions_found_from_their_first_words_are_those_the_whole_pattern_finds(said: list[str]) -> None:
    descriptions = Descriptions(default_engine().kb)
    search = descriptions._search
    assert search is not None
    plain = [descriptions._by_words[found] for found in search.pattern.findall(" ".join(said))]
    assert descriptions.find(said) == tuple(dict.fromkeys(plain))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["eng", "engs", "ds", "devs", "5", " ", "-", "\n", "x", "a"]), max_size=12).map("".join)
)
def test_people_shorthand_found_from_its_first_words_as_by_the_whole_pattern(text: str) -> None:
    nouns = headcounts.people(["engineers", "developers", "data scientists"])
    short = headcounts.people_shorthand({"eng": "engineers", "ds": "data scientists", "x": ""}, nouns)
    assert short is not None
    assert [m.span() for m in short.finditer(text)] == [m.span() for m in short.pattern.finditer(text)]


_NUMBERISH = ["1", "50", ",000", ",5", "2,500", ".", "x", "a", " ", "-", ",", "double", "tenfold", "ten times", "s"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NUMBERISH), max_size=10).map("".join))
def test_digit_led_thousands_find_what_the_lookbehind_led_pattern_finds(text: str) -> None:
    plain = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])")
    assert [m.span() for m in loads._THOUSANDS.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_NUMBERISH), max_size=10).map("".join))
def test_growth_words_found_from_their_first_words_as_by_the_whole_pattern(text: str) -> None:
    search = loads._growth_words(("double", "doubled", "ten times", "tenfold"))
    assert [m.span() for m in search.finditer(text)] == [m.span() for m in search.pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_said, st.lists(st.lists(st.sampled_from(_WORDS), max_size=3).map(tuple), max_size=4))
def test_phrases_and_runs_tried_from_their_opening_words_are_found_as_by_every_window(
    said: list[str], phrases: list[tuple[str, ...]]
) -> None:
    anywhere = any(tuple(said[i : i + len(p)]) == p for i in range(len(said)) for p in phrases if p)
    assert PhraseSet(phrases).said_in(said) == (anywhere or () in phrases)  # an empty phrase is in any words
    assert word_runs.has_run(said, word_runs.by_first_word(phrases)) == anywhere
