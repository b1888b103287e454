"""Round 19 look-alikes: a thing kept as it is that is not the running app (the team, the looks, the data layout)
and 'next to our office' say no part goes apart; rebuilding a library or the deploy is no rebuild of the app; an
end of life that is behind the team or a host's is not the code's; 'admin or no?' asks, it does not answer."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, negated_by_id


@pytest.mark.parametrize(
    "text",
    [
        "we run a django helpdesk with admin. team size stays as is, two devs. agencies want a partner API",
        "django portal with staff admin; the ui stays put, people like it. add a live badge for 20 dispatchers",
        "our django tool runs next to our team wiki; it needs a realtime counter for the five of us",
    ],
)
def test_a_kept_thing_that_is_not_the_app_sends_no_part_apart(engine: Engine, text: str) -> None:
    assert "separate-service" not in negated_by_id(engine, text)
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "the django shop stays put. buyers need bids pushed over websockets to 8k browsers at once, build it where?",
        "alongside our django admin app, a public partner api for ~3k req/s with openapi. which framework?",
    ],
)
def test_the_app_itself_kept_still_sends_the_part_apart(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    ("text", "current"),
    [
        (
            "our pyramid tool is fine, no complaints. must replace the charting lib, what should we use?",
            "pyramid",
        ),
        (
            "bottle api, 5 endpoints, happy with it. porting our ci off jenkins, what do we use?",
            "bottle",
        ),
        (
            "bottle api, 5 endpoints, works. we dropped python 2 years ago, all py3 now. anything to do?",
            "bottle",
        ),
        (
            "pyramid app, staff love it. the centos hosts reached end of life, ops moves us. switch?",
            "pyramid",
        ),
    ],
)
def test_a_part_rebuilt_or_an_end_of_life_elsewhere_keeps_a_working_niche_app(
    engine: Engine, text: str, current: str
) -> None:
    assert first_pick(engine, text) == current


@pytest.mark.parametrize(
    "text",
    [
        "the falcon gateway is py2 and needs porting anyway; rebuild it in what? it calls four upstream apis",
        "our old bottle service needs a rewrite, what should we use for the rewrite of the service?",
    ],
)
def test_the_app_rebuilt_or_on_an_end_of_life_runtime_is_left(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) not in {"falcon", "bottle"}


@pytest.mark.parametrize(
    "text",
    [
        "back office for 10 clerks with roles. admin or no? we need forms",
        "booking tool for 9 staff. staff admin, yes or no?",
    ],
)
def test_a_need_offered_with_or_no_is_asked_not_refused(engine: Engine, text: str) -> None:
    assert negated_by_id(engine, text).get("admin-panel") is False
