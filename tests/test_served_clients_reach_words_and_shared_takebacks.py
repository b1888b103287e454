"""A client named as what a backend serves ('a backend for our mobile app') is said firmly; 'internal' reaches
across describing words to its noun; who a system outlasts is its span; a split said by who owns each service;
taking back a need takes back what was read from the same words."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation, Turn


def _turn(text: str) -> Turn:
    return Conversation(default_engine()).turn(text)


def _ids(text: str) -> set[str]:
    return {m.id for m in _turn(text).advice.requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "we need an api for our mobile apps",
        "looking for a backend for the mobile application",
        "endpoints for our mobile app, that's all",
        "which framework for a backend for my mobile app?",
    ],
)
def test_a_backend_named_for_its_mobile_client_decides(text: str) -> None:
    rec = _turn(text).advice.recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_a_mobile_app_merely_mentioned_stays_loose() -> None:
    assert _turn("our mobile app is getting popular and it needs a backend, ideas?").advice.recommendation is None


@pytest.mark.parametrize(
    "text",
    [
        "an internal stock tracking app for the warehouse",
        "the internal shift planning tool for nurses",
        "we want an internal expense claims app",
    ],
)
def test_internal_reaches_its_noun_across_describing_words(text: str) -> None:
    assert "internal-tool" in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "the registry will outlast everyone who builds it",
        "this booking app should outlive me, honestly",
        "it needs to outlive us, the club has no other techies",
    ],
)
def test_who_a_system_outlasts_is_its_span(text: str) -> None:
    assert "long-horizon" in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "every team owns a service and ships on its own",
        "the services communicate via events, we need a framework for the next one",
        "one service per squad, what do we write the new one in",
    ],
)
def test_a_split_said_by_who_owns_each_service(text: str) -> None:
    assert "microservice" in _ids(text)


def test_taking_back_a_need_takes_back_what_the_same_words_said() -> None:
    c = Conversation(default_engine())
    c.turn("rest backend for a flutter app")
    second = c.turn("marketing wants an admin to manage the catalog and customer accounts")
    assert {"ecommerce", "admin-panel"} <= {m.id for m in second.advice.requirements if not m.negated}
    third = c.turn("no admin after all, they keep their current tool")
    left = {m.id for m in third.advice.requirements if not m.negated}
    assert "ecommerce" not in left and "admin-panel" not in left and "spa-backend" in left
