"""Context is not a need: a team's name ('the real-time bidding team'), a name given ('a squad called Mobile'),
marketing's claims ('according to our landing page'), words in another sense (async standups, the office's it
admin, forms of a thing, the rest of the team, a pay scale, customer onboarding, a hiring freeze, page load times,
an enterprise plan, account managers), a need set aside ('security isn't the worry') and a project's overrun
('went 3 months over') leave the needs that decide."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reading.result import ParsedQuery


def _read(text: str) -> ParsedQuery:
    return default_engine().parser.parse(text)


def _needs(text: str) -> set[str]:
    return {m.id for m in _read(text).requirements if not m.negated}


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        # a team's name
        ("i sit on the realtime pricing team and we need a back office for the buyers", "realtime", "admin-panel"),
        ("our payments integration squad wants websocket updates for the warehouse", "security", "realtime"),
        ("hello from the admin tooling team: we need a public api for partners", "admin-panel", "public-api"),
        # a name given
        ("my squad is actually named Realtime Ops; we need an internal tool with roles", "realtime", "internal-tool"),
        ("the product was codenamed async; it needs an admin for support staff", "async", "admin-panel"),
        # marketing's claims
        (
            "our product is AI-driven and async-native, according to our website. we need an admin",
            "ml-serving",
            "admin-panel",
        ),
        ("the tagline is realtime everything. what we build: a cms for editors", "realtime", "content-site"),
        (
            "the deck says serverless and event driven on every slide. we need a chat with websockets",
            "event-driven",
            "realtime",
        ),
        # another sense
        ("we do async standups across three time zones. staff need an admin to edit orders", "async", "admin-panel"),
        (
            "ask the office it admin for a vm. the service must push live updates over websockets",
            "admin-panel",
            "realtime",
        ),
        ("the network admin rights are sorted. build a public api with openapi docs", "admin-panel", "public-api"),
        (
            "marketing changed the forms of our newsletters. we need websockets for a live feed",
            "forms-crud",
            "realtime",
        ),
        ("two of us know java and the rest know python. we need an admin for the ops staff", "rest-api", "admin-panel"),
        ("the new pay scale went out today. we need a cms for editors", "high-concurrency", "content-site"),
        ("we redid our customer onboarding emails. the api needs openapi docs for partners", "large-team", "api-docs"),
        ("there is a hiring freeze until june. editors need a cms", "hiring", "content-site"),
        ("their page load times are awful. our service streams prices over websockets", "server-rendered", "realtime"),
        ("we bought the enterprise plan of notion. editors need a cms", "large-app", "content-site"),
        ("our account managers need a back office to edit customer records", "user-auth", "admin-panel"),
    ],
)
def test_context_words_read_no_need_and_keep_the_real_one(text: str, absent: str, kept: str) -> None:
    needs = _needs(text)
    assert absent not in needs, (text, needs)
    assert kept in needs, (text, needs)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("security isnt the worry here, it sits on the intranet", "security"),
        ("low latency is not the concern for this one", "low-latency"),
        ("async isnt the issue. websockets arent either", "realtime"),
    ],
)
def test_a_need_set_aside_as_not_the_worry_is_negated(text: str, need: str) -> None:
    assert need not in _needs(text), text


def test_a_projects_overrun_is_no_horizon() -> None:
    parsed = _read("the previous rewrite ran 4 months late and we need an admin for staff")
    assert "short-horizon" not in {m.id for m in parsed.requirements}
    assert parsed.horizon_years is None


@pytest.mark.parametrize(
    "text",
    [
        "we use a team of realtime engineers to build a websocket chat",  # the need read, no team name before it
        "build a realtime dashboard for the ops team",
        "about 40 partner apis called concurrently per request",  # "called" as a call made, not a name
        "we need async workers that call slow vendor apis",
    ],
)
def test_the_needs_still_read_where_no_name_or_claim_is(text: str) -> None:
    needs = _needs(text)
    assert needs & {"realtime", "high-concurrency", "io-heavy", "async"}, (text, needs)
