"""Pasted paragraphs (design-doc context, meeting notes, long posts) tell how the thinking went and what surrounds the
system: a view given up later in the paste ("we thought we'd need websockets, but …"), a data migration, the
company's values, a document's own name, who will work on it. Only what the system needs should count."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import wanted


def _pick(engine: Engine, text: str) -> str | None:
    advice = Conversation(engine).turn(text).advice
    return advice.recommendation.framework if advice.recommendation else None


@pytest.mark.parametrize(
    ("text", "given_up", "kept"),
    [
        (
            "Early on we assumed the dashboard needed websockets, but the ops folks are happy with a reload "
            "every few minutes. It is an admin for four support staff.",
            "realtime",
            "admin-panel",
        ),
        (
            "Originally marketing asked for a public api for resellers, however that idea was shelved. What we "
            "need now is a back office where editors publish articles.",
            "public-api",
            "content-site",
        ),
        (
            "we were going to need async for the crawler. turns out the crawling lives in celery now. the web "
            "part is forms and crud for two analysts.",
            "async",
            "forms-crud",
        ),
        (
            "i thought this would have to stream server-sent events, but the product owner says daily emails do. "
            "it's a small internal tool with a login.",
            "realtime",
            "internal-tool",
        ),
        (
            "At kickoff the client wanted server-rendered pages, but their agency is now building a vue spa "
            "against our json endpoints.",
            "server-rendered",
            "spa-backend",
        ),
    ],
)
def test_a_view_given_up_later_in_the_paste_is_no_need(engine: Engine, text: str, given_up: str, kept: str) -> None:
    needs = wanted(engine, text)
    assert given_up not in needs
    assert kept in needs


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Peak traffic is expected to reach 20k concurrent connections, but only during sales.", "high-concurrency"),
        ("We need websockets for the trading screen, but the team is new to asyncio.", "realtime"),
    ],
)
def test_a_forecast_or_a_present_need_before_but_still_counts(engine: Engine, text: str, need: str) -> None:
    assert need in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "We have a database migration to run in March and need a tiny page where two clerks check the imported "
        "rows and press approve. The page goes away afterwards. Our usual stack is Django.",
        "Next week's cloud migration needs a throwaway status page with one form. After the migration it is "
        "deleted. Most of our apps are Django.",
    ],
)
def test_a_data_or_infra_migration_is_not_a_move_between_frameworks(engine: Engine, text: str) -> None:
    assert engine.intents.detect(text).intent != "migrate"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Our culture values speed and scalability. The thing itself is an internal tool where the warehouse "
            "crew edits stock records. About ten people will use it.",
            "internal-tool",
        ),
        (
            "Leadership keeps saying everything must be scalable and fast. This one is a back office for the "
            "billing clerks to fix invoices. It will run for years.",
            "admin-panel",
        ),
        (
            "As a company we obsess over performance. The app is a CMS for our editors. Hosting is on a VPS.",
            "content-site",
        ),
    ],
)
def test_a_sentence_of_company_virtues_in_a_paste_counts_for_nothing(engine: Engine, text: str, kept: str) -> None:
    needs = wanted(engine, text)
    assert "high-concurrency" not in needs
    assert "low-latency" not in needs
    assert kept in needs
    assert _pick(engine, text) == "django"


def test_a_virtue_said_with_a_number_still_counts_in_a_paste(engine: Engine) -> None:
    text = (
        "Context: we run ad auctions. Bidders open 30k concurrent connections at peak. There is no UI at all. "
        "It must be scalable."
    )
    assert "high-concurrency" in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("around fifteen engineers will work on it over the next year, building a partner api", "works-today"),
        ("the purpose of this document is to pick a framework for a partner api", "api-docs"),
        ("this came from my onboarding doc: build a small partner api with two routes", "api-docs"),
        ("this came from my onboarding doc: build a small partner api with two routes", "large-team"),
        ("the new one is a comparable scale to the last, a partner api with a dozen routes", "high-concurrency"),
    ],
)
def test_words_about_the_paper_or_the_people_are_not_needs(engine: Engine, text: str, absent: str) -> None:
    assert absent not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our core product is Django and has been for years. This piece is entirely separate: it serves a "
        "pricing model to the checkout at 800 rps with async calls to a feature store, and nobody logs in.",
        "Our main app is Django, but this has nothing to do with it: a model behind an HTTP endpoint, 800 rps, "
        "waiting on a feature store, typed with pydantic.",
    ],
)
def test_a_piece_set_apart_from_what_the_company_runs_is_chosen_on_its_needs(engine: Engine, text: str) -> None:
    assert "greenfield" in wanted(engine, text)
    assert _pick(engine, text) == "fastapi"


def test_a_take_back_of_a_view_in_the_same_message_keeps_the_earlier_turns(engine: Engine) -> None:
    talk = Conversation(engine)
    talk.turn("we ingest events from 40 partner systems, 6k per second in bursts, all I/O, no UI")
    talk.turn("support originally asked for an admin to re-run failed events, but scratch that, they use a CLI")
    held = {rid for rid, negated in talk.state.requirements.items() if not negated}
    assert "high-concurrency" in held
    assert "admin-panel" not in held
