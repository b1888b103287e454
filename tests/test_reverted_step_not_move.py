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


@pytest.mark.parametrize(
    "text",
    [
        "graphene-django gives you relay for free, we're told. nothing exists yet, we want a graphql api for a shop",
        "the django-tenants docs look solid; we haven't written a line, scoping a saas for dentists",
    ],
)
def test_extension_spoken_of_runs_nothing(text: str) -> None:
    assert Conversation(default_engine()).turn(text).parsed.current is None
