"""Thread moves said in other words: a scope cut around what is left or off the roadmap, a ban in the passive, a
return with 're', a rate with a thousands separator, a change of plan, a handover beside a counted team."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation, Turn
from tests.talk import picked

SHOP = "an online shop with customer accounts, a cms for the marketing pages and a public api for partners"


def talk(engine: Engine, *turns: str) -> tuple[Conversation, Turn]:
    conversation = Conversation(engine)
    last = None
    for text in turns:
        last = conversation.turn(text)
    assert last is not None
    return conversation, last


@pytest.mark.parametrize(
    "cut",
    [
        "the shop and the cms were taken off the roadmap; it is the partner api",
        "the storefront got scrapped, only the partner api is left",
        "we dropped the shop side; just the partner api remains",
    ],
)
def test_a_scope_cut_said_around_what_is_left_drops_the_rest(engine: Engine, cut: str) -> None:
    conversation, turn = talk(engine, SHOP, cut)
    kept = set(conversation.state.requirements)
    assert not kept & {"ecommerce", "content-site", "saas-product", "server-rendered"}
    assert picked(turn) == "fastapi"


def test_just_left_with_nothing_between_is_no_scope_cut(engine: Engine) -> None:
    conversation, _ = talk(engine, SHOP, "our lead dev just left, a new hire will maintain it")
    assert "ecommerce" in conversation.state.requirements


@pytest.mark.parametrize(
    "ban",
    ["Litestar was banned by compliance last year", "litestar has also been prohibited", "litestar got vetoed by ops"],
)
def test_a_ban_in_another_tense_or_the_passive_rules_the_framework_out(engine: Engine, ban: str) -> None:
    conversation, turn = talk(engine, "a realtime chat backend with websockets", ban)
    assert conversation.state.excluded == ["litestar"]
    assert picked(turn) != "litestar"


def test_y_not_asks_why_not_and_bans_nothing(engine: Engine) -> None:
    conversation, turn = talk(engine, "inventory app with lots of forms and an admin", "y not flask?")
    assert turn.intent == "why-not"
    assert turn.focus == ("flask",)
    assert conversation.state.excluded == []


def test_re_returns_to_the_earlier_subject(engine: Engine) -> None:
    conversation, turn = talk(
        engine,
        "booking site for our clinics: patients, appointments, an admin",
        "and the reporting api? internal, 3 endpoints",
        "re booking: could we skip django there?",
    )
    assert "admin-panel" in conversation.state.requirements
    assert conversation.state.excluded == []
    assert picked(turn) == "django"


def test_a_prefix_re_is_no_return(engine: Engine) -> None:
    conversation, _ = talk(
        engine,
        "booking site for our clinics: patients, appointments, an admin",
        "and the reporting api? internal, 3 endpoints",
        "re-architecting it later is fine",
    )
    assert "admin-panel" not in conversation.state.requirements


def test_a_rate_with_a_thousands_separator_is_read_whole(engine: Engine) -> None:
    conversation, turn = talk(
        engine, "small internal api for ops, reads from postgres", "we expect 20,000 requests per second at launch"
    )
    assert turn.intent == "update"  # the project's own rate, not a question about benchmarks
    assert "high-concurrency" in conversation.state.requirements
    assert picked(turn) == "fastapi"


def test_a_rate_asked_of_a_framework_still_asks_for_benchmarks(engine: Engine) -> None:
    assert engine.intents.detect("how many requests per second can flask take?").intent == "benchmarks"


def test_a_change_of_plan_re_describes_the_project(engine: Engine) -> None:
    conversation, turn = talk(
        engine,
        "customer portal with accounts, billing and an admin",
        "change of plans: just a small internal api for our ops team",
    )
    assert not {"user-auth", "admin-panel", "full-stack"} & set(conversation.state.requirements)
    assert picked(turn) != "django"


def test_what_should_have_been_said_replaces_the_description(engine: Engine) -> None:
    conversation, _ = talk(
        engine,
        "customer portal with accounts, billing and an admin",
        "oops, should have mentioned: its only the api, the portal stays in our php app",
    )
    assert "admin-panel" not in conversation.state.requirements


def test_a_team_counted_small_outweighs_a_handover_implying_a_large_one(engine: Engine) -> None:
    conversation, _ = talk(
        engine, "a sync job between hubspot and our billing db", "3 devs build it, then another team takes it over"
    )
    assert "small-team" in conversation.state.requirements
    assert "large-team" not in conversation.state.requirements


def test_bursts_named_by_their_cause_are_load(engine: Engine) -> None:
    parsed = engine.parser.parse("public status api, has to hold up during usage spikes")
    assert "high-concurrency" in {m.id for m in parsed.requirements}
    assert "short-horizon" not in {m.id for m in parsed.requirements}


@pytest.mark.parametrize("ask", ["what ought we to learn?", "which stack ought i to learn first?"])
def test_ought_to_learn_asks_a_career_question(engine: Engine, ask: str) -> None:
    assert "easy-learning" not in {m.id for m in engine.parser.parse(ask).requirements}


def test_a_practice_project_to_see_routing_is_learning(engine: Engine) -> None:
    parsed = engine.parser.parse("a practice app, to see how routing functions")
    assert "easy-learning" in {m.id for m in parsed.requirements}
