"""No answer lost when Slack misbehaves: failure injection in the stand-in, the real app over HTTP."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from bot.ops.metrics import value
from bot.slack import delivery
from tests.slack_standin import SlackStandIn
from tests.test_slack_http import RunningBot, all_text, assert_valid, start_bot, stop_bot


def fallbacks(kind: str) -> float:
    return value("advisor_fallbacks_total", kind=kind)


def follow_up(ts: str, text: str, msg_ts: str) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": "C1",
        "channel_type": "channel",
        "user": "U2",
        "text": text,
        "ts": msg_ts,
        "thread_ts": ts,
    }


async def test_two_server_errors_are_retried_and_the_answer_lands(bot: RunningBot, standin: SlackStandIn) -> None:
    retries = value("advisor_slack_retries_total", method="chat.postMessage")
    standin.server_errors["chat.postMessage"] = 2
    ts = await bot.ask("microservice, high concurrency")
    assert [c.status for c in standin.calls if c.method == "chat.postMessage"][:3] == [500, 500, 200]
    assert standin.posted("C1", thread_ts=ts) and len(standin.posted("C1", thread_ts="")) == 1
    assert value("advisor_slack_retries_total", method="chat.postMessage") == retries + 2
    assert value("advisor_slack_api_calls_total", method="chat.postMessage", error="http_500") >= 2
    assert not standin.responses  # no apology, no fallback
    assert_valid(standin)


async def test_five_429s_are_waited_out_within_the_budget(bot: RunningBot, standin: SlackStandIn) -> None:
    waited = value("advisor_slack_429_retries_total", method="chat.postMessage")
    standin.rate_limit["chat.postMessage"] = 5
    standin.retry_after = 1
    start = time.monotonic()
    status, _ = await bot.command("admin panel and forms")
    assert status == 200 and time.monotonic() - start < 1  # the ack does not wait for Slack
    await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts="")), within=15)
    assert time.monotonic() - start >= 5  # Retry-After honoured each time
    ts = str(standin.posted("C1", thread_ts="")[0].response["ts"])
    await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts=ts)))
    assert value("advisor_slack_429_retries_total", method="chat.postMessage") == waited + 5
    assert not standin.responses


async def test_429_past_the_budget_answers_through_response_url(standin: SlackStandIn, tmp_path: Path) -> None:
    running = await start_bot(standin, tmp_path / "c.db", slack_retry_budget_s=0.5)
    before = fallbacks("response_url")
    try:
        standin.rate_limit["chat.postMessage"] = 100
        standin.retry_after = 1  # longer than the whole budget: give up at once
        await running.command("admin panel and forms")
        await standin.wait_for(lambda: any(r["response_type"] == "ephemeral" for r in standin.responses))
        public = [r for r in standin.responses if r["response_type"] == "in_channel"]
        assert public and "Django" in all_text(public[0])
        assert any(b["type"] == "table" for r in public for b in r["blocks"])  # the full answer, not a summary
        note = next(r for r in standin.responses if r["response_type"] == "ephemeral")["text"]
        assert "ratelimited" in note and "/framework" in note
        assert fallbacks("response_url") == before + 1
    finally:
        await stop_bot(running)


@pytest.mark.parametrize("error", ["msg_too_long", "invalid_blocks"])
async def test_a_rejected_parent_is_posted_degraded(bot: RunningBot, standin: SlackStandIn, error: str) -> None:
    before = fallbacks("degraded")
    standin.fail_next["chat.postMessage"] = [error]
    ts = await bot.ask("microservice, high concurrency")
    parents = standin.posted("C1", thread_ts="")
    assert len(parents) == 1 and "FastAPI" in all_text(parents[0].params)
    assert all(b["type"] == "section" for b in parents[0].params["blocks"])  # no buttons, no table
    assert standin.posted("C1", thread_ts=ts)  # the thread follows as usual
    assert fallbacks("degraded") == before + 1
    assert not standin.responses
    assert next(c.response.get("error") for c in standin.calls if c.method == "chat.postMessage") == error


async def test_a_rejected_thread_reply_keeps_its_table_as_text(bot: RunningBot, standin: SlackStandIn) -> None:
    ts = await bot.ask("microservice, high concurrency")
    before = len(standin.posted("C1", thread_ts=ts))
    standin.fail_next["chat.postMessage"] = ["invalid_blocks"]
    await bot.event(follow_up(ts, "compare django and fastapi", "1800.000100"))
    await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
    await standin.settle()
    reply = standin.posted("C1", thread_ts=ts)[before].params
    assert not any(b["type"] == "table" for b in reply["blocks"])
    text = all_text(reply)
    assert "```" in text and "Criterion" in text and "Django" in text and "FastAPI" in text
    assert_valid_blocks(reply)


def assert_valid_blocks(params: dict[str, Any]) -> None:
    from bot.slack.limits import problems

    assert not problems({"text": params.get("text", ""), "blocks": params.get("blocks", [])})


async def test_an_event_answer_survives_slack_failing_every_retry(standin: SlackStandIn, tmp_path: Path) -> None:
    running = await start_bot(standin, tmp_path / "c.db", slack_retry_tries=3)
    try:
        ts = await running.ask("microservice, high concurrency")
        before = len(standin.posted("C1", thread_ts=ts))
        plain = fallbacks("plain_text")
        standin.server_errors["chat.postMessage"] = 3  # every try of the first post fails
        await running.event(follow_up(ts, "why not flask?", "1800.000200"))
        await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
        await standin.settle()
        reply = standin.posted("C1", thread_ts=ts)[before].params
        assert "Why not Flask?" in reply["text"] and not reply.get("blocks")
        assert fallbacks("plain_text") == plain + 1
    finally:
        await stop_bot(running)


async def test_an_apology_is_the_last_resort_and_says_what_to_do(standin: SlackStandIn, tmp_path: Path) -> None:
    running = await start_bot(standin, tmp_path / "c.db", slack_retry_tries=1)
    try:
        ts = await running.ask("microservice, high concurrency")
        apologies = fallbacks("apology")
        standin.server_errors["chat.postMessage"] = 2  # the reply, then its plain-text form
        await running.event(follow_up(ts, "why not flask?", "1800.000300"))
        await standin.wait_for(lambda: any(c.method == "chat.postEphemeral" for c in standin.calls))
        note = next(c for c in standin.calls if c.method == "chat.postEphemeral").params
        assert "Sorry" in note["text"] and "ask again" in note["text"] and note["thread_ts"] == ts
        assert fallbacks("apology") == apologies + 1
    finally:
        await stop_bot(running)


async def test_not_in_channel_is_counted_as_a_fallback(bot: RunningBot, standin: SlackStandIn) -> None:
    before = fallbacks("response_url")
    standin.cannot_post["CX"] = "not_in_channel"
    await bot.command("admin panel", channel="CX")
    await standin.wait_for(lambda: any(r["response_type"] == "ephemeral" for r in standin.responses))
    assert fallbacks("response_url") == before + 1
    assert "/invite" in next(r for r in standin.responses if r["response_type"] == "ephemeral")["text"]


async def test_response_url_server_errors_are_retried(bot: RunningBot, standin: SlackStandIn) -> None:
    standin.cannot_post["CX"] = "channel_not_found"
    standin.response_url_errors = 2
    await bot.command("admin panel", channel="CX")
    await standin.wait_for(lambda: any(r["response_type"] == "ephemeral" for r in standin.responses))
    assert any(r["response_type"] == "in_channel" and "Django" in all_text(r) for r in standin.responses)


# ---- the degraded forms, as pure functions ------------------------------------------------------------


def test_plain_text_keeps_everything_in_readable_chunks() -> None:
    table = {"type": "table", "rows": [[{"type": "raw_text", "text": t} for t in ("Criterion", "Django")]] * 3}
    long_section = {"type": "section", "text": {"type": "mrkdwn", "text": "word " * 2000}}
    message = {
        "text": "fallback",
        "blocks": [{"type": "header", "text": {"type": "plain_text", "text": "T"}}, long_section, table],
    }
    parts = delivery.plain_text(message)
    assert len(parts) >= 3 and all(len(p["text"]) <= delivery.TEXT_CHUNK for p in parts)
    joined = "".join(p["text"] for p in parts)
    assert "Criterion | Django" in joined and joined.count("word") == 2000
    smaller = delivery.smaller_blocks(message)
    assert all(b["type"] == "section" and len(b["text"]["text"]) <= 3000 for m in smaller for b in m["blocks"])
    assert "```" in json.dumps(smaller)


async def test_connection_errors_are_retried_with_backoff_then_reported() -> None:
    import aiohttp

    from bot.slack.posting import error_code

    saved = delivery.policy()
    delivery.configure(delivery.RetryPolicy(budget_s=5, tries=3, backoff_s=0.01))
    try:
        attempts = 0

        async def flaky() -> str:
            nonlocal attempts
            attempts += 1
            if attempts < 3:
                raise aiohttp.ClientConnectionError("connection reset")
            return "ok"

        retries = value("advisor_slack_retries_total", method="test.flaky")
        assert await delivery.call("test.flaky", flaky) == "ok" and attempts == 3
        assert value("advisor_slack_retries_total", method="test.flaky") == retries + 2

        async def down() -> str:
            raise aiohttp.ClientConnectionError("refused")

        with pytest.raises(delivery.SlackUnreachable) as caught, delivery.answer_budget():
            await delivery.call("test.down", down)
        assert error_code(caught.value) == "connection_error"
        assert value("advisor_slack_api_calls_total", method="test.down", error="connection_error") == 3
    finally:
        delivery.configure(saved)
