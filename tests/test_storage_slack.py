"""The store under the Slack app: racing follow-ups, a database that goes away, expired threads."""

from __future__ import annotations

import asyncio
import itertools
import json
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bot.storage.sql import SqlStore
from bot.storage.store import ThreadKey
from tests.pg import running_server
from tests.slack_standin import BOT_USER_ID, TEAM_ID, SlackStandIn
from tests.test_slack_http import RunningBot, start_bot, stop_bot

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
    return await start_bot(standin, url, design_channel=None, **settings)


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
        # every turn is in the record's history once, and the decision log follows the thread
        stored = await bot.store.load(ThreadKey(TEAM_ID, "C1", ts))
        assert stored is not None
        assert sorted(json.loads(stored.extra["history"])) == sorted(["microservice", *FOLLOW_UPS])
        entry = await bot.store.get_decision(TEAM_ID, "C1", ts)
        assert entry is not None and entry.question == "microservice"
    finally:
        await stop_bot(bot)


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
        await stop_bot(bot)


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
        await stop_bot(bot)


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
            await stop_bot(bot)
