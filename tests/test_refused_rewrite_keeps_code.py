"""A rewrite refused keeps the code that runs (lexicon `denied_implies`): for a Flask app that needs async, the
code kept on an async base is Quart (003 FAQ), not a port to FastAPI."""

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(text: str) -> str | None:
    advice = Conversation(default_engine()).turn(text).advice
    rec = advice.recommendation
    return rec.framework if rec is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "the flask portal needs to await 5 slow supplier apis concurrently per request; nobody approves a full rewrite",
        "flask codebase, 12 yrs of jinja pages. async io for outbound calls is a must, a complete rewrite is not on "
        "the table",
        "our flask app must fan out to slow courier apis concurrently. finance will never sign off on a rewrite",
    ],
)
def test_refused_rewrite_keeps_flask_shape(text: str) -> None:
    assert _pick(text) == "quart"


def test_approved_rewrite_is_a_new_build() -> None:
    text = "our flask app got approval for a full rewrite: a typed json api with generated docs, heavy concurrent io"
    assert _pick(text) == "fastapi"
