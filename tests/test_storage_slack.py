"""The store under the Slack app: racing follow-ups, a database that goes away, expired threads."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import text

from bot.config import Settings
from bot.slack.app import create_app, http_web_app
from bot.storage.sql import SqlStore
from bot.storage.store import ThreadKey
from tests.pg import running_server
from tests.slack_standin import BOT_USER_ID, TEAM_ID, SlackStandIn
from tests.test_slack_http import SECRET, RunningBot

FOLLOW_UPS = {
    "what if we need an admin panel": "admin-panel",
    "what if we need websockets": "realtime",
    "what about ML inference": "ml-serving",
    "we also need high concurrency": "high-concurrency",
    "what if we need an ORM": "orm-models",
    "and GraphQL": "graphql",
    "what about a large team": "large-team",
    "what if we need background jobs": "background-jobs",
}
_ts = itertools.count(1)


async def start(standin: SlackStandIn, url: str, **settings: Any) -> RunningBot:
    config = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=SECRET,  # type: ignore[call-arg]
        slack_api_url=standin.api_url,
        database_url=url,
        **settings,
    )
    store = await SqlStore.open(config.store_url)
    app, _ = create_app(config, store)
    runner = web.AppRunner(http_web_app(app))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return RunningBot(f"http://127.0.0.1:{port}/slack/events", aiohttp.ClientSession(), standin, runner, store)


async def stop(bot: RunningBot) -> None:
    await bot.session.close()
    await bot.runner.cleanup()
    await bot.store.close()


def reply(thread_ts: str, said: str, channel: str = "C1") -> dict[str, Any]:
    return {
        "type": "message",
        "channel": channel,
        "channel_type": "channel",
        "user": "U2",
        "text": said,
        "ts": f"1800000000.{next(_ts):06d}",
        "thread_ts": thread_ts,
        "parent_user_id": BOT_USER_ID,
    }


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandIn]:
    server = await SlackStandIn().start()
    yield server
    await server.stop()


async def needs(store: SqlStore, thread_ts: str) -> set[str]:
    stored = await store.load(ThreadKey(TEAM_ID, "C1", thread_ts))
    return set(stored.state.requirements) if stored else set()


async def test_simultaneous_follow_ups_in_one_thread_all_land(standin: SlackStandIn, store_url: str) -> None:
    bot = await start(standin, store_url)
    try:
        ts = await bot.ask("microservice")
        await asyncio.gather(*(bot.event(reply(ts, said)) for said in FOLLOW_UPS))
        expected = {"microservice", *FOLLOW_UPS.values()}
        for _ in range(200):
            if await needs(bot.store, ts) == expected:
                break
            await asyncio.sleep(0.05)
        assert await needs(bot.store, ts) == expected
    finally:
        await stop(bot)


async def test_channel_chatter_records_nothing(standin: SlackStandIn, tmp_path: Path) -> None:
    bot = await start(standin, f"sqlite+aiosqlite:///{tmp_path / 'c.db'}")
    try:
        for i in range(5):
            chatter = {"type": "message", "channel": "C1", "channel_type": "channel", "user": "U2", "text": "hi"}
            await bot.event({**chatter, "ts": f"1.{i}"})
            await bot.event(reply("999.0", "a thread that is not ours"))
        await standin.settle()
        async with bot.store.engine.connect() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM seen_events"))).scalar() == 0
        assert not standin.posted()
    finally:
        await stop(bot)


async def test_an_expired_thread_answers_as_a_fresh_conversation_and_says_so(
    standin: SlackStandIn, tmp_path: Path
) -> None:
    bot = await start(standin, f"sqlite+aiosqlite:///{tmp_path / 'c.db'}", conversation_ttl_days=30)
    try:
        ts = await bot.ask("microservice, high concurrency")
        async with bot.store.engine.begin() as conn:
            await conn.execute(text("UPDATE conversations SET updated_at = 0"))
        from bot.storage import maintenance

        assert await maintenance.purge_once(bot.store, 30) == (0, 1)
        before = len(standin.posted("C1", thread_ts=ts))
        await bot.event(reply(ts, "what if we need an admin panel"))
        await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
        await standin.settle()
        first = str(standin.posted("C1", thread_ts=ts)[before].params["text"])
        assert "idle for more than 30 days" in first and "fresh conversation" in first
        assert await needs(bot.store, ts) == {"admin-panel"}  # a new conversation, without the old needs
    finally:
        await stop(bot)


async def test_database_down_while_running_apologises_then_recovers(standin: SlackStandIn) -> None:
    with running_server() as server:
        bot = await start(standin, server.url())
        try:
            ts = await bot.ask("microservice")
            server.stop()
            status, _ = await bot.command("admin panel")
            assert status == 200  # acked at once
            await standin.wait_for(lambda: any("database" in r.get("text", "") for r in standin.responses), 20)
            event = reply(ts, "what if we need websockets")
            await bot.event(event)  # a follow-up while the database is down: apology, and not marked handled
            await standin.wait_for(
                lambda: any(
                    "database" in str(c.params.get("text")) for c in standin.calls if c.method == "chat.postEphemeral"
                ),
                20,
            )
            server.start()
            parents = len(standin.posted("C1", thread_ts=""))
            await bot.event(event, retry_num=1)  # Slack's retry of it is now answered
            await bot.command("admin panel")
            await standin.wait_for(lambda: len(standin.posted("C1", thread_ts="")) > parents, 20)
            for _ in range(100):
                if "realtime" in await needs(bot.store, ts):
                    break
                await asyncio.sleep(0.05)
            assert "realtime" in await needs(bot.store, ts)
        finally:
            await stop(bot)
