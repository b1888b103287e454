"""A scope word said of a named need negates that need ("SSO is out of scope", "the mobile api got descoped"),
while a scope cut said of the project reads as a narrow scope; a skill the team has ("good at websockets",
"knows celery inside out") is no need of the system; head counts in any people noun ("nine juniors",
"14 contractors"); and CPU-bound work leaves async nothing to gain."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import mentions_by_id


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("We need an internal CRUD tool with logins. Single sign-on is out of scope.", "user-auth"),
        ("An editing back office with roles; websockets are explicitly out of scope.", "realtime"),
        ("Staff CRUD screens with logins. The partner API has been descoped.", "public-api"),
        ("Ops dashboard with logins, partner api = non-goal.", "public-api"),
        ("We need an admin panel for the warehouse, but SSO is off the table.", "user-auth"),
    ],
)
def test_a_scope_word_said_of_a_need_negates_it(engine: Engine, text: str, need: str) -> None:
    needs = mentions_by_id(engine, text)
    assert need in needs and needs[need].negated


def test_a_need_descoped_is_no_narrow_scope(engine: Engine) -> None:
    needs = mentions_by_id(engine, "Staff CRUD screens with logins. The partner API has been descoped.")
    assert "small-scope" not in needs


def test_the_project_descoped_is_a_narrow_scope(engine: Engine) -> None:
    needs = mentions_by_id(engine, "the whole thing got descoped, it's one status page now")
    assert "small-scope" in needs and not needs["small-scope"].negated


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Our people are really good at websockets, yet what we build is a CMS for a newsroom.", "realtime"),
        ("the crew knows celery inside out; the job is an internal admin for refunds", "background-jobs"),
        ("everyone here is comfortable with async; we need staff logins and an admin panel", "async"),
    ],
)
def test_a_team_skill_is_no_need(engine: Engine, text: str, skill: str) -> None:
    assert skill not in mentions_by_id(engine, text)


def test_a_skill_cue_still_tells_what_the_team_knows(engine: Engine) -> None:
    assert "flask" in engine.parser.parse("we're all fluent in flask, need a small json api").known


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("the team is nine juniors and we need an admin", 9),
        ("we have 14 contractors working on the billing portal", 14),
        ("11 data scientists will own this api", 11),
    ],
)
def test_head_counts_in_any_people_noun(engine: Engine, text: str, size: int) -> None:
    assert engine.parser.parse(text).team_size == size


def test_cpu_bound_work_leaves_async_nothing_to_gain(engine: Engine) -> None:
    turn = Conversation(engine).turn(
        "async is trendy so I'd like it, but this worker just crunches numbers on uploaded CSVs, a few calls an hour"
    )
    needs = {m.id: m for m in turn.advice.requirements}
    assert needs["async"].negated and not needs["cpu-bound"].negated
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "flask"


def test_a_colleague_maintaining_a_claim_is_no_upkeep(engine: Engine) -> None:
    assert "long-horizon" not in mentions_by_id(engine, "a colleague maintains that async would speed it up")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("we care about unit tests and continuous integration", "public-api"),
        ("is django still the conventional choice for this?", "batteries"),
    ],
)
def test_other_senses_name_no_need(engine: Engine, text: str, absent: str) -> None:
    assert absent not in mentions_by_id(engine, text)


def test_disregard_takes_back_the_need_after_it(engine: Engine) -> None:
    needs = mentions_by_id(engine, "please disregard the websocket requirement, it's a plain list page")
    assert needs["realtime"].negated
