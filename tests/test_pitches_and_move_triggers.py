"""Whose words a switch's reasons are, and the pains that do justify one: a pitch whose framework is named an item
into its list, a freelancer's pitch, a speaker's heading before a colon, all leave a working app where it is; a
host that serves one interface only rules the others out; sync workers blocked on outside calls, and a hand-kept
spec gone stale, are the team's own reasons."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import mentions_by_id, negated_by_id


@pytest.mark.parametrize(
    "text",
    [
        # the pitch names its framework only in the list's second item
        "our flask invoice mailer just works. the new lead keeps saying we should 'go async, go litestar, more "
        "throughput'. worth it?",
        # a pitch in the verb "pitched", its reasons quoted after a colon
        "our django volunteer-roster site is dull but solid. a freelancer pitched starlette: 'async, websockets, "
        "speed'. we have no performance complaints.",
        # a speaker's heading before a colon: what follows is their pitch
        "our flask recipe api has been stable for years. contractor: 'sanic has websockets and native async'. "
        "nobody asked for any of it.",
    ],
)
def test_someone_elses_pitch_does_not_move_a_working_app(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    query = advice.query
    assert advice.recommendation is not None and advice.recommendation.framework == query.current
    wanted = {m.id for m in query.requirements if not m.negated}
    assert not wanted & {"async", "realtime", "high-concurrency"}


def test_a_thing_of_ours_named_by_its_framework_is_no_pitched_framework(engine: Engine) -> None:
    query = engine.parser.parse(
        "our lead heard flask is slow. now he wants the payroll export (tiny flask glue code) moved to fastapi."
    )
    assert "flask" not in query.proposed


@pytest.mark.parametrize(
    "text",
    [
        "should our flask survey tool go asgi? the shared host is wsgi only.",
        "we'd like to try an async framework for the flask kiosk app, but the hosting only runs wsgi.",
    ],
)
def test_a_host_serving_one_interface_only_rules_out_the_rest(engine: Engine, text: str) -> None:
    query = engine.parser.parse(text)
    assert {"fastapi", "starlette", "sanic"} <= set(query.excluded)
    assert "flask" not in query.excluded


def test_a_refused_one_interface_rule_bans_nothing_by_itself(engine: Engine) -> None:
    query = engine.parser.parse("ops no longer allow wsgi-only apps; we need a typed json api for partners")
    assert "fastapi" not in query.excluded


@pytest.mark.parametrize(
    "text",
    [
        "flask + gunicorn: each checkout request calls tax, fraud and shipping providers one after another and "
        "our sync workers sit blocked.",
        "the flask pricing service is fine until lunch, then the threads are all blocked waiting on partner calls",
        "every request to our flask quote api waits on 4 upstream geocoders",
    ],
)
def test_workers_blocked_on_outside_calls_are_an_io_heavy_need(engine: Engine, text: str) -> None:
    mentions = mentions_by_id(engine, text)
    assert "io-heavy" in mentions and not mentions["io-heavy"].negated


def test_blocked_workers_move_a_flask_app_to_fastapi(engine: Engine) -> None:
    advice = engine.ask(
        "our flask notifier is fine at night, but by day the sync workers are all stuck waiting on the sms "
        "gateway. stay or move?"
    )
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"


def test_a_stale_spec_is_a_docs_need_not_one_ruled_out(engine: Engine) -> None:
    negated = negated_by_id(engine, "the openapi file for our flask api is out of date again and partners complain")
    assert negated.get("api-docs") is False
