"""Searches passed by when the text lacks the marks they need read every text as the full searches do."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from knowledge.base.loader import default_knowledge_base
from knowledge.base.text import normalize
from knowledge.reading import code_names
from knowledge.reading.sentences import split_sentences
from knowledge.reading.superseded import Superseded


def _text(pieces: list[str], size: int = 30) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


_CODE = ["django", "flask", "fastapi", "acme", "db", "utils", "app", "routing", "_", ".", "/", "-", ".py", " "]
_CODE += ["3", "0", "v", " to ", " from ", "bumped ", "e", "\n"]


def _all_patterns(norm: str, names: dict[str, str], joiners: frozenset[str]) -> frozenset[str]:
    patterns = [code_names._MODULE, code_names._SOURCE, code_names._with_words(code_names._VERSION_MOVED, joiners)]
    found = {names[m.group(1)] for pattern in patterns for m in pattern.finditer(norm) if m.group(1) in names}
    slugs = (part for slug in code_names._SLUG.finditer(norm) for part in slug.group(1).split("-"))
    return frozenset(found | {names[part] for part in slugs if part in names})


@settings(max_examples=400, deadline=None)
@given(_text(_CODE))
@example("sentry shows django.db.utils errors; bumped flask to 3.0.3; see fastapi/routing.py")
@example("acme/shop-django, flask 3.0 and app.run")
def test_code_names_found_as_every_pattern_finds_them(text: str) -> None:
    names = {"django": "django", "flask": "flask", "fastapi": "fastapi"}
    joiners = frozenset({"to", "from"})
    found, _ = code_names.named_in_code(text, names, joiners)
    expected = _all_patterns(text, names, joiners) if "/" in text or "." in text else frozenset()
    assert found == expected


_VIEWS = ["we thought ", "initially ", "we planned to use ", "we'd need ", "websockets", ", but ", "scratch that "]
_VIEWS += ["actually ", "polling is fine", ". ", "we need an admin", "the team said ", "at first ", "graphql"]


@settings(max_examples=300, deadline=None)
@given(_text(_VIEWS, 20))
@example("at first we thought we'd need graphql, but actually rest is fine. we need an admin.")
@example("we need an admin. initially we planned to use websockets. scratch that, polling is fine.")
def test_views_cut_as_when_every_sentence_is_looked_at(text: str) -> None:
    vocab = default_knowledge_base().vocabulary
    superseded = Superseded(vocab.superseded, vocab.rewrites)
    norm = normalize(text, vocab.rewrites)
    sentences, spans, pos = split_sentences(norm), [], 0
    for index, sentence in enumerate(sentences):  # every sentence through the view search, none passed by
        start = norm.find(sentence, pos)
        pos = start + len(sentence)
        span = superseded._view(sentence, sentences[index + 1] if index + 1 < len(sentences) else "")
        if span is not None:
            spans.append((start + span[0], start + span[1]))
    expected = norm
    for begin, end in reversed(spans):
        expected = expected[:begin] + " " + expected[end:]
    assert superseded.cut(norm) == expected


def test_kept_cuts_belong_to_their_own_message() -> None:
    """The last few cuts are kept (a turn cuts its message twice); a kept cut is never another message's."""
    cues = default_knowledge_base().vocabulary
    kept, plain = Superseded(cues.superseded, cues.rewrites), Superseded(cues.superseded, cues.rewrites)
    texts = [
        "at first we thought we needed graphql, but actually rest is fine. we need an admin.",
        "we need an admin.",
        "initially we planned to use websockets, scratch that, polling works.",
    ]
    for text in [*texts, *texts, *reversed(texts)] * 4:  # past the kept few, in and out of order
        assert kept.cut(text) == plain._cut(text)
