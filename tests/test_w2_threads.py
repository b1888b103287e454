"""Second-wave thread classes: part of a team disliking a framework is a taste, not a ban (TX); a missing
sign-off, an approval of one framework's images and a gatekeeper refusing one rule the choice (TV); a part shrunk
to a switch leans like a wish and a tool said to cover a part takes it (TR); a mark before what the project now
is ('the real service now') supersedes the earlier phase (TS); a qualified system never said of this subject,
then a clause about it, opens another subject (TP)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import thread_picks

_BIG_TEAM_PORTAL = (
    "Grant-application portal for a science foundation: applicants, reviewers, programme officers, approval "
    "rounds, a staff back office. Sixteen developers in four squads."
)


@pytest.mark.parametrize(
    "taste",
    [
        "A few of the frontend-leaning devs can't stand Django and would pick Flask.",
        "Two of our engineers dislike Django and push for Flask.",
        "Some of us hate Django, honestly, Flask feels nicer.",
    ],
)
def test_part_of_the_team_disliking_a_framework_is_no_ban(engine: Engine, taste: str) -> None:
    assert thread_picks(engine, _BIG_TEAM_PORTAL, taste) == ["django", "django"]


@pytest.mark.parametrize("ban", ["We hate Django, hard pass.", "Our CTO can't stand Django."])
def test_a_whole_dislike_still_rules_the_framework_out(engine: Engine, ban: str) -> None:
    assert Conversation(engine).turn(ban).advice.query.excluded == ("django",)


_SOCKET_FEED = "Match-day feed for a cycling race: websockets to thousands of viewers, async, JSON only."


@pytest.mark.parametrize(
    "gate",
    [
        "FastAPI lacks sign-off from the architecture group.",
        "FastAPI isn't on the approved list here.",
        "The platform council turned down FastAPI.",
    ],
)
def test_a_missing_approval_or_a_refusal_rules_the_framework_out(engine: Engine, gate: str) -> None:
    picks = thread_picks(engine, _SOCKET_FEED, gate)
    assert picks[0] == "fastapi"
    assert picks[1] not in (None, "fastapi")


def test_a_refusal_verb_rules_out_only_the_framework_right_after_it(engine: Engine) -> None:
    query = Conversation(engine).turn("Our gateway refused requests under the old flask dev server.").advice.query
    assert "flask" not in query.excluded


def test_approved_images_of_one_framework_fix_it(engine: Engine) -> None:
    picks = thread_picks(engine, _SOCKET_FEED, "Reminder: only Django container images are approved in our datacentre.")
    assert picks == ["fastapi", "django"]


_LOCKER_API = (
    "Typed JSON API for a dog-walking app's mobile client, plus an admin back office where staff handle bookings."
)


@pytest.mark.parametrize(
    "shrink",
    [
        "Turns out the back office is one on/off switch.",
        "The admin back office is just a single toggle for holidays.",
        "The back office shrank to a couple of checkboxes.",
    ],
)
def test_a_part_shrunk_to_a_switch_no_longer_decides(engine: Engine, shrink: str) -> None:
    assert thread_picks(engine, _LOCKER_API, shrink) == ["django", "fastapi"]


def test_a_tool_said_to_cover_the_part_does_not_bring_it_back(engine: Engine) -> None:
    picks = thread_picks(
        engine, _LOCKER_API, "Drop the admin back office; Airtable's own admin screens handle all of that."
    )
    assert picks == ["django", "fastapi"]


@pytest.mark.parametrize(
    "phase",
    [
        "The seed round closed, so this is the real product now: organisations, invoices, permissions.",
        "It's becoming our actual platform: client accounts, billing and staff roles.",
    ],
)
def test_a_mark_before_what_the_project_now_is_supersedes_the_demo(engine: Engine, phase: str) -> None:
    demo = "Weekend demo: an async typed API with auto docs and a live gauge for the judges."
    assert thread_picks(engine, demo, phase) == ["fastapi", "django"]


@pytest.mark.parametrize(
    ("opening", "turn", "want"),
    [
        (
            "Public JSON API for a museum's collection: typed, partner apps, many concurrent reads.",
            "And the exhibition site the curators write, with articles and SEO pages?",
            "django",
        ),
        (
            "Volunteer scheduling app for a marathon: coordinators, approvals, lots of forms, an admin, years of use.",
            "And the reminder microservice that texts start times to runners, which one?",
            None,
        ),
    ],
)
def test_a_described_system_never_said_of_this_one_is_another_subject(
    engine: Engine, opening: str, turn: str, want: str | None
) -> None:
    picks = thread_picks(engine, opening, turn)
    assert picks[1] == want if want else picks[1] in ("flask", "fastapi")


def test_the_system_under_way_named_with_a_clause_keeps_its_needs(engine: Engine) -> None:
    opening = "Partner API for a courier network: typed, async, documented for integrators."
    picks = thread_picks(engine, opening, "And the partner API that the couriers call, should it also send webhooks?")
    assert picks == ["fastapi", "fastapi"]
