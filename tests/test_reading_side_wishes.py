"""Secondary needs weigh less than the project: wishes put off or hedged, minor side parts, the asker's own
preference answered by what the project really is, and wishes that together still only lean.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wishes_by_id


@pytest.mark.parametrize(
    "text",
    [
        "a chat service over websockets; nice if staff get an admin to moderate rooms",
        "a chat service over websockets, and an admin for moderators at some point",
    ],
)
def test_an_admin_hedged_or_put_off_is_a_wish(engine: Engine, text: str) -> None:
    wishes = wishes_by_id(engine, text)
    assert wishes["admin-panel"] is True
    assert wishes["realtime"] is False


def test_a_minor_side_part_leans_like_a_wish(engine: Engine) -> None:
    text = "a pricing endpoint that must answer in 30ms, but also a couple of server-rendered help pages"
    assert wishes_by_id(engine, text)["server-rendered"] is True


@pytest.mark.parametrize(
    "text",
    [
        "a marketing site with 150 static pages, a few forms and an editor for copy",
        "a few thousand concurrent sockets, but also realtime dashboards",
    ],
)
def test_a_small_amount_in_the_core_list_or_a_count_is_no_side_part(engine: Engine, text: str) -> None:
    assert not any(wishes_by_id(engine, text).values())


@pytest.mark.parametrize(
    "text",
    [
        "i'd really like to try async for once, but really it's a payroll admin with forms and approvals",
        "personally i want to learn something new here, but the actual project is an intranet of forms and approvals",
    ],
)
def test_a_preference_answered_by_the_project_is_a_wish(engine: Engine, text: str) -> None:
    wishes = wishes_by_id(engine, text)
    said = {"async": wishes.get("async"), "easy-learning": wishes.get("easy-learning")}
    assert True in said.values() and False not in said.values()
    assert wishes["forms-crud"] is False


def test_a_preference_with_a_plain_objection_stays_a_need(engine: Engine) -> None:
    # "but the team has never used it" objects to the preference, it does not say what the project is
    assert (
        wishes_by_id(engine, "i want websockets for live scores, but the team has never used them")["realtime"] is False
    )


def test_wishes_together_lean_one_point_at_most(engine: Engine) -> None:
    advice = engine.ask("an api for our react app. server-rendered pages would be nice. an admin would be nice too")
    for score in advice.ranking:
        leaned = sum(c.weight for c in score.contributions if c.requirement in {"server-rendered", "admin-panel"})
        assert abs(leaned) <= 1


def test_a_wish_alone_makes_no_close_call(engine: Engine) -> None:
    advice = engine.ask("charts for the finance analysts in plotly, but a couple of them want a login")
    assert advice.recommendation is not None
    assert advice.recommendation.framework == "flask"
    assert advice.recommendation.also == ()


def test_the_project_decides_over_the_askers_preference(engine: Engine) -> None:
    advice = engine.ask("i'd love to finally learn fastapi on this, but really it's a forms-heavy expenses app")
    assert advice.recommendation is not None
    assert advice.recommendation.framework == "django"
