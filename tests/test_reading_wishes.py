"""Hedged wishes, other teams' wishes, organisation head counts and learning-platform words.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _wishes(engine: Engine, text: str) -> dict[str, bool]:
    return {m.id: m.wish for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "websockets would be nice, though the core is a report generator",
        "nice to have: websockets. the core is a report generator",
        "ideally websockets, if possible",
        "realtime push is a stretch goal",
    ],
)
def test_a_hedged_wish_is_read_as_a_wish(engine: Engine, text: str) -> None:
    assert _wishes(engine, text)["realtime"] is True


def test_a_need_said_firmly_is_not_a_wish(engine: Engine) -> None:
    assert _wishes(engine, "we must push live updates over websockets")["realtime"] is False
    assert _wishes(engine, "we need websockets. websockets would be nice too")["realtime"] is False


def test_a_wish_leans_one_point_at_most(engine: Engine) -> None:
    firm = engine.ask("we need async io")
    hedged = engine.ask("async io would be nice")
    assert max(abs(c.weight) for s in hedged.ranking for c in s.contributions) <= 1
    assert max(abs(c.weight) for s in firm.ranking for c in s.contributions) > 1


def test_a_wish_does_not_outweigh_the_stated_job(engine: Engine) -> None:
    advice = engine.ask("async would be cool i guess, but it is a single-purpose cpu-heavy image resizer script")
    assert advice.recommendation is not None and advice.recommendation.framework == "flask"


def test_a_conversation_remembers_a_wish_until_it_is_said_firmly(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("a small internal report tool; async would be nice")
    assert "async" in conversation.state.wishes
    conversation.turn("actually async is a must, we call slow vendor apis")
    assert "async" not in conversation.state.wishes


def test_another_teams_wish_answered_back_is_not_our_need(engine: Engine) -> None:
    found = _wishes(engine, "the mobile team wants openapi docs, but this is a content site with an editor admin")
    assert "api-docs" not in found and "content-site" in found


@pytest.mark.parametrize(
    "text",
    [
        "we are 60 developers company-wide; this tool is maintained by 2 people",
        "30 engineers across the org, and 3 folks own this service",
    ],
)
def test_an_organisation_head_count_is_not_the_team(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.team_size is not None and parsed.team_size <= 3
    assert "large-team" not in {m.id for m in parsed.requirements}


def test_a_team_head_count_still_counts(engine: Engine) -> None:
    assert "large-team" in {m.id for m in engine.parser.parse("40 engineers will work on this codebase").requirements}


def test_e_learning_is_a_learning_product_not_a_learner(engine: Engine) -> None:
    found = _wishes(engine, "an e-learning site with lessons and quizzes and teacher dashboards")
    assert "easy-learning" not in found and "user-auth" in found


@pytest.mark.parametrize("text", ["a little status page served from a raspberry pi", "small api on my homelab box"])
def test_one_small_device_is_a_small_service_not_a_fleet(engine: Engine, text: str) -> None:
    found = _wishes(engine, text)
    assert "small-scope" in found and "high-concurrency" not in found


def test_a_fleet_of_devices_still_reads_as_telemetry_at_scale(engine: Engine) -> None:
    assert "high-concurrency" in _wishes(engine, "ingest readings from a fleet of raspberry pis")


def test_a_waitlist_signup_collects_emails_not_accounts(engine: Engine) -> None:
    found = _wishes(engine, "a teaser page where visitors can join the waitlist")
    assert "small-scope" in found and "user-auth" not in found


def test_records_moved_between_systems_is_glue_and_callers_inside_the_team_are_internal(engine: Engine) -> None:
    found = _wishes(engine, "it moves records between hubspot and the warehouse db; no one outside our team calls it")
    assert "glue-service" in found and "public-api" not in found


def test_knowing_a_framework_inside_out_is_knowing_it_not_ruling_it_out(engine: Engine) -> None:
    parsed = engine.parser.parse("our lead knows flask inside out, the rest are new")
    assert "flask" in parsed.known and "flask" not in parsed.excluded


def test_a_small_internal_service_is_an_internal_api(engine: Engine) -> None:
    assert {"small-scope", "rest-api"} <= set(_wishes(engine, "a small internal json service for the warehouse"))
