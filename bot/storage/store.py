"""Where conversations live between messages: a small interface and its SQLite implementation.

Keys are (team, channel, thread_ts): one conversation per thread. The same database also
remembers which events were already handled, so Slack's retries never answer twice.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import aiosqlite

from bot.storage.decisions import DecisionEntry
from knowledge.reasoning.conversation import ConversationState

SEEN_EVENT_TTL_S = 3600  # Slack retries for ~5 minutes; an hour is ample and keeps the table small


_DECISION_COLUMNS = "team, channel, thread_ts, question, pick, confidence, asked_by, updated_at, record_id, record_url"
_DECISIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS decisions (team TEXT NOT NULL, channel TEXT NOT NULL, thread_ts TEXT NOT NULL, "
    "question TEXT NOT NULL, pick TEXT, confidence TEXT, asked_by TEXT, updated_at REAL NOT NULL, record_id TEXT, "
    "record_url TEXT, PRIMARY KEY (team, channel, thread_ts))"
)
_DECISIONS_INDEX = "CREATE INDEX IF NOT EXISTS decisions_by_time ON decisions (team, updated_at DESC)"


@dataclass(frozen=True)
class ThreadKey:
    team: str
    channel: str
    thread_ts: str


@dataclass
class StoredConversation:
    state: ConversationState
    question: str = ""
    asked_by: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


class StoreClosed(RuntimeError):
    """The store was closed (shutdown); it refuses further work instead of reopening."""


class ConversationStore(Protocol):
    async def load(self, key: ThreadKey) -> StoredConversation | None: ...

    async def save(self, key: ThreadKey, conversation: StoredConversation) -> None: ...

    async def claim(self, event_key: str) -> bool:
        """True the first time `event_key` is seen, False for every repeat."""
        ...

    async def ping(self) -> None:
        """Return when the database answers; raise when it is unreachable (GET /readyz)."""
        ...

    async def close(self) -> None: ...


class SqliteConversationStore:
    """aiosqlite-backed store; survives restarts. One connection, opened lazily."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db: aiosqlite.Connection | None = None
        self._closed = False

    async def _conn(self) -> aiosqlite.Connection:
        if self._closed:  # reopening after close() left a worker thread that hung the process at exit
            raise StoreClosed(self.path)
        if self._db is None:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            db = await aiosqlite.connect(self.path)
            await db.execute("PRAGMA journal_mode=WAL")
            await db.execute(
                "CREATE TABLE IF NOT EXISTS conversations (team TEXT NOT NULL, channel TEXT NOT NULL, "
                "thread_ts TEXT NOT NULL, state TEXT NOT NULL, meta TEXT NOT NULL, updated_at REAL NOT NULL, "
                "PRIMARY KEY (team, channel, thread_ts))"
            )
            await db.execute("CREATE TABLE IF NOT EXISTS seen_events (key TEXT PRIMARY KEY, seen_at REAL NOT NULL)")
            await db.execute(_DECISIONS_TABLE)
            await db.execute(_DECISIONS_INDEX)
            await db.commit()
            self._db = db
        return self._db

    async def load(self, key: ThreadKey) -> StoredConversation | None:
        db = await self._conn()
        async with db.execute(
            "SELECT state, meta FROM conversations WHERE team = ? AND channel = ? AND thread_ts = ?",
            (key.team, key.channel, key.thread_ts),
        ) as cursor:
            row = await cursor.fetchone()
        if row is None:
            return None
        meta = json.loads(row[1])
        return StoredConversation(
            ConversationState.from_json(row[0]), meta.get("question", ""), meta.get("asked_by"), meta.get("extra", {})
        )

    async def save(self, key: ThreadKey, conversation: StoredConversation) -> None:
        db = await self._conn()
        meta = json.dumps(
            {"question": conversation.question, "asked_by": conversation.asked_by, "extra": conversation.extra}
        )
        await db.execute(
            "INSERT INTO conversations (team, channel, thread_ts, state, meta, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (team, channel, thread_ts) DO UPDATE SET state = excluded.state, meta = excluded.meta, "
            "updated_at = excluded.updated_at",
            (key.team, key.channel, key.thread_ts, conversation.state.to_json(), meta, time.time()),
        )
        await db.commit()

    async def claim(self, event_key: str) -> bool:
        db = await self._conn()
        now = time.time()
        cursor = await db.execute("INSERT OR IGNORE INTO seen_events (key, seen_at) VALUES (?, ?)", (event_key, now))
        first = cursor.rowcount == 1
        await db.execute("DELETE FROM seen_events WHERE seen_at < ?", (now - SEEN_EVENT_TTL_S,))
        await db.commit()
        return first

    async def ping(self) -> None:
        db = await self._conn()
        async with db.execute("SELECT 1") as cursor:
            await cursor.fetchone()

    # ---- the decision log (bot.storage.decisions.DecisionLog) ---------------------------------

    async def record_decision(self, entry: DecisionEntry) -> None:
        db = await self._conn()
        await db.execute(
            "INSERT INTO decisions (team, channel, thread_ts, question, pick, confidence, asked_by, updated_at, "
            "record_id, record_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (team, channel, thread_ts) DO UPDATE SET question = excluded.question, "
            "pick = excluded.pick, confidence = excluded.confidence, asked_by = excluded.asked_by, "
            "updated_at = excluded.updated_at, record_id = COALESCE(excluded.record_id, decisions.record_id), "
            "record_url = COALESCE(excluded.record_url, decisions.record_url)",
            (
                entry.team,
                entry.channel,
                entry.thread_ts,
                entry.question,
                entry.pick,
                entry.confidence,
                entry.asked_by,
                entry.updated_at,
                entry.record_id,
                entry.record_url,
            ),
        )
        await db.commit()

    async def get_decision(self, team: str, channel: str, thread_ts: str) -> DecisionEntry | None:
        db = await self._conn()
        async with db.execute(
            f"SELECT {_DECISION_COLUMNS} FROM decisions WHERE team = ? AND channel = ? AND thread_ts = ?",
            (team, channel, thread_ts),
        ) as cursor:
            row = await cursor.fetchone()
        return DecisionEntry(*row) if row else None

    async def list_decisions(self, team: str, limit: int, offset: int = 0) -> list[DecisionEntry]:
        db = await self._conn()
        async with db.execute(
            f"SELECT {_DECISION_COLUMNS} FROM decisions WHERE team = ? "
            "ORDER BY updated_at DESC, thread_ts DESC LIMIT ? OFFSET ?",
            (team, limit, offset),
        ) as cursor:
            rows = await cursor.fetchall()
        return [DecisionEntry(*row) for row in rows]

    async def delete_team(self, team: str) -> None:
        db = await self._conn()
        await db.execute("DELETE FROM decisions WHERE team = ?", (team,))
        await db.execute("DELETE FROM conversations WHERE team = ?", (team,))
        await db.commit()

    async def close(self) -> None:
        self._closed = True
        if self._db is not None:
            await self._db.close()
            self._db = None
