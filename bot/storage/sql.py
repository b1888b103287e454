"""The conversation store, event dedup and decision log on SQLAlchemy 2 (async): SQLite or PostgreSQL.

`DATABASE_URL` picks the engine: `sqlite+aiosqlite:///file.db` (the default, embedded, no set-up) or
`postgresql+asyncpg://user:pass@host/db`. `SqlStore.open()` connects and migrates once, at start-up.

- Dedup is one statement per event: INSERT … ON CONFLICT DO NOTHING on a unique key.
- Saving a conversation is compare-and-set on its `version`, so two turns racing in one thread
  (in one process or across replicas) never overwrite each other: the loser reloads and retries.
- Every database failure surfaces as StoreUnavailable, and a closed store raises StoreClosed.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, delete, event, make_url, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot.storage import migrate
from bot.storage.decisions import DecisionEntry
from bot.storage.errors import StoreClosed, StoreUnavailable
from bot.storage.schema import (
    conversations,
    decisions,
    expired_threads,
    seen_events,
    slack_bots,
    slack_installations,
    slack_oauth_states,
)
from bot.storage.statements import HotStatements, decision_values, upsertable_insert
from bot.storage.store import StoredConversation, ThreadKey
from knowledge.reasoning.conversation import ConversationState

log = logging.getLogger("framework_advisor")

SEEN_EVENT_TTL_S = 3600  # Slack retries for ~5 minutes; an hour is ample
PURGE_BATCH = 1000
_UNAVAILABLE = (OperationalError, InterfaceError, DisconnectionError, PoolTimeout, OSError, TimeoutError)


def sqlite_url(path: str) -> str:
    return f"sqlite+aiosqlite:///{path}"


def masked(url: str | URL) -> str:
    """The URL with its password hidden, safe for logs and error messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparseable URL: show only its scheme
        return str(url).split(":", 1)[0] + "://…"


def _is_disconnect(exc: BaseException) -> bool:
    return isinstance(exc, _UNAVAILABLE) or (isinstance(exc, DBAPIError) and exc.connection_invalidated)


def make_engine(url: str) -> AsyncEngine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(parsed, connect_args={"timeout": 30}, pool_reset_on_return=None)

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(dbapi_connection: Any, _: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_async_engine(
        parsed,
        pool_size=5,
        max_overflow=10,
        pool_timeout=10,
        pool_pre_ping=True,  # a connection that died with the server is replaced, so the app recovers
        connect_args={"timeout": 5, "command_timeout": 10},
    )


class SqlStore:
    """ConversationStore and DecisionLog on one AsyncEngine. Build it with `await SqlStore.open(url)`."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._closed = False

    @classmethod
    async def open(cls, url: str, *, upgrade: bool = True) -> SqlStore:
        """Connect and migrate now. Raises StoreUnavailable naming the (masked) URL if that fails."""
        engine = make_engine(url)
        try:
            if upgrade:
                await migrate.upgrade(engine)
            else:
                async with engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
        except Exception as exc:
            await engine.dispose()
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0] or type(exc).__name__
            raise StoreUnavailable(f"cannot open the database at DATABASE_URL={masked(url)}: {reason}") from exc
        return cls(engine)

    @property
    def closed(self) -> bool:
        return self._closed

    async def close(self) -> None:
        if not self._closed:
            self._closed = True
            await self.engine.dispose()

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[AsyncConnection]:
        if self._closed:
            raise StoreClosed("the store is closed")
        try:
            async with self.engine.begin() as conn:
                yield conn
        except (StoreClosed, StoreUnavailable):
            raise
        except Exception as exc:
            if _is_disconnect(exc):
                raise StoreUnavailable(f"database unavailable: {type(exc).__name__}") from exc
            raise

    async def ping(self) -> bool:
        try:
            async with self._tx() as conn:
                await conn.execute(text("SELECT 1"))
        except Exception as exc:  # unreachable or closed; the kind only, never the URL
            log.warning("database ping failed: %s", type(exc).__name__)
            return False
        return True

    async def schema_current(self) -> bool:
        """True when the database is at the migrations' head (for a readiness check)."""
        if self._closed:
            return False
        try:
            return await migrate.current(self.engine) == migrate.head()
        except Exception:
            return False

    # ---- conversations ---------------------------------------------------------------

    async def load(self, key: ThreadKey) -> StoredConversation | None:
        c = conversations.c
        async with self._tx() as conn:
            row = (
                await conn.execute(
                    select(c.state, c.meta, c.version).where(
                        c.team == key.team, c.channel == key.channel, c.thread_ts == key.thread_ts
                    )
                )
            ).first()
        if row is None:
            return None
        meta = json.loads(row.meta)
        return StoredConversation(
            ConversationState.from_json(row.state),
            meta.get("question", ""),
            meta.get("asked_by"),
            meta.get("extra", {}),
            version=int(row.version),
        )

    async def save(
        self, key: ThreadKey, conversation: StoredConversation, decision: DecisionEntry | None = None
    ) -> bool:
        """Compare-and-set: insert when `conversation.version` is None, else update only that version.

        True and `conversation.version` advanced on success; False when someone else saved first."""
        meta = json.dumps(
            {"question": conversation.question, "asked_by": conversation.asked_by, "extra": conversation.extra}
        )
        values = {"state": conversation.state.to_json(), "meta": meta, "updated_at": time.time()}
        where = {"team": key.team, "channel": key.channel, "thread_ts": key.thread_ts}
        statements = self._statements
        async with self._tx() as conn:
            if conversation.version is None:
                new_version = 1
                result = await conn.execute(statements.insert_thread, {**where, **values, "version": 1})
            else:
                new_version = conversation.version + 1
                keys = {f"k_{name}": value for name, value in where.items()}
                params = {**keys, **values, "version": new_version, "expected": conversation.version}
                result = await conn.execute(statements.update_thread, params)
            if result.rowcount == 1 and conversation.version is None:  # a fresh start clears a tombstone
                await conn.execute(statements.clear_tombstone, where)
            if result.rowcount == 1 and decision is not None:  # the log entry rides in the same transaction
                await conn.execute(statements.upsert_decision, decision_values(decision))
        if result.rowcount != 1:
            return False
        conversation.version = new_version
        return True

    async def was_expired(self, key: ThreadKey) -> bool:
        """True when the TTL purge deleted this thread's conversation."""
        e = expired_threads.c
        async with self._tx() as conn:
            row = (
                await conn.execute(
                    select(e.expired_at).where(
                        e.team == key.team, e.channel == key.channel, e.thread_ts == key.thread_ts
                    )
                )
            ).first()
        return row is not None

    # ---- events ----------------------------------------------------------------------

    async def claim(self, event_key: str) -> bool:
        """True the first time `event_key` is seen (by any replica), False for every repeat. One statement."""
        statement = (
            upsertable_insert(self.dialect, seen_events)
            .values(key=event_key, seen_at=time.time())
            .on_conflict_do_nothing(index_elements=["key"])
        )
        async with self._tx() as conn:
            result = await conn.execute(statement)
        return bool(result.rowcount == 1)

    async def release(self, event_key: str) -> None:
        """Forget a claim whose work failed, so a retry of the event is answered."""
        async with self._tx() as conn:
            await conn.execute(delete(seen_events).where(seen_events.c.key == event_key))

    # ---- periodic purges (off the hot path) --------------------------------------------

    async def purge_seen_events(self, older_than: float, batch: int = PURGE_BATCH) -> int:
        """Delete handled-event keys older than `older_than`, `batch` rows per transaction."""
        s = seen_events.c
        total = 0
        while True:
            oldest = select(s.key).where(s.seen_at < older_than).limit(batch).scalar_subquery()
            async with self._tx() as conn:
                deleted = (await conn.execute(delete(seen_events).where(s.key.in_(oldest)))).rowcount
            total += deleted
            if deleted < batch:
                return total
            await asyncio.sleep(0)

    async def purge_conversations(self, older_than: float, batch: int = PURGE_BATCH) -> int:
        """Delete conversations last touched before `older_than`, leaving a tombstone per thread."""
        c = conversations.c
        total = 0
        while True:
            async with self._tx() as conn:
                rows = (
                    await conn.execute(
                        select(c.team, c.channel, c.thread_ts).where(c.updated_at < older_than).limit(batch)
                    )
                ).all()
                if rows:
                    now = time.time()
                    tombstones = [
                        {"team": r.team, "channel": r.channel, "thread_ts": r.thread_ts, "expired_at": now}
                        for r in rows
                    ]
                    await conn.execute(
                        upsertable_insert(self.dialect, expired_threads).on_conflict_do_nothing(
                            index_elements=["team", "channel", "thread_ts"]
                        ),
                        tombstones,
                    )
                    for r in rows:
                        await conn.execute(
                            delete(conversations).where(
                                c.team == r.team,
                                c.channel == r.channel,
                                c.thread_ts == r.thread_ts,
                                c.updated_at < older_than,
                            )
                        )
            total += len(rows)
            if len(rows) < batch:
                break
            await asyncio.sleep(0)
        async with self._tx() as conn:  # tombstones live as long again, then go too
            await conn.execute(delete(expired_threads).where(expired_threads.c.expired_at < older_than))
        return total

    async def purge_oauth_states(self, now: float) -> int:
        """Delete OAuth states past their expiry (an Add to Slack click that never came back)."""
        cutoff = datetime.fromtimestamp(now, tz=UTC).replace(tzinfo=None)  # slack-sdk stores naive UTC
        async with self._tx() as conn:
            result = await conn.execute(delete(slack_oauth_states).where(slack_oauth_states.c.expire_at < cutoff))
        return int(result.rowcount)

    # ---- DecisionLog -------------------------------------------------------------------

    async def record_decision(self, entry: DecisionEntry) -> None:
        async with self._tx() as conn:
            await conn.execute(self._statements.upsert_decision, decision_values(entry))

    @functools.cached_property
    def _statements(self) -> HotStatements:
        return HotStatements(self.dialect)

    async def get_decision(self, team: str, channel: str, thread_ts: str) -> DecisionEntry | None:
        d = decisions.c
        async with self._tx() as conn:
            row = (
                await conn.execute(
                    select(decisions).where(d.team == team, d.channel == channel, d.thread_ts == thread_ts)
                )
            ).first()
        return None if row is None else DecisionEntry(**row._asdict())

    async def list_decisions(self, team: str, limit: int, offset: int = 0) -> list[DecisionEntry]:
        d = decisions.c
        query = (
            select(decisions)
            .where(d.team == team)
            .order_by(d.updated_at.desc(), d.channel, d.thread_ts)
            .limit(limit)
            .offset(offset)
        )
        async with self._tx() as conn:
            rows = (await conn.execute(query)).all()
        return [DecisionEntry(**row._asdict()) for row in rows]

    async def delete_team(self, team: str) -> None:
        """Forget a workspace: its conversations, decisions, tombstones and installation (uninstall)."""
        async with self._tx() as conn:
            for table in (conversations, decisions, expired_threads):
                await conn.execute(delete(table).where(table.c.team == team))
            for table in (slack_installations, slack_bots):
                await conn.execute(delete(table).where(and_(table.c.team_id == team)))
            # seen_events keys hold no team; they hold no content either and go within SEEN_EVENT_TTL_S.
