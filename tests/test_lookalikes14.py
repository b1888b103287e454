"""Look-alikes of recent readers: records handled in another product's own screens ('grade them in moodle itself')
ask for no accounts or admin of ours; a rate's ceiling said as 'maxes out at N' is the count, not a pain."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_turn, wanted_in


@pytest.mark.parametrize(
    "text",
    [
        "pupils hand in essays via Schoology and tutors mark them in Schoology itself; we want a typed stats endpoint",
        "applicants upload CVs and reviewers score them inside Greenhouse directly, our bit is a small json api",
        "the coordinators reassign shifts in Deputy itself, we only need a webhook listener",
        "members post listings through Glide and moderators approve them in Glide itself",
    ],
)
def test_work_done_in_another_products_own_screens_wants_no_admin_or_accounts(text: str) -> None:
    wanted = wanted_in(first_turn(default_engine(), text))
    assert not wanted & {"forms-crud", "admin-panel", "user-auth"}


@pytest.mark.parametrize(
    "text",
    [
        "pupils hand in homework and tutors mark it in the app itself",
        "applicants upload forms and reviewers score them directly in the portal we build",
    ],
)
def test_work_done_in_our_own_app_still_reads_as_roles(text: str) -> None:
    assert "forms-crud" in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    "text",
    [
        "the booking api maxes out at 30 requests a second, which framework should the v2 use",
        "load maxes out around 20 rps on the busiest day; new service for the same team",
        "usage tends to max out at 12 rps. picking a stack for the rewrite",
    ],
)
def test_a_ceiling_said_with_a_small_rate_is_no_load(text: str) -> None:
    assert "high-concurrency" not in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    "text",
    [
        "our uwsgi workers max out every lunch hour and requests pile up",
        "the api maxes out at 60k requests a second on launch day",
        "all our workers maxed out at peak last night",
    ],
)
def test_workers_maxing_out_or_a_large_ceiling_still_read_load(text: str) -> None:
    assert "high-concurrency" in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        (
            "The billing team finished the quart to litestar migration. We need a websocket chat backend, async.",
            "fastapi",
        ),
        (
            "another group is finishing the quart to litestar port; ours is a new websocket chat backend, async",
            "fastapi",
        ),
        (
            "their squad is continuing the sanic to litestar migration. we build a new async webhook receiver at scale",
            "fastapi",
        ),
    ],
)
def test_another_teams_move_carried_on_is_not_ours_under_way(text: str, pick: str) -> None:
    turn = first_turn(default_engine(), text)
    assert turn.advice.recommendation is not None
    assert turn.advice.recommendation.framework == pick


def test_our_team_carrying_a_move_on_is_still_under_way() -> None:
    turn = first_turn(
        default_engine(), "our team finishes the quart to litestar port next sprint, where do new routes go"
    )
    assert turn.advice.recommendation is not None
    assert turn.advice.recommendation.framework == "litestar"
