"""A host or its gatekeepers refusing an async server ("ops refuses to deploy uvicorn"), read as a limit on where
the app may run rather than a deploy question or a wish for async; and a denied heavy framework's listed parts
("dont need a big framework with an orm and an admin"), each denied with it.

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


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "i don't want a heavyweight framework with an orm and an admin, it's a single endpoint that crops images",
            ("orm-models", "admin-panel"),
        ),
        (
            "we don't need a batteries included stack that ships auth, an orm and templates. one json route",
            ("user-auth", "orm-models", "server-rendered"),
        ),
        (
            "no need for a big toolkit that comes with user accounts and an admin; it only relays sms to our crm",
            ("user-auth", "admin-panel"),
        ),
    ],
)
def test_a_denied_frameworks_listed_parts_are_denied_with_it(
    engine: Engine, text: str, denied: tuple[str, ...]
) -> None:
    needs = negated_by_id(engine, text)
    assert all(needs.get(need) is True for need in denied), needs


def test_parts_wanted_after_a_denial_stay_wanted(engine: Engine) -> None:
    needs = negated_by_id(engine, "we don't need websockets, we need a framework with an admin and user accounts")
    assert needs["realtime"] is True
    assert needs["admin-panel"] is False
    assert needs["user-auth"] is False
