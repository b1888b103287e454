"""Round 19, third wave: words that name something beside the need they look like (an outside party's trade,
a "-free" compound, a topic "related to", who built a thing once, one chat channel, a hiring remark, a demo date)."""

from __future__ import annotations

from knowledge.engine import Engine
from tests.talk import first_pick, first_turn, mentions_by_id, negated_by_id, wanted


def test_an_outside_partys_trade_only_leans_on_security(engine: Engine) -> None:
    said = mentions_by_id(engine, "a cron job that fetches settlement files from our payment processor nightly")
    assert "security" not in said or said["security"].background
    said = mentions_by_id(engine, "little bridge: the payroll vendors csv goes into our hr wiki")
    assert "security" not in said or said["security"].background
    assert first_pick(engine, "tiny relay: our payroll provider's export goes to a google sheet. django or flask?") != (
        "django"
    )


def test_data_the_system_holds_still_asks_for_security(engine: Engine) -> None:
    said = mentions_by_id(engine, "we store card numbers for repeat donors, django or flask?")
    assert "security" in said and not said["security"].background
    assert first_pick(engine, "payroll app for our 400 staff: salaries, logins, roles. django or flask?") == "django"


def test_a_free_or_less_compound_rules_the_thing_out(engine: Engine) -> None:
    assert negated_by_id(engine, "an admin-free upload service").get("admin-panel") is True
    assert negated_by_id(engine, "an auth-less read-only feed").get("user-auth") is True
    assert negated_by_id(engine, "a small admin-less service for the warehouse").get("admin-panel") is True
    assert first_pick(engine, "admin-free little page that emails a form to support. django or flask?") == "flask"


def test_a_plain_admin_is_still_wanted(engine: Engine) -> None:
    assert negated_by_id(engine, "we need a hassle-free admin for the ops folks").get("admin-panel") is False


def test_related_to_names_a_topic_not_tables(engine: Engine) -> None:
    assert "orm-models" not in wanted(engine, "a tiny endpoint for questions related to refunds")
    assert "orm-models" not in wanted(engine, "anything relating to shipping goes to one small proxy")
    assert "orm-models" in wanted(engine, "lots of relational data with foreign keys")


def test_who_built_it_once_is_no_team_size(engine: Engine) -> None:
    assert "large-team" not in wanted(engine, "a contractor built the flask api two years ago, 15 endpoints")
    assert "large-team" not in wanted(engine, "built by an agency in 2021, our small fastapi app works")
    assert "large-team" in wanted(engine, "contractors build it, then hand it over to the in house team")


def test_one_chat_channel_is_not_django_channels(engine: Engine) -> None:
    turn = first_turn(engine, "a bot that posts build results to a slack channel. django or flask?")
    assert turn.advice.query.current is None
    turn = first_turn(engine, "each room is a websocket channel; django or fastapi?")
    assert turn.advice.query.current is None
    turn = first_turn(engine, "our django app: should we use channels for the live feed?")
    assert turn.advice.query.current == "django"


def test_a_hiring_remark_rules_no_framework_out(engine: Engine) -> None:
    turn = first_turn(engine, "nobody applies for quart roles round here. quart or fastapi for an async api?")
    assert "quart" not in turn.advice.query.excluded
    turn = first_turn(engine, "no sanic vacancies get filled. sanic or fastapi for the gateway?")
    assert "sanic" not in turn.advice.query.excluded
    turn = first_turn(engine, "not quart, legal said no. quart or fastapi for an async api?")
    assert "quart" in turn.advice.query.excluded


def test_time_until_a_demo_is_a_schedule(engine: Engine) -> None:
    assert "short-horizon" not in wanted(engine, "a month until the demo of our clinic booking product")
    assert "short-horizon" not in wanted(engine, "6 weeks till the board demo; then it becomes the main product")
    assert "short-horizon" in wanted(engine, "a quick demo for a meetup, binned afterwards")


def test_a_framework_said_to_stay_for_a_part_runs_there(engine: Engine) -> None:
    turn = first_turn(engine, "flask stays for the admin pages. we need a live feed for 3,000 phones at once")
    assert turn.advice.query.current == "flask"
