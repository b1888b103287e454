"""The shortcuts taken for long pastes read exactly as the plain versions they replace (same matches, same order)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from knowledge.base.text import normal_words
from knowledge.engine import Engine
from knowledge.reading import sentences
from knowledge.reading.counts import is_count
from knowledge.reading.package_names import PACKAGE, package_matches
from knowledge.reading.phrases import PhraseIndex
from knowledge.reasoning import takebacks
from knowledge.reasoning.conversation import Conversation

_PIECES = ["flask", "-", "admin", "a", "b9", " ", "é", "_", "--", "x-y", "\n", ".", "!", "?", "\t", "\u2003"]


def _text(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(_text(_PIECES))
def test_hyphen_led_names_match_the_plain_pattern(text: str) -> None:
    spans = [(m.span(), m.groups()) for m in PACKAGE.finditer(text)]
    assert [(m.span(), m.groups()) for m in package_matches(text)] == spans


@settings(max_examples=400, deadline=None)
@given(_text(_PIECES))
def test_space_led_sentence_split_matches_the_plain_split(text: str) -> None:
    assert sentences._SENTENCE.split(text) == re.split(r"(?<=[.!?])\s+", text)


def _plain_starts(index: PhraseIndex, keys: list[str]) -> list[int]:
    """Where a phrase may start, position by position: alone, with the next word, or before a count or a filler."""
    trie = index._trie
    found = []
    for i, key in enumerate(keys):
        following = keys[i + 1] if i + 1 < len(keys) else None
        if key in trie and (
            trie[key].tagging is not None
            or (
                following is not None
                and (following in trie[key].children or is_count(following) or following in index._fillers)
            )
        ):
            found.append(i)
    return found


def test_starts_found_among_the_openers_match_the_plain_reading(engine: Engine) -> None:
    # the intent cues open few words of a message (the sparse path); the lexicon opens most (the dense path)
    texts = [
        "why not fastapi, we need 3 admin panels and real-time chat for 2 teams",
        "compare django vs flask: what about async support? deploy on k8s, benchmarks please",
        "we run flask today and a few services in go; is it worth moving 12 apps over",
    ]
    for index in (engine.intents._index, engine.parser.index):
        for text in texts:
            flat = index.shorthand.expand(list(normal_words(text * 3)))
            index.scan(flat)  # the typo repairs cached, as a scan leaves them
            keys = [index.typos.keys.get(word, word) for word in flat]
            digits = [i for i, key in enumerate(keys) if is_count(key)]
            assert index._starts(keys, digits) == _plain_starts(index, keys)


def test_names_within_reach_give_the_nearest_name(engine: Engine) -> None:
    names = engine.parser.framework_names
    words = ["flsk", "djang", "fastap", "litstar", "sanik", "quartz", "starlet", "djangorestframework", "ninj", "x"]
    words += [name[::-1] for name in names] + [name + "ish" for name in names]
    for distance in (0.25, 0.34, 0.6):
        for word in words:
            best = process.extractOne(word, names, scorer=DamerauLevenshtein.normalized_distance, score_cutoff=distance)
            assert engine.parser.index.typos.nearest(word, names, distance) == (best[0] if best else None)


def test_take_back_cues_found_as_a_plain_search_finds_them(engine: Engine) -> None:
    vocab = engine.kb.vocabulary
    cue_lists = [vocab.retract_cues, vocab.waive_cues, vocab.scope_cut_cues, vocab.part_drop_cues, vocab.corrections()]
    texts = ["never mind that, scratch the ml part", "actually its just a thin api now", "the budget got cut", "ok"]
    for text in texts:
        said = normal_words(text)
        padded = f" {' '.join(said)} "
        for cues in cue_lists:
            plain = any(f" {' '.join(normal_words(cue, vocab.rewrites))} " in padded for cue in cues if cue.strip())
            if vocab.takeback_same_words.keys().isdisjoint(said):
                assert takebacks.says(engine, said, cues) == plain


def test_a_word_pair_reads_as_a_scan_of_the_two_words(engine: Engine) -> None:
    index = engine.parser.index
    for first, second in [("a", "form"), ("small", "api"), ("one", "dashboard"), ("tiny", "service"), ("zz", "qq")]:
        expected = tuple(index.scan([first, second])[0])
        assert index.scan_pair(first, second) == expected
        assert index.scan_pair(first, second) == expected  # kept, and read alike


def test_shorthand_read_out_with_the_words_it_came_from(engine: Engine) -> None:
    index = engine.intents._index
    shorthand = index.shorthand._shorthand
    said = ["our", *list(shorthand)[:3], "team", "needs", *list(shorthand)[3:5], "ok"]
    expanded, origin = index.shorthand.expand_with_origins(said)
    plain = [(word, at) for at, raw in enumerate(said) for word in shorthand.get(raw, (raw,))]
    assert list(zip(expanded, origin, strict=True)) == plain
    assert index.shorthand.expand(said) == expanded


def test_a_message_is_read_whole_again_only_when_it_may_say_a_team_leaves(engine: Engine) -> None:
    """The shortcut that skips a second reading of an 'about' question: it must see every wording the whole
    reading acts on (leaving, ready to leave, asking how the move goes), and nothing else."""
    parser = engine.parser
    assert parser.may_leave("we're getting off pyramid. what now?")
    assert parser.may_leave("the maintainer just left, what should it become?")
    assert parser.may_leave("if we move to fastapi, what replaces g.user?")
    assert not parser.may_leave("tell me about litestar and who maintains it")
    turn = Conversation(engine).turn("we're getting off pyramid. what now?")
    assert turn.intent != "about"
