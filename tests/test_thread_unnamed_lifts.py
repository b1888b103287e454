"""Threads where a gatekeeper's ban is said to be over without naming the framework, and where a single
approved framework gets a second one beside it."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn

_PROJECT = "staff portal for a ferry operator: crew log in, dispatchers edit sailings and crew rosters in an admin"


@pytest.mark.parametrize(
    "lift",
    [
        "ok the ban is gone as of today",
        "security rescinded the ban last night",
        "they lifted the block, we're clear",
        "news from legal: that veto was overturned",
    ],
)
def test_a_ban_said_to_be_over_brings_back_what_it_ruled_out(engine: Engine, lift: str) -> None:
    turns = turn_by_turn(engine, _PROJECT, "infosec banned django for this one", lift)
    assert picked(turns[1]) != "django"
    assert picked(turns[2]) == "django"


@pytest.mark.parametrize(
    "still",
    [
        "the ban on weekend releases was lifted, unrelated but nice",
        "they say the ban won't be lifted this year",
        "if the ban is ever lifted we'll revisit",
    ],
)
def test_a_ban_on_something_else_or_a_lift_denied_keeps_it_out(engine: Engine, still: str) -> None:
    turns = turn_by_turn(engine, _PROJECT, "infosec banned django for this one", still)
    assert picked(turns[2]) != "django"


def test_a_taste_exclusion_is_not_a_ban_lifted(engine: Engine) -> None:
    turns = turn_by_turn(engine, _PROJECT, "skip django pls, feels bloated to me", "fyi that ban got lifted")
    assert picked(turns[2]) != "django"


@pytest.mark.parametrize(
    "widen",
    [
        "the platform group approved django as well. the project: a members site with accounts and an editing admin",
        "we can use django too now; it's a content site with editors, drafts and page permissions",
    ],
)
def test_a_second_framework_approved_widens_a_sole_allow_list(engine: Engine, widen: str) -> None:
    turns = turn_by_turn(engine, "only flask is approved on our k8s platform", widen)
    assert picked(turns[0]) == "flask"
    assert picked(turns[1]) == "django"
