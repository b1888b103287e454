"""The faster reading machinery reads exactly as the plain version it replaces (same matches, same order)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from knowledge.base.literals import literal_pattern
from knowledge.base.text import normal_words, normalize, phrase_words, words
from knowledge.engine import Engine
from knowledge.reading import horizons, stacks
from knowledge.reading import text as reading_text
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.phrases import PhraseIndex
from knowledge.reading.typos import _closest
from knowledge.reasoning.conversation import Conversation

_KEYS = ["w/o", "w/", "b/c", "e-commerce", "real-time", "rest of", "read the docs", "reading docs", "%", "->", "i/o"]
_PIECES = [*_KEYS, "x", "a", " ", "-", "/", "é", "_", "5", "of", "docs", "the", "\n"]


def _plain_pattern(keys: list[str]) -> re.Pattern[str]:
    """The alternation the prefix-tree pattern replaces: longest key first, guarded where it has word edges."""

    def guarded(key: str) -> str:
        left = r"(?<![a-z0-9])" if key[0].isalnum() else ""
        right = r"(?![a-z0-9])" if key[-1].isalnum() else ""
        return left + re.escape(key) + right

    ordered = sorted(keys, key=len, reverse=True)
    words_only = [re.escape(k) for k in ordered if k[0].isalnum() and k[-1].isalnum()]
    shared = [r"(?<![a-z0-9])(?:" + "|".join(words_only) + r")(?![a-z0-9])"]
    return re.compile("|".join(shared + [guarded(k) for k in ordered if not (k[0].isalnum() and k[-1].isalnum())]))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_the_rewrite_pattern_finds_what_the_plain_alternation_finds(text: str) -> None:
    fast, plain = literal_pattern(_KEYS), _plain_pattern(_KEYS)
    assert fast is not None
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["flask", "+", " ", "  ", "swagger", "x1", "é", "\n", "-", "5 years", "once"]), max_size=10
    )
)
def test_stacks_and_durations_found_from_their_anchor_match_the_full_scan(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert [m.span() for m in stacks.stacks(text)] == [m.span() for m in stacks.STACK.finditer(text)]
    for match in horizons._DURATION.finditer(text):
        whole = horizons._FREQUENCY.search(text, 0, match.start()) is not None
        assert horizons._frequency_before(text, match.start()) == whole


def test_a_typo_finds_the_same_word_as_a_full_damerau_levenshtein_search(engine: Engine) -> None:
    index = engine.parser.index
    for typo in ("dashbaord", "concurency", "authenticaiton", "websokets", "qeueue", "scalabilty", "zzzzzz"):
        limit = 1 if len(typo) < 9 else 2
        choices = index.typos._fuzzy_choices(typo[0], len(typo), limit)
        best = process.extractOne(typo, choices, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
        assert _closest(typo, choices, limit) == (best[0] if best else None)


def test_clauses_scanned_together_read_as_each_scanned_alone(engine: Engine) -> None:
    index = engine.parser.index
    text = "we run flask 2 today, no admin; expose 3 models via rest apis. the ml team wants fastapi + pydantic"
    clauses = [list(phrase_words(part)) for part in normalize(text).split(",")]
    together = index.scan_clauses(clauses)
    assert together == [index.scan(clause) for clause in clauses]
    assert any(match.tags for matches, _ in together for match in matches)


def _plain_scan(index: PhraseIndex, raw_words: list[str]) -> list[tuple[int, int, object]]:
    """The length-by-length scan the prefix tree replaces: (start, end, tags) of each phrase found."""
    keys = [found[0] if (found := index.typos.repair(word)) else word for word in raw_words]
    phrases, count, found_at = index._tags, len(keys), []
    i = 0
    while i < count:
        for length in index._lengths.get(keys[i], ()):
            end = i + length
            tags = phrases.get(tuple(keys[i:end])) if end <= count else None
            at: range | list[int] = range(i, end)
            if tags is None and length > 1 and any(key.isdigit() for key in keys[i + 1 : end]):
                window = range(i, min(count, i + 2 * length))
                at = [j for j in window if j == i or not keys[j].isdigit() or index._opens(keys, j)][:length]
                skipped = len(at) == length and at[-1] >= i + length
                tags = phrases.get(tuple(keys[j] for j in at)) if skipped else None
                end = at[-1] + 1
            spelled = index._spellings.get(tuple(keys[j] for j in at)) if tags is not None and end > i + 1 else None
            if tags and spelled and tuple(raw_words[j] for j in at) not in spelled:
                tags = tuple(tag for tag in tags if tag[0] not in index._exact_kinds) or None
            if tags is not None:
                found_at.append((i, end, tags))
                i = end
                break
        else:
            i += 1
    return found_at


_SAID = [
    "flask", "migrate", "migration", "flask-migrate", "django", "rest", "framework", "admin", "panel", "3", "12",
    "year", "10", "the", "real", "time", "no", "async", "we", "run", "channels", "graphene", "to", "move", "x",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SAID), max_size=14))
def test_the_prefix_tree_scan_finds_what_the_length_by_length_scan_finds(engine: Engine, said: list[str]) -> None:
    index = engine.parser.index
    raw = [word for part in said for word in part.split("-")]
    matches, _ = index.scan(raw)
    assert [(m.start, m.end, m.tags) for m in matches] == _plain_scan(index, raw)
    assert all(m.kinds == dict(m.tags) for m in matches)


def test_a_name_spelled_otherwise_falls_back_to_the_shorter_phrase(engine: Engine) -> None:
    # "flask migration" is not the package flask-migrate: the scan keeps the shorter readings on the way
    index = engine.parser.index
    for said in (["flask", "migrate", "app"], ["flask", "migration", "app"], ["the", "flask", "migrations"]):
        matches, _ = index.scan(said)
        assert [(m.start, m.end, m.tags) for m in matches] == _plain_scan(index, said)


def test_a_phrase_set_finds_its_phrases_as_whole_word_runs() -> None:
    cues = PhraseSet([("keeps", "breaking"), ("is", "broken")])
    assert cues.said_in(["flask", "admin", "keeps", "breaking"])
    assert not cues.said_in(["keeps", "the", "breaking", "news"])
    assert not cues.said_in([])
    assert PhraseSet([()]).said_in([])  # as the plain any() over positions: an empty phrase is always there


def _plain_asked_clauses(text: str) -> list[tuple[str, bool]]:
    text = reading_text._INNER_DOT.sub(" ", reading_text._LIST_SLASH.sub(" or ", text))
    parts = reading_text._CLAUSE_PUNCTUATION.split(text)
    ends = [m.group(0) for m in reading_text._CLAUSE_PUNCTUATION.finditer(text)] + [""]
    return [(part, "?" in end) for part, end in zip(parts, ends, strict=True) if part.strip()]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["sso", "a", " ", "?", ".", "/", "b", " - ", ", ", "app.run", "?!", "\u2014", "\n"]),
        max_size=14,
    )
)
def test_clauses_split_in_one_pass_match_the_split_and_search(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert reading_text.asked_clauses(text) == _plain_asked_clauses(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_a_messages_words_read_once_are_its_normalised_words(text: str) -> None:
    rewrites = {"w/o": "without", "e-commerce": "ecommerce"}
    assert normal_words(text, rewrites) == tuple(words(normalize(text, rewrites)))
    assert normal_words(text) == tuple(words(normalize(text)))


def test_citations_kept_once_by_their_fields_as_by_equality(engine: Engine) -> None:
    import random

    from knowledge.reasoning.advisor import _distinct

    sources = [c for rules in engine.kb.rules_by_requirement.values() for rule in rules for c in rule.sources]
    copies = [c.model_copy() for c in sources[:40]]  # equal, not the same objects
    mixed = sources + copies
    random.Random(3).shuffle(mixed)
    kept = _distinct(mixed)
    assert kept == tuple(dict.fromkeys(mixed))
    assert [id(c) for c in kept] == [id(c) for c in dict.fromkeys(mixed)]  # the first of equal copies is kept


def test_a_phrases_kinds_are_built_once_and_shared_by_its_matches(engine: Engine) -> None:
    index = engine.parser.index
    (first, _), (second, _) = index.scan_clauses([["we", "run", "flask"], ["flask", "it", "is"]])
    assert first[-1].kinds is second[0].kinds
    assert first[-1].kinds == dict(first[-1].tags) == {"framework": "flask"}


def test_a_restart_reads_once_and_keeps_what_it_says_past_its_cue(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("we need an admin panel and server-rendered pages")
    restarted = conversation.turn("let us begin again: our shop runs flask 2 today; we want websockets")
    assert restarted.advice.query.current == "flask"
    assert "admin-panel" not in {m.id for m in restarted.advice.query.requirements}
    bare = conversation.turn("start over")
    assert not bare.advice.query.requirements and bare.advice.query.current is None
