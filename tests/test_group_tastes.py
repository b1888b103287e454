"""A group of the team said to favour a framework, with the verb in its plural or base form ("our testers adore
flask", "our platform people push fastapi"): the framework is their taste, not what runs, so the project's needs
decide. A thing of ours on the framework ("our devs love our flask app") still runs."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        (
            "our qa people adore flask, but the job is a records system for the depot: 25 tables, staff forms, logins",
            "django",
        ),
        (
            "our platform engineers push django hard; we need typed json endpoints with openapi docs for the sdk",
            "fastapi",
        ),
        (
            "our senior devs prefer flask. it is the company intranet with an admin, permissions and forty models",
            "django",
        ),
        ("our frontend people want django for the live auction bidding feed, 8k websocket clients at once", "fastapi"),
    ],
)
def test_a_groups_taste_is_not_what_runs(engine: Engine, text: str, pick: str) -> None:
    assert engine.parser.parse(text).current is None
    assert first_pick(engine, text) == pick


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("our devs love our flask app, now it needs two more endpoints for the kiosk", "flask"),
        ("our testers adore the django portal we run; now the mobile team needs an api from it", "django"),
    ],
)
def test_a_thing_of_ours_on_the_framework_still_runs(engine: Engine, text: str, current: str) -> None:
    assert engine.parser.parse(text).current == current
