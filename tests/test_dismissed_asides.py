"""Context a message closes as another matter ("…, but that's a separate fight", "…, not our concern now",
"…, but another team owns that") names none of the needs of the system asked about (000 "Final recommendation":
the problem this system solves decides); look-alikes that only sound like a dismissal keep their clause."""

from __future__ import annotations

import pytest

from knowledge.base.loader import default_knowledge_base
from knowledge.base.text import normalize
from knowledge.engine import Engine
from knowledge.reading.dismissed import Dismissed
from tests.talk import first_pick


def _cut(text: str) -> str:
    vocab = default_knowledge_base().vocabulary
    return Dismissed(vocab.dismissed, vocab.rewrites).cut(normalize(text, vocab.rewrites))


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("onboarding new hires is a mess, but that's a separate fight. im building: a relay", "hires", "relay"),
        ("the sdk comes later, not our concern now. framework?", "sdk", "framework"),
        ("we need a prototype, our ci is slow, but thats a separate issue", "ci", "prototype"),
        ("need a prototype, the ci slowness is a separate issue", "ci", "prototype"),
        ("the backlog (edits, roles) is huge, but that's another discussion. we need sockets", "roles", "sockets"),
        ("there is a websocket feed. a different team owns that. i need forms", "websocket", "forms"),
    ],
)
def test_the_dismissed_clause_is_cut(text: str, gone: str, kept: str) -> None:
    cut = _cut(text)
    assert gone not in cut and kept in cut


@pytest.mark.parametrize(
    "text",
    [
        "the api part is easy, the admin is a different story: ops need bulk edits",  # harder, not set aside
        "flask handles the api. the admin is a different story.",
        "that's a separate service from our main app: a webhook receiver",
        "we need websockets for 10k live users, that's the whole point",
        "an hr tool, that's not in scope for the platform team so we build it",
    ],
)
def test_look_alikes_keep_their_clause(text: str) -> None:
    vocab = default_knowledge_base().vocabulary
    assert _cut(text) == normalize(text, vocab.rewrites)


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        (
            "Onboarding docs for new hires are a mess, but that's a separate fight. What I'm building: a one-route "
            "relay that forwards form submissions from our static site into the CRM.",
            "flask",
        ),
        (
            "there's also a websocket price feed for 10k traders but a different team owns that. I'm asking about "
            "the invoicing screens: forms, CRUD, 3 accountants",
            "django",
        ),
        (
            "Our old intranet has an admin panel with tons of forms, which is its own saga. The new thing is a JSON "
            "API for our react native app with typed schemas.",
            "fastapi",
        ),
    ],
)
def test_the_pick_is_the_asked_systems(engine: Engine, text: str, pick: str) -> None:
    assert first_pick(engine, text) == pick
