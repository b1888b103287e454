"""The SQL store on both engines (SQLite file, real PostgreSQL): the same tests, the same results."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.storage import maintenance, migrate
from bot.storage.decisions import DecisionEntry, DecisionLog
from bot.storage.errors import StoreClosed, StoreUnavailable
from bot.storage.sql import SqlStore
from bot.storage.store import ConversationStore, StoredConversation, ThreadKey
from knowledge.reasoning.thread_state import ConversationState

KEY = ThreadKey("T1", "C1", "1700000001.000100")
NEEDS = ["admin-panel", "realtime", "ml-serving", "high-concurrency", "orm-models", "graphql", "async", "large-team"]


@pytest.fixture
async def store(store_url: str) -> SqlStore:
    opened = await SqlStore.open(store_url)
    yield opened  # type: ignore[misc]
    await opened.close()


def test_the_store_implements_both_interfaces(tmp_path: Path) -> None:
    def takes(_: ConversationStore, __: DecisionLog) -> None: ...

    store = SqlStore.__new__(SqlStore)
    takes(store, store)  # mypy checks the structural types


async def test_claim_is_true_once_even_when_raced(store: SqlStore) -> None:
    results = await asyncio.gather(*(store.claim("event:Ev1") for _ in range(20)))
    assert sorted(results) == [False] * 19 + [True]
    assert await store.claim("event:Ev2") is True


async def test_a_released_claim_can_be_claimed_again(store: SqlStore) -> None:
    assert await store.claim("message:C1:1.0")
    await store.release("message:C1:1.0")
    assert await store.claim("message:C1:1.0")


async def test_save_is_compare_and_set(store: SqlStore) -> None:
    assert await store.load(KEY) is None
    first = StoredConversation(ConversationState(), "q", "U1")
    assert await store.save(KEY, first) and first.version == 1
    assert not await store.save(KEY, StoredConversation(ConversationState(), "other"))  # exists already
    a, b = await store.load(KEY), await store.load(KEY)
    assert a is not None and b is not None and a.version == b.version == 1
    a.state.requirements["admin-panel"] = False
    assert await store.save(KEY, a) and a.version == 2
    b.state.requirements["realtime"] = False
    assert not await store.save(KEY, b)  # stale: would have lost admin-panel
    loaded = await store.load(KEY)
    assert loaded is not None and loaded.question == "q" and loaded.asked_by == "U1"
    assert set(loaded.state.requirements) == {"admin-panel"}


async def test_simultaneous_turns_in_one_thread_all_land(store: SqlStore) -> None:
    assert await store.save(KEY, StoredConversation(ConversationState()))

    async def add(need: str) -> None:
        while True:
            stored = await store.load(KEY)
            assert stored is not None
            stored.state.requirements[need] = False
            if await store.save(KEY, stored):
                return

    await asyncio.gather(*(add(need) for need in NEEDS))
    final = await store.load(KEY)
    assert final is not None and set(final.state.requirements) == set(NEEDS)
    assert final.version == len(NEEDS) + 1


def _entry(thread: str, updated_at: float, **kwargs: object) -> DecisionEntry:
    fields: dict = {"question": "q", "pick": "fastapi", "confidence": "high", "asked_by": "U1", **kwargs}
    return DecisionEntry("T1", "C1", thread, updated_at=updated_at, **fields)


async def test_decisions_upsert_keep_their_record_and_list_newest_first(store: SqlStore) -> None:
    await store.record_decision(_entry("1.0", 10, record_id="F1", record_url="https://x/F1"))
    await store.record_decision(_entry("1.0", 30, pick="django"))  # no record: keeps F1
    await store.record_decision(_entry("2.0", 20))
    await store.record_decision(_entry("3.0", 5))
    await store.record_decision(DecisionEntry("T2", "C1", "9.0", "q", None, None, None, 99))
    got = await store.get_decision("T1", "C1", "1.0")
    assert got is not None and got.pick == "django" and got.record_id == "F1" and got.record_url == "https://x/F1"
    assert [d.thread_ts for d in await store.list_decisions("T1", limit=10)] == ["1.0", "2.0", "3.0"]
    assert [d.thread_ts for d in await store.list_decisions("T1", limit=2, offset=1)] == ["2.0", "3.0"]
    await store.record_decision(_entry("1.0", 40, record_id="F2", record_url=None))
    got = await store.get_decision("T1", "C1", "1.0")
    assert got is not None and got.record_id == "F2" and got.record_url == "https://x/F1"
    assert await store.get_decision("T1", "C1", "nope") is None


async def test_a_save_carries_its_log_entry_only_when_it_lands(store: SqlStore) -> None:
    first = StoredConversation(ConversationState(), "q", "U1")
    assert await store.save(KEY, first, _entry(KEY.thread_ts, 10, record_id="F1", record_url="https://x/F1"))
    stale = await store.load(KEY)
    assert stale is not None
    assert await store.save(KEY, first, _entry(KEY.thread_ts, 20, pick="flask"))  # version 1 -> 2, no record
    got = await store.get_decision(KEY.team, KEY.channel, KEY.thread_ts)
    assert got is not None and (got.pick, got.updated_at, got.record_id) == ("flask", 20, "F1")
    assert not await store.save(KEY, stale, _entry(KEY.thread_ts, 30, pick="django"))  # lost the race
    assert not await store.save(KEY, StoredConversation(ConversationState()), _entry(KEY.thread_ts, 40))  # exists
    got = await store.get_decision(KEY.team, KEY.channel, KEY.thread_ts)
    assert got is not None and (got.pick, got.updated_at) == ("flask", 20)  # neither loser wrote the log


async def test_delete_team_forgets_the_workspace(store: SqlStore) -> None:
    await store.save(KEY, StoredConversation(ConversationState()))
    other = ThreadKey("T2", "C1", "1.0")
    await store.save(other, StoredConversation(ConversationState()))
    await store.record_decision(_entry("1.0", 1))
    async with store.engine.begin() as conn:
        await conn.execute(
            text(
                "INSERT INTO slack_bots (client_id, app_id, team_id, bot_token, is_enterprise_install, installed_at) "
                "VALUES ('c', 'A1', 'T1', 'xoxb-1', false, CURRENT_TIMESTAMP)"
            )
        )
    await store.delete_team("T1")
    assert await store.load(KEY) is None and await store.load(other) is not None
    assert await store.list_decisions("T1", 10) == []
    async with store.engine.connect() as conn:
        assert (await conn.execute(text("SELECT count(*) FROM slack_bots"))).scalar() == 0


async def test_purges_delete_in_batches_by_age(store: SqlStore) -> None:
    now = time.time()
    async with store.engine.begin() as conn:
        await conn.execute(
            text("INSERT INTO seen_events (key, seen_at) VALUES (:k, :t)"),
            [{"k": f"event:old{i}", "t": now - 7200} for i in range(25)] + [{"k": "event:new", "t": now}],
        )
    assert await store.purge_seen_events(now - 3600, batch=10) == 25
    assert not await store.claim("event:new") and await store.claim("event:old1")


async def test_abandoned_oauth_states_are_purged(store: SqlStore) -> None:
    from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore

    states = AsyncSQLAlchemyOAuthStateStore(expiration_seconds=600, engine=store.engine)
    kept = await states.async_issue()
    await states.async_issue()
    assert await store.purge_oauth_states(time.time()) == 0
    assert await store.purge_oauth_states(time.time() + 601) == 2
    assert not await states.async_consume(kept)


async def test_old_conversations_expire_and_leave_a_tombstone(store: SqlStore) -> None:
    await store.save(KEY, StoredConversation(ConversationState()))
    fresh = ThreadKey("T1", "C1", "2.0")
    await store.save(fresh, StoredConversation(ConversationState()))
    async with store.engine.begin() as conn:
        await conn.execute(
            text("UPDATE conversations SET updated_at = :t WHERE thread_ts = :ts"), {"t": 0, "ts": KEY.thread_ts}
        )
    assert await maintenance.purge_once(store, ttl_days=90) == (0, 1)
    assert await store.load(KEY) is None and await store.was_expired(KEY)
    assert await store.load(fresh) is not None and not await store.was_expired(fresh)
    assert await store.save(KEY, StoredConversation(ConversationState()))  # starting again clears the tombstone
    assert not await store.was_expired(KEY)


async def test_a_closed_store_refuses_work(store: SqlStore) -> None:
    await store.close()
    with pytest.raises(StoreClosed):
        await store.load(KEY)
    with pytest.raises(StoreClosed):
        await store.claim("event:x")


async def test_the_schema_is_at_head_after_open(store: SqlStore) -> None:
    assert await store.schema_current() and await store.ping()
    await migrate.upgrade(store.engine)  # idempotent
    assert await migrate.current(store.engine) == migrate.head()


async def test_an_unreachable_database_is_one_line_naming_the_url_without_its_password() -> None:
    with pytest.raises(StoreUnavailable) as info:
        await SqlStore.open("postgresql+asyncpg://advisor:s3cret-pw@127.0.0.1:9/advisor")
    message = str(info.value)
    assert "\n" not in message and "s3cret-pw" not in message
    assert "DATABASE_URL=postgresql+asyncpg://advisor:***@127.0.0.1:9/advisor" in message


OLD_SCHEMA = [  # exactly what the pre-Alembic SqliteConversationStore created
    "CREATE TABLE IF NOT EXISTS conversations (team TEXT NOT NULL, channel TEXT NOT NULL, "
    "thread_ts TEXT NOT NULL, state TEXT NOT NULL, meta TEXT NOT NULL, updated_at REAL NOT NULL, "
    "PRIMARY KEY (team, channel, thread_ts))",
    "CREATE TABLE IF NOT EXISTS seen_events (key TEXT PRIMARY KEY, seen_at REAL NOT NULL)",
]


DECISIONS_SCHEMA = [  # what it added with the decision log (issue 9), the last pre-Alembic version
    "CREATE TABLE IF NOT EXISTS decisions (team TEXT NOT NULL, channel TEXT NOT NULL, thread_ts TEXT NOT NULL, "
    "question TEXT NOT NULL, pick TEXT, confidence TEXT, asked_by TEXT, updated_at REAL NOT NULL, record_id TEXT, "
    "record_url TEXT, PRIMARY KEY (team, channel, thread_ts))",
    "CREATE INDEX IF NOT EXISTS decisions_by_time ON decisions (team, updated_at DESC)",
]


@pytest.mark.parametrize("with_decisions", [False, True], ids=["first", "with-decision-log"])
async def test_a_sqlite_file_of_an_old_version_upgrades_without_losing_a_conversation(
    tmp_path: Path, with_decisions: bool
) -> None:
    path = tmp_path / "framework-advisor.db"
    state = ConversationState()
    state.requirements["admin-panel"] = False
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")
        for statement in OLD_SCHEMA + (DECISIONS_SCHEMA if with_decisions else []):
            db.execute(statement)
        if with_decisions:
            db.execute(
                "INSERT INTO decisions VALUES (?, ?, ?, 'old q', 'django', 'high', 'U9', ?, 'canvas:F1', 'https://x')",
                (*vars(KEY).values(), time.time()),
            )
        db.execute(
            "INSERT INTO conversations VALUES (?, ?, ?, ?, ?, ?)",
            (*vars(KEY).values(), state.to_json(), '{"question": "old q", "asked_by": "U9", "extra": {}}', time.time()),
        )
        db.execute("INSERT INTO seen_events VALUES ('event:Ev1', ?)", (time.time(),))
    store = await SqlStore.open(f"sqlite+aiosqlite:///{path}")
    try:
        old = await store.load(KEY)
        assert old is not None and old.question == "old q" and old.asked_by == "U9" and old.version == 0
        assert set(old.state.requirements) == {"admin-panel"}
        assert not await store.claim("event:Ev1")  # handled events survive too
        old.state.requirements["realtime"] = False
        assert await store.save(KEY, old) and old.version == 1
        assert await store.schema_current()
        decision = await store.get_decision(KEY.team, KEY.channel, KEY.thread_ts)
        assert (decision is not None and decision.record_id == "canvas:F1") is with_decisions
    finally:
        await store.close()
    with sqlite3.connect(path) as db:
        indexes = {row[1] for row in db.execute("SELECT type, name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_seen_events_seen_at", "ix_conversations_updated_at", "ix_decisions_team_updated_at"} <= indexes
    assert "decisions_by_time" not in indexes


def test_serve_with_an_unreachable_database_exits_with_one_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_"))},
        "SLACK_BOT_TOKEN": "xoxb-fake",
        "SLACK_SIGNING_SECRET": "s",
        "DATABASE_URL": "postgresql+asyncpg://advisor:hunter2-secret@127.0.0.1:9/advisor",
    }
    for command in (["serve"], ["db", "upgrade"]):
        done = subprocess.run(
            [sys.executable, "-m", "bot", *command],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        assert done.returncode == 1 and len(lines) == 1, done.stderr
        assert lines[0].startswith(
            "framework-bot: cannot open the database at DATABASE_URL=postgresql+asyncpg://advisor:***@"
        )
        assert "hunter2" not in done.stderr + done.stdout


def test_db_upgrade_migrates_a_new_sqlite_file(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**{k: v for k, v in os.environ.items() if not k.startswith("DATABASE_")}, "DATABASE_PATH": "fresh.db"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0 and "up to date" in done.stderr
    with sqlite3.connect(tmp_path / "fresh.db") as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"conversations", "seen_events", "decisions", "slack_installations", "alembic_version"} <= tables


async def test_a_database_restart_between_calls_costs_no_failed_call() -> None:
    """Pooled connections die with the server; the next call retries once on a fresh one (no ping per call)."""
    from tests.pg import fresh_database, running_server

    with running_server() as server:
        store = await SqlStore.open(await fresh_database(server))
        try:
            assert await store.save(KEY, StoredConversation(ConversationState(), "q", "U1"))
            assert await store.load(KEY) is not None  # the pool now holds a live connection
            server.stop()
            server.start()
            loaded = await store.load(KEY)
            assert loaded is not None and loaded.question == "q"
        finally:
            await store.close()
