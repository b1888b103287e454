"""A host or its gatekeepers refusing an async server ("ops refuses to deploy uvicorn"), read as a limit on where
the app may run rather than a deploy question or a wish for async.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import negated_by_id


def _pick(engine: Engine, text: str) -> str | None:
    rec = Conversation(engine).turn(text).advice.recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    "text",
    [
        "the sre folks refuse to deploy hypercorn anywhere. small json api for the kiosk fleet, four routes",
        "our managed host cannot host asgi apps at all; we need a tiny api for the shop's opening hours",
        "we can't deploy anything async on the current boxes. little internal api for the print queue",
        "security refused to run daphne on the shared vms, so: a tiny json endpoint for the loyalty app",
    ],
)
def test_a_refused_async_server_rules_out_the_asgi_frameworks(engine: Engine, text: str) -> None:
    assert negated_by_id(engine, text).get("async") is not False
    assert _pick(engine, text) in ("flask", "django")


def test_a_host_that_now_runs_uvicorn_keeps_async_welcome(engine: Engine) -> None:
    text = "the old host couldn't run asgi, but the new cluster runs uvicorn fine. streaming live scores to 3k fans"
    assert _pick(engine, text) == "fastapi"
