"""Operating the bot: probes, metrics, structured logs, bounded work, graceful shutdown, the answer cache."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
import structlog
from aiohttp import web

from bot.ops import logs
from bot.ops.http import Readiness, add_routes
from bot.ops.metrics import value
from bot.ops.work import ShuttingDown, WorkLimiter
from bot.storage.sql import SqlStore, sqlite_url
from bot.storage.store import ThreadKey
from tests import signed
from tests.slack_standin import SlackStandIn
from tests.test_deployment import _healthy, _serve
from tests.test_slack_http import RunningBot


async def _serve_routes(readiness: Readiness) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(add_routes(web.Application(), readiness))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]


async def test_readyz_follows_the_database_its_schema_and_shutdown(tmp_path: Path) -> None:
    store = await SqlStore.open(sqlite_url(str(tmp_path / "c.db")))
    readiness = Readiness("http", store)
    runner, url = await _serve_routes(readiness)
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(url + "/healthz") as resp:
                assert resp.status == 200 and await resp.json() == {"ok": True, "mode": "http"}
            async with session.get(url + "/readyz") as resp:
                assert resp.status == 200 and (await resp.json())["database"] == "ok"
            await store.close()  # a closed (or unreachable) database: not ready, and the reason says so
            async with session.get(url + "/readyz") as resp:
                assert resp.status == 503 and (await resp.json())["reason"] == "database: unreachable"
            async with session.get(url + "/healthz") as resp:
                assert resp.status == 200  # alive all the same
            # reachable but never migrated: not ready either
            readiness.store = await SqlStore.open(sqlite_url(str(tmp_path / "bare.db")), upgrade=False)
            async with session.get(url + "/readyz") as resp:
                assert resp.status == 503 and "db upgrade" in (await resp.json())["reason"]
            await readiness.store.close()
            readiness.store = None
            readiness.draining = True
            async with session.get(url + "/readyz") as resp:
                assert resp.status == 503 and (await resp.json())["reason"] == "shutting down"
    finally:
        await runner.cleanup()


async def test_metrics_count_commands_answers_and_latency(bot: RunningBot, standin: SlackStandIn) -> None:
    asks = value("advisor_commands_total", kind="ask")
    answers = value("advisor_answers_total", via="thread")
    await bot.ask("admin panel and forms")
    await bot.command("")  # help, answered in the ack
    async with bot.session.get(bot.url.replace("/slack/events", "/metrics")) as resp:
        assert resp.status == 200 and resp.headers["Content-Type"].startswith("text/plain")
        text = await resp.text()
    for name in (
        'advisor_commands_total{kind="ask"}',
        'advisor_commands_total{kind="help"}',
        'advisor_answers_total{via="thread"}',
        'advisor_slack_api_calls_total{error="ok",method="chat.postMessage"}',
        "advisor_answer_seconds_bucket",
        "advisor_ack_to_answer_seconds_count",
        "advisor_work_queue_depth",
        "advisor_work_in_flight",
    ):
        assert name in text, name
    assert value("advisor_commands_total", kind="ask") == asks + 1
    assert value("advisor_answers_total", via="thread") == answers + 1


async def test_dedup_hits_and_events_are_counted(bot: RunningBot, standin: SlackStandIn) -> None:
    # dedup happens where an event leads to work: the message's claim, shared by its retries and replicas
    hits = value("advisor_dedup_hits_total", where="message")
    events = value("advisor_events_total", type="app_mention")
    mention = {"type": "app_mention", "channel": "C1", "user": "U2", "text": "<@UBOT> admin", "ts": "1.5"}
    await bot.event(mention, event_id="EvDUP")
    await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts="1.5")))
    await standin.settle()
    answered = len(standin.posted("C1", thread_ts="1.5"))
    await bot.event(mention, event_id="EvDUP", retry_num=1)
    for _ in range(250):  # the retry is acked at once; its listener runs just after
        if value("advisor_dedup_hits_total", where="message") == hits + 1:
            break
        await asyncio.sleep(0.02)
    assert value("advisor_dedup_hits_total", where="message") == hits + 1
    await standin.settle()
    assert len(standin.posted("C1", thread_ts="1.5")) == answered
    assert value("advisor_events_total", type="app_mention") == events + 2


async def test_work_is_bounded_and_queue_depth_is_visible() -> None:
    work = WorkLimiter(2)
    release = asyncio.Event()
    running = 0
    peak = 0

    async def job() -> None:
        nonlocal running, peak
        async with work.slot():
            running += 1
            peak = max(peak, running)
            await release.wait()
            running -= 1

    tasks = [asyncio.create_task(job()) for _ in range(5)]
    await asyncio.sleep(0.05)
    assert peak == 2 and work.pending == 5
    assert value("advisor_work_queue_depth") == 3 and value("advisor_work_in_flight") == 2
    assert not await work.drain(0.05)  # still busy: drain gives up after its bound
    with pytest.raises(ShuttingDown):
        async with work.slot():
            pass
    release.set()
    await asyncio.gather(*tasks)
    assert await work.drain(1) and value("advisor_work_queue_depth") == 0 and value("advisor_work_in_flight") == 0


@pytest.fixture
def json_logs() -> Iterator[None]:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    yield
    root.handlers[:], level = saved
    root.setLevel(level)
    structlog.reset_defaults()
    structlog.contextvars.clear_contextvars()


def test_logs_are_json_with_request_context_and_no_secrets(json_logs: None, capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure_logging("INFO", "json")
    logs.bind_request({"team_id": "T1", "channel_id": "C9", "command": "/framework", "text": "our secret plan"})
    logging.getLogger("framework_advisor").info("posting with %s", "xoxb-123-456-abcdef")
    structlog.get_logger("framework_advisor").info("answered", text="our secret plan", token="xapp-1-A1-zzz")
    structlog.get_logger("framework_advisor").debug("hidden at INFO", text="our secret plan")
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert len(lines) == 2
    first, second = lines
    assert first["event"] == "posting with xoxb-[redacted]" and first["level"] == "info"
    assert first["team"] == "T1" and first["channel"] == "C9" and len(first["request_id"]) == 16
    assert second["request_id"] == first["request_id"] and second["token"] == "xapp-[redacted]"
    assert "text" not in second
    assert "our secret plan" not in json.dumps(lines) and "xoxb-123" not in json.dumps(lines)


async def test_sigterm_finishes_the_answer_in_flight_then_exits(tmp_path: Path) -> None:
    standin = await SlackStandIn().start()
    standin.rate_limit["chat.postMessage"] = 2
    standin.retry_after = 1  # the answer is still being delivered when SIGTERM arrives
    proc, port = await _serve(standin, tmp_path, SLACK_SIGNING_SECRET="demo-secret", LOG_FORMAT="json")
    try:
        async with aiohttp.ClientSession() as session:
            await _healthy(session, port)
            body = signed.slash_command("admin panel and forms", standin.response_url())
            url = f"http://127.0.0.1:{port}/slack/events"
            status, _ = await signed.send(session, url, "demo-secret", body, signed.FORM)
            assert status == 200
            await standin.wait_for(lambda: any(c.status == 429 for c in standin.calls))
            proc.send_signal(signal.SIGTERM)
            output = (await asyncio.wait_for(proc.communicate(), 20))[0].decode()
            with pytest.raises(aiohttp.ClientConnectionError):  # no new requests once draining
                await signed.send(session, url, "demo-secret", body, signed.FORM)
    finally:
        if proc.returncode is None:
            proc.kill()
        await standin.stop()
    assert proc.returncode == 0, output
    parents = standin.posted("C1", thread_ts="")
    assert len(parents) == 1 and standin.posted("C1", thread_ts=str(parents[0].response["ts"]))
    records = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    events = [r["event"] for r in records]
    assert any(e.startswith("shutting down") for e in events) and events[-1] == "stopped"
    waits = [r for r in records if r["event"].startswith("slack rate-limited")]
    assert len(waits) == 2  # logged from the listener's task, with the request's context
    assert all(r["team"] == "T1" and r["channel"] == "C1" and r["request_id"] for r in waits)


async def test_a_repeated_question_is_answered_from_the_bounded_cache(bot: RunningBot, standin: SlackStandIn) -> None:
    from bot.slack.answer_cache import AnswerCache, FirstAnswer
    from knowledge.reasoning.thread_state import ConversationState

    hits = value("advisor_answer_cache_total", result="hit")
    first = await bot.ask("admin panel and forms")
    second = await bot.ask("admin panel and forms")
    assert first != second  # two threads, two stored conversations
    assert value("advisor_answer_cache_total", result="hit") == hits + 1
    parents = standin.posted("C1", thread_ts="")
    assert parents[0].params["blocks"] == parents[1].params["blocks"]
    # the cache only builds the messages: the second thread is still saved and logged for App Home
    stored = await bot.store.load(ThreadKey("T1", "C1", second))
    assert stored is not None and stored.version == 1
    assert await bot.store.get_decision("T1", "C1", second) is not None

    cache = AnswerCache(2)
    for key in ("a", "b", "c"):
        cache.get((key, key, None), lambda: FirstAnswer(ConversationState(), None, {}, []))
    assert len(cache) == 2


async def test_work_arriving_during_shutdown_is_declined_politely(bot: RunningBot, standin: SlackStandIn) -> None:
    assert await bot.advisor.work.drain(1)  # shutdown began: no new work
    status, _ = await bot.command("admin panel")
    assert status == 200
    await standin.wait_for(lambda: bool(standin.responses))
    assert "restarting" in standin.responses[0]["text"] and standin.responses[0]["response_type"] == "ephemeral"
    assert not standin.posted()
