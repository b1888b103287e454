"""A release step undone inside a move still going (a rolled-back release, a reverted hotfix) leaves the move on."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(text: str) -> str | None:
    rec = Conversation(default_engine()).turn(text).advice.recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    "text",
    [
        "midway through porting our flask service to fastapi; we reverted a bad commit on monday, carrying on",
        "midway through moving the django api over to fastapi, rolled back the release from tuesday, still porting",
    ],
)
def test_step_reverted_keeps_move_under_way(text: str) -> None:
    assert _pick(text) == "fastapi"


def test_move_itself_rolled_back_still_stops_it() -> None:
    assert (
        _pick("we got partway porting the flask app to fastapi and rolled it all back, thoughts on retrying?")
        == "flask"
    )
