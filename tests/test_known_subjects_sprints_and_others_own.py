"""Words that look like a project fact and are not: a framework someone only knows ('the only thing i know is
flask'), a sprint of build time or a team's regular demo (no throwaway lifetime), and parts another product already
holds ('zendesk has its own admin').

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import thread_picks


def _pick(engine: Engine, text: str) -> str | None:
    return thread_picks(engine, text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "honestly the only framework i know is flask. we need something for the stock counts",
        "the one framework our intern knows is flask; we need a bot that posts standup reminders",
    ],
)
def test_a_framework_someone_knows_is_not_what_runs(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current is None
    assert parsed.known


@pytest.mark.parametrize(
    "text",
    [
        "one sprint until the quarterly review. which framework should we pick?",
        "we record our biweekly demo for the execs; anyway, django, flask or fastapi for the new repo?",
    ],
)
def test_a_deadline_or_a_team_ritual_is_no_throwaway(engine: Engine, text: str) -> None:
    assert _pick(engine, text) is None


def test_a_sprint_said_with_disposal_still_means_throwaway(engine: Engine) -> None:
    assert _pick(engine, "one sprint and then we delete it: a tiny page listing the office plants") == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "Freshdesk has its own admin and agent accounts. we need a small endpoint relaying its webhooks to slack",
        "the booking vendor (hosted, with its own user logins and admin) pings us per booking; we need a tiny relay",
    ],
)
def test_parts_another_product_holds_are_not_our_needs(engine: Engine, text: str) -> None:
    needs = {m.id for m in engine.parser.parse(text).requirements if not m.negated}
    assert not needs & {"admin-panel", "user-auth"}


def test_parts_our_people_hold_stay_needs(engine: Engine) -> None:
    text = "our dispatchers each have their own login and need a screen to reassign drivers"
    assert "user-auth" in {m.id for m in engine.parser.parse(text).requirements}
