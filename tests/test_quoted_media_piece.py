"""A piece quoted as a source ("a blog post says …", "per a medium article …") is what others wrote: its words name
no need of the system asked about. A blog that is built stays a content site."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _needs(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "a blog post claims litestar is twice as fast as our fastapi. should we port?",
        "according to some blog, quart beats flask. our flask api is fine, move?",
        "one blog post argues django is bloated; our django app runs fine. switch?",
    ],
)
def test_quoted_piece_is_no_content_site(engine: Engine, text: str) -> None:
    assert "content-site" not in _needs(engine, text)


def test_blog_built_is_still_content_site(engine: Engine) -> None:
    assert "content-site" in _needs(engine, "we need a blog with drafts and an editor for our 3 writers")
