"""Trade-offs where the asker ranks two needs after saying them (vocabulary.yaml `decider_cues`): the need
named as what matters decides, the rest lean as wishes; a wish said with "also" or as "a nice extra" is still a
wish; a user community, a database schema per tenant and a deadline are no framework ecosystem, typed request
models or lifetime; one term arguing both ways for a framework gives it no lift."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import first_pick, wanted


def _wishes(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if m.wish and not m.negated}


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("we're also a microservice, but the accountants' admin screen is what matters most", "django"),
        ("we'd like a small admin for moderators, but the live chat is the core", "fastapi"),
        ("partners will call a documented api, but an admin for support is what we care about most", "django"),
        ("type-checked request payloads are what matter most to us, an admin panel would be a nice extra", "fastapi"),
    ],
)
def test_need_named_as_what_matters_decides(engine: Engine, text: str, pick: str) -> None:
    assert first_pick(engine, text) == pick


def test_top_naming_no_need_demotes_only_its_sentence(engine: Engine) -> None:
    text = "a recipe blog. live reactions over websockets would be fun, but the writing side is what matters"
    assert "realtime" in _wishes(engine, text)
    assert "content-site" not in _wishes(engine, text)


def test_later_turn_ranking_keeps_the_first_turn_need(engine: Engine) -> None:
    talk = Conversation(engine)
    talk.turn("a live chat product for a gaming clan")
    turn = talk.turn("moderators want an admin too, but the chat is the core")
    assert turn.advice.recommendation is not None
    assert turn.advice.recommendation.framework == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "it would also be cool to get swagger docs out of it",
        "an admin panel would be a nice extra",
        "openapi docs would also be handy",
    ],
)
def test_wish_said_with_also_or_as_an_extra(engine: Engine, text: str) -> None:
    assert _wishes(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "a chat app for our community",
        "a forum where community members swap recipes",
        "events calendar for our local community",
    ],
)
def test_a_user_community_is_no_framework_ecosystem(engine: Engine, text: str) -> None:
    assert "ecosystem" not in wanted(engine, text)


def test_framework_community_still_counts(engine: Engine) -> None:
    assert "ecosystem" in wanted(engine, "we want a framework with a strong community")


@pytest.mark.parametrize(
    "text",
    [
        "multi-tenant saas with per-customer schemas",
        "one postgres schema per tenant for isolation",
        "b2b app where each client gets separate schemas",
    ],
)
def test_a_database_schema_is_no_typed_validation(engine: Engine, text: str) -> None:
    assert "typed-validation" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "we need an mvp in 3 weeks",
        "has to be up and running in a month",
        "need it live in 10 days for the pilot",
    ],
)
def test_a_deadline_is_no_short_lifetime(engine: Engine, text: str) -> None:
    assert "short-horizon" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "small app with maybe 8 tables, and the warehouse staff must correct stock counts in it",
        "tiny tool, 4 tables, the clerks need to edit supplier records there",
    ],
)
def test_one_term_arguing_both_ways_gives_no_lift(engine: Engine, text: str) -> None:
    # the staff words name an internal tool (Flask can be one) and an admin (Flask has none): no lift for Flask
    assert first_pick(engine, text) == "django"
