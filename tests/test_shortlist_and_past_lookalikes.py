"""Look-alikes of the shortlist and past readings that must not fire: an option close on points that lacks the
need the leader leads on (Flask for admin screens: 002 "Flask: The Blank Canvas"), a stand-in whose founding need
the message never calls for (Quart for a sync API: 003 "FAQ"), and a past that dates only a version ("was on
django 3.2 until we upgraded") rather than the framework."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import asked_pick, first_pick


@pytest.mark.parametrize(
    "text",
    [
        "flask vs fastapi, our app is 80% admin screens",
        "fastapi or flask? the whole thing is admin screens for our ops staff",
    ],
)
def test_a_close_option_lacking_the_leaders_need_is_not_the_answer(engine: Engine, text: str) -> None:
    assert asked_pick(engine, text) == "django"


def test_a_stand_in_answers_only_for_what_it_is_founded_on(engine: Engine) -> None:
    assert first_pick(engine, "quart or fastapi for a small sync internal api? our team knows flask") == "fastapi"


def test_the_async_stand_in_still_answers_a_flask_shortlist_needing_async(engine: Engine) -> None:
    assert first_pick(engine, "flask or quart? the new worker mostly awaits slow partner http calls") == "quart"


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("the site was on django 3.2 until we upgraded it to 5.0; now partners need an api", "django"),
        ("our api was on flask 2 before the upgrade to flask 3", "flask"),
    ],
)
def test_a_past_that_dates_a_version_keeps_the_framework_running(engine: Engine, text: str, current: str) -> None:
    assert engine.parser.parse(text).current == current


@pytest.mark.parametrize(
    "text", ["we were on flask until march, then moved the lot to fastapi", "we were previously on django"]
)
def test_a_team_that_was_on_a_framework_no_longer_runs_it(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current != ("flask" if "flask" in text else "django")


def test_a_contracted_were_on_is_what_runs_today(engine: Engine) -> None:
    assert engine.parser.parse("we're on django and partners want graphql over the catalog").current == "django"
