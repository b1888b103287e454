"""Round 20 review D: the round's new readings kept to what they were made for. A closer ('literally it', 'and
nothing else') is no closer when 'it' opens what a thing does or a framework is the one allowed; a rebuild refused
while a system works fine keeps a running system, no MVP to grow; 'ts' by a timestamp's holder or beside 'next
quarter' or 'the client' is no TypeScript; users joining a waitlist are no developers joining; parts that each of our
tenants or shops hold stay our needs."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _ids(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "the invoicing app we inherited, literally it crashes whenever two people save at once, need a new one",
        "we use fastapi and nothing else here, the new service is for partner payouts",
    ],
)
def test_a_closer_look_alike_sizes_nothing(engine: Engine, text: str) -> None:
    assert "small-scope" not in _ids(engine, text)


def test_a_real_closer_still_sizes_the_thing(engine: Engine) -> None:
    assert "small-scope" in _ids(engine, "a cron job that emails the weekly totals. literally it.")


@pytest.mark.parametrize(
    "text",
    [
        "nobody is rewriting the billing system when it works just fine, we need one more endpoint",
        "we won't rebuild the portal if it already works for the branches, only a new report",
    ],
)
def test_a_running_system_kept_is_no_growth_hedge(engine: Engine, text: str) -> None:
    assert "large-app" not in _ids(engine, text)


def test_a_growth_hedge_still_reads(engine: Engine) -> None:
    assert "large-app" in _ids(engine, "we'd rather not rewrite the booking tool if the first gym signs up")


@pytest.mark.parametrize(
    "text",
    [
        "every payload has a ts in epoch ms, the client batches them, ingest about 3k a second",
        "the ts value per row is utc; next quarter we open two more warehouses",
    ],
)
def test_ts_as_a_timestamp_is_no_typescript(engine: Engine, text: str) -> None:
    assert "typescript-future" not in _ids(engine, text)


def test_a_front_end_in_two_words_still_moves_to_ts(engine: Engine) -> None:
    assert "typescript-future" in _ids(engine, "the front end will be redone in ts, the api must stay neutral")


@pytest.mark.parametrize(
    "text",
    [
        "about 500 users on the beta and more are joining every day, small api for the app",
        "the league has 80 players and more will join the discord after the season starts",
    ],
)
def test_users_joining_are_no_growing_team(engine: Engine, text: str) -> None:
    assert "large-team" not in _ids(engine, text)


def test_developers_joining_still_grow_the_team(engine: Engine) -> None:
    assert "large-team" in _ids(engine, "25 engineers today and more are joining in spring")


@pytest.mark.parametrize(
    "text",
    [
        "each school has its own admin and teacher logins, we are building the platform for the district",
        "every branch has its own dashboard with the week's bookings",
    ],
)
def test_parts_each_of_our_units_holds_stay_needs(engine: Engine, text: str) -> None:
    assert {"admin-panel", "dashboard"} & _ids(engine, text)


def test_a_vendor_s_own_parts_are_still_dropped(engine: Engine) -> None:
    assert "admin-panel" not in _ids(engine, "hubspot has its own admin, we just push leads into it from the form")
