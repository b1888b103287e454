"""Negation headings over a colon's whole list, refusals that govern an act rather than a thing (a move, making
it ourselves), a framework ruled out with its setting or reason after it, and side parts put off or added on.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import negated_by_id


@pytest.mark.parametrize(
    "text",
    [
        "out of scope: an admin panel, websockets, a cms. in scope: a json api for the kiosks",
        "descoped: admin panel, websockets, cms. we keep a json api for the kiosks",
        "non-goals: an admin panel, websockets, a cms. goal: a json api for the kiosks",
    ],
)
def test_a_negation_heading_reaches_every_item_and_stops_at_the_next_heading(engine: Engine, text: str) -> None:
    needs = negated_by_id(engine, text)
    assert needs["admin-panel"] is True
    assert needs["realtime"] is True
    assert needs["content-site"] is True
    assert needs["rest-api"] is False


def test_a_clause_that_says_more_than_an_item_ends_the_heading_list(engine: Engine) -> None:
    needs = negated_by_id(engine, "out of scope: an admin panel, but we need websockets")
    assert needs["admin-panel"] is True
    assert needs["realtime"] is False


def test_a_refused_practice_is_not_wanted(engine: Engine) -> None:
    assert negated_by_id(engine, "our crew won't do async, it is a small image cropper")["async"] is True


@pytest.mark.parametrize(
    "text",
    [
        "no interest in porting our flask app; how do we add sso?",
        "we do not want to migrate the flask app, we only need sso on it",
    ],
)
def test_a_refused_move_keeps_what_runs(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current == "flask"
    assert "flask" not in parsed.excluded


def test_a_refused_move_to_a_destination_still_rules_it_out(engine: Engine) -> None:
    parsed = engine.parser.parse("our django app stays, we are not moving to litestar")
    assert "litestar" in parsed.excluded


def test_refusing_to_make_a_thing_ourselves_wants_it_built_in(engine: Engine) -> None:
    assert negated_by_id(engine, "we'd rather not... we don't want to build an admin ourselves")["admin-panel"] is False
    assert negated_by_id(engine, "we do not want to wire up login by hand")["user-auth"] is False
    assert negated_by_id(engine, "we handle login ourselves")["user-auth"] is True


def test_nobody_to_use_it_takes_the_thing_back(engine: Engine) -> None:
    text = "it's not that we do not want admin screens; nobody would use it. a sensor api for devices"
    assert negated_by_id(engine, text)["admin-panel"] is True


@pytest.mark.parametrize(
    "text",
    [
        "no flask for a large team, please",
        "not django either since we're api-only",
    ],
)
def test_a_ruled_out_framework_leaves_its_setting_or_reason_wanted(engine: Engine, text: str) -> None:
    needs = negated_by_id(engine, text)
    assert needs and not any(needs.values()), needs


def test_a_need_word_before_a_skill_is_what_the_team_knows(engine: Engine) -> None:
    assert "async" not in negated_by_id(engine, "two devs with deep async expertise; it is an online shop")


def test_a_date_put_off_is_a_wish_only_when_hedged(engine: Engine) -> None:
    hedged = {m.id: m.wish for m in engine.parser.parse("login now, and perhaps a public api next year").requirements}
    assert hedged["public-api"] is True
    planned = {m.id: m.wish for m in engine.parser.parse("login now, and a public api next year").requirements}
    assert planned["public-api"] is False


def test_a_small_part_added_on_leans_like_a_wish(engine: Engine) -> None:
    text = "ingesting 20k events per second is the core; plus a tiny admin page for two operators"
    wishes = {m.id: m.wish for m in engine.parser.parse(text).requirements if not m.negated}
    assert wishes["admin-panel"] is True


def test_a_framework_pitched_by_a_quality_is_someone_elses_reason(engine: Engine) -> None:
    text = "about 30 staff use it, but our vp insists on the most scalable framework"
    # not wanted: the vp's word is no need, and 30 people served even say it is not needed (an audience count)
    assert negated_by_id(engine, text).get("high-concurrency", True) is True


def test_replacing_what_runs_without_a_successor_leaves_it(engine: Engine) -> None:
    assert engine.parser.parse("proposal: replace pyramid in our kiosk backend").leaving
    assert not engine.parser.parse("proposal: replace the pyramid layer with django").leaving


def test_formed_builds_no_form(engine: Engine) -> None:
    assert "forms-crud" not in negated_by_id(engine, "the squad gets formed next month, stack undecided")
