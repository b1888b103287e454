"""Mends from a fresh-eyes review: what runs against a choice asked, a retired service, pitch wordings, a no
answer, intended moves, negated subjects, kinds of organisation and the loader's cross-checks."""

from __future__ import annotations

from knowledge.reading.phrases import says


def test_says_finds_any_cue_in_order() -> None:
    words = ["the", "upload", "keeps", "breaking", "today"]
    assert says(words, [("falls", "over"), ("keeps", "breaking")])
    assert not says(words, [("breaking", "keeps")])
