"""A decider whose subject re-says a word of a need named before ("…; the rendering is the main thing") ranks that
need top, though the word alone is no need's phrase; a subject naming no earlier need ranks nothing."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


@pytest.mark.parametrize(
    ("text", "top", "pick"),
    [
        (
            "about 8k product pages rendered server side and a small json api for one reseller. rendering matters most",
            "server-rendered",
            "django",
        ),
        (
            "websocket pushes for the live scoreboard, plus a few staff forms; the scoreboard pushes are what matters",
            "realtime",
            "fastapi",
        ),
    ],
)
def test_a_word_of_an_earlier_need_ranks_it_top(engine: Engine, text: str, top: str, pick: str) -> None:
    assert engine.parser.parse(text).topped == (top,)
    assert first_pick(engine, text) == pick


def test_a_subject_naming_no_earlier_need_ranks_nothing(engine: Engine) -> None:
    text = "server rendered pages and a json api for a partner; the budget is the main thing"
    assert engine.parser.parse(text).topped == ()
