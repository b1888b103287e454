"""A framework labelled legacy inside someone else's pitch ('a post saying flask is legacy') is not what runs
(000 "Introduction": hearsay and popularity decide nothing); 'our legacy flask app' still is."""

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(text: str) -> str | None:
    rec = Conversation(default_engine()).turn(text).advice.recommendation
    return rec.framework if rec is not None else None


def test_legacy_label_in_a_post_is_not_what_runs() -> None:
    text = (
        "our vp forwarded a blog post saying litestar is the future and flask is legacy. "
        "should we go litestar? no code yet"
    )
    assert _pick(text) != "flask"


def test_our_legacy_app_still_runs() -> None:
    assert (
        _pick("a consultant wants to port our legacy flask app to litestar. it works fine and load is tiny") == "flask"
    )
