"""Hard-probe round e: background words count for less. Parts said to live in another system that keeps them
("… stay in zendesk", "… not changing") ask nothing of the new one, and a running app said to keep its parts makes
the part asked about a separate service; "stay in drf" keeps a tool, it sets no need aside; a team pointed at by
"by the …" or doing its own work ("the platform team would …") is not the team building this."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_pick


def _needs(text: str) -> dict[str, bool]:
    """Requirement id -> negated, as the parser reads the text."""
    return {m.id: m.negated for m in default_engine().parser.parse(text).requirements}


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("a live map of couriers over websockets. customer accounts stay in the old crm", "saas-product"),
        (
            "a realtime feed for drivers. the admin screens are not changing, they belong to the ops portal",
            "admin-panel",
        ),
        ("push notifications service. user logins and roles remain in the php site", "user-auth"),
        ("order tracking push service; the shop and its checkout stays in shopify", "ecommerce"),
    ],
)
def test_parts_housed_in_another_system_are_no_needs(text: str, need: str) -> None:
    assert _needs(text).get(need, True) is True  # absent or negated, never a need


@pytest.mark.parametrize(
    "text",
    [
        "a websocket service for live bids. lots and seller accounts already live in our django back office",
        "live scores over websockets; accounts and billing live in the existing django app and stay there",
        "live cursor sharing for the editor over websockets. documents already live in our django cms",
    ],
)
def test_a_running_app_keeping_its_parts_sends_the_live_part_beside_it(text: str) -> None:
    assert first_pick(default_engine(), text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "should the partner endpoints be a separate fastapi app or stay in drf?",
        "partner endpoints: new fastapi service, or do they stay in flask?",
    ],
)
def test_staying_in_a_tool_sets_no_need_aside(text: str) -> None:
    assert _needs(text).get("public-api") is False


@pytest.mark.parametrize(
    "text",
    [
        "events land in kafka, run by the data platform team. we need a tiny csv upload page for a demo",
        "the ml platform team would host it later anyway; for now a small prototype page for the hackathon",
        "payments are handled by the core platform team. we want a one-page prototype for the demo day",
    ],
)
def test_a_team_doing_other_work_is_not_the_builders(text: str) -> None:
    assert "large-team" not in _needs(text)
