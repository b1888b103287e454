"""Round 21 cause classes: needs said as a situation (onboarding, a rate, editors changing copy, a dashboard of data
work), in-house product kinds and brand likenesses before a feature, a domain's words linked to a narrow piece, and
word senses ("just chatting", "spec'd out") that are no cue."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


def _mentions(engine: Engine, text: str) -> dict[str, tuple[bool, bool]]:
    """need id -> (weak, background), for the needs said and not negated."""
    return {m.id: (m.weak, m.background) for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("heading for 35+ devs by spring, pick something", "large-team"),
        ("newcomers have to get productive quickly on a big shared codebase", "large-team"),
        ("the backend has to survive the refresh stampede when the match ends", "high-concurrency"),
        ("the client wants to edit the homepage copy herself", "content-site"),
        ("we chatted with the data team: they want a small dashboard of their pandas forecasts", "data-dashboard"),
        ("building our own helpdesk: agents, tickets, canned replies", "internal-tool"),
        ("lightweight crm for our sales reps", "internal-tool"),
        ("a freshdesk-like inbox for 30 agents", "internal-tool"),
        ("we're building a confluence-ish intranet", "content-site"),
        ("scope is fully specced, one senior dev", "small-scope"),
        ("the consumer handles 2,000 messages a second off rabbitmq", "high-concurrency"),
        ("the worker mostly waits on the network", "io-heavy"),
        ("separate orgs; the interface between them must not drift", "typed-validation"),
        ("need a shop backend for our candle business", "ecommerce"),
        ("our old flask monolith has ~30 devs in it. new product starting now, same org", "large-team"),
    ],
)
def test_a_situation_or_archetype_names_the_need(engine: Engine, text: str, need: str) -> None:
    assert need in _mentions(engine, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("just chatting about frameworks with the team, nothing concrete yet", "realtime"),
        ("everything is spec'd out already; tiny glue service", "api-docs"),
        ("which of the three gets new joiners productive the fastest?", "low-latency"),
        ("uber-style live driver map pushed to riders' phones", "ecommerce"),
        ("an admin dashboard for staff to manage orders", "data-dashboard"),
        ("our costs must not drift above budget", "typed-validation"),
        ("there are 30 document types and 50 form types in the hr flow", "api-docs"),
        ("there are 30 document types and 50 form types in the hr flow", "typed-validation"),
        ("need the swagger page and a couple of endpoints", "server-rendered"),
        ("the object store backend is s3", "ecommerce"),
        ("the old erp has 60 devs on it; we need a thin adapter beside it", "large-team"),
    ],
)
def test_a_word_in_its_other_sense_is_no_need(engine: Engine, text: str, absent: str) -> None:
    assert absent not in _mentions(engine, text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("one-off adapter that converts hl7 messages to json, low volume", "security"),
        ("tiny converter from fhir bundles to csv", "security"),
        ("ingest endpoint for ~8k shopify merchants' order webhooks", "ecommerce"),
    ],
)
def test_a_domain_linked_to_a_narrow_piece_is_context(engine: Engine, text: str, need: str) -> None:
    assert _mentions(engine, text)[need] == (True, True)


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("patient portal with logins, medical records and appointment booking", "django"),
        ("storefront for our sellers with carts, checkout and order history", "django"),
        ("lyft-style marketplace connecting riders and drivers with accounts, payouts and ratings", "django"),
        ("building a chat app with rooms and typing indicators", "fastapi"),
        ("flask or fastapi for a chat feature?", "fastapi"),
    ],
)
def test_look_alikes_keep_their_reading(engine: Engine, text: str, pick: str) -> None:
    assert first_pick(engine, text) == pick
