"""The conversation store, event dedup and decision log on SQLAlchemy 2: SQLite or PostgreSQL.

`DATABASE_URL` picks the engine: `sqlite+aiosqlite:///file.db` (the default, embedded, no set-up) or
`postgresql+asyncpg://user:pass@host/db`. `SqlStore.open()` connects and migrates once, at start-up.

Each operation is one unit of work over a SQLAlchemy `Connection`, run in one transaction: on PostgreSQL
through the async engine (`run_sync`, asyncpg underneath), on a SQLite file on the event loop (engines.py).

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
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import Connection, and_, delete, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage import migrate
from bot.storage.decisions import DecisionEntry
from bot.storage.engines import is_disconnect, make_engine, make_loop_engine, masked, sqlite_url
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
from bot.storage.statements import HotStatements, OneTripSaves, decision_values, upsertable_insert
from bot.storage.store import StoredConversation, ThreadKey
from knowledge.reasoning.thread_state import ConversationState

log = logging.getLogger("framework_advisor")

SEEN_EVENT_TTL_S = 3600  # Slack retries for ~5 minutes; an hour is ample
PURGE_BATCH = 1000
T = TypeVar("T")
__all__ = ["SEEN_EVENT_TTL_S", "SqlStore", "masked", "sqlite_url"]


class SqlStore:
    """ConversationStore and DecisionLog on SQLAlchemy. Build it with `await SqlStore.open(url)`."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self._loop_engine = make_loop_engine(engine)
        self._autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
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
            if self._loop_engine is not None:
                self._loop_engine.dispose()
            await self.engine.dispose()

    async def _run(self, work: Callable[[Connection], T], *, atomic: bool = True) -> T:
        """Run `work` in one transaction; failures surface as StoreUnavailable, a closed store as StoreClosed.

        `atomic=False` for work that is a single statement: on PostgreSQL it then runs in autocommit,
        saving the BEGIN and COMMIT round trips."""
        if self._closed:
            raise StoreClosed("the store is closed")
        for attempt in (1, 2):
            try:
                if self._loop_engine is not None:
                    with self._loop_engine.begin() as conn:
                        return work(conn)
                if not atomic:
                    async with self._autocommit.connect() as aconn:
                        return await aconn.run_sync(work)
                async with self.engine.begin() as aconn:
                    return await aconn.run_sync(work)
            except (StoreClosed, StoreUnavailable):
                raise
            except Exception as exc:
                # A pooled connection that died with a server restart fails once and is discarded; the
                # second try runs on a fresh one. This replaces a per-checkout ping (a round trip per call).
                if attempt == 1 and isinstance(exc, DBAPIError) and exc.connection_invalidated:
                    continue
                if is_disconnect(exc):
                    raise StoreUnavailable(f"database unavailable: {type(exc).__name__}") from exc
                raise
        raise AssertionError("unreachable")  # pragma: no cover

    async def ping(self) -> bool:
        try:
            await self._run(lambda conn: conn.execute(text("SELECT 1")).scalar())
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
        query = select(c.state, c.meta, c.version).where(
            c.team == key.team, c.channel == key.channel, c.thread_ts == key.thread_ts
        )
        row = await self._run(lambda conn: conn.execute(query).first(), atomic=False)
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
        fresh = conversation.version is None
        new_version = 1 if conversation.version is None else conversation.version + 1
        if conversation.version is None:
            statement, params = statements.insert_thread, {**where, **values, "version": 1}
        else:
            keys = {f"k_{name}": value for name, value in where.items()}
            statement = statements.update_thread
            params = {**keys, **values, "version": new_version, "expected": conversation.version}

        def work(conn: Connection) -> bool:
            if conn.execute(statement, params).rowcount != 1:
                return False
            if fresh:  # a fresh start clears a tombstone
                conn.execute(statements.clear_tombstone, where)
            if decision is not None:  # the log entry rides in the same transaction
                conn.execute(statements.upsert_decision, decision_values(decision))
            return True

        if self.dialect == "postgresql":  # one statement, one round trip, no BEGIN/COMMIT
            trip = self._one_trip.insert if fresh else self._one_trip.update
            one = trip[decision is not None]
            if decision is not None:
                params = {**params, **OneTripSaves.decision_params(decision)}
            saved = await self._run(lambda conn: conn.execute(one, params).scalar_one() == 1, atomic=False)
        else:
            saved = await self._run(work)
        if not saved:
            return False
        conversation.version = new_version
        return True

    async def was_expired(self, key: ThreadKey) -> bool:
        """True when the TTL purge deleted this thread's conversation."""
        e = expired_threads.c
        query = select(e.expired_at).where(e.team == key.team, e.channel == key.channel, e.thread_ts == key.thread_ts)
        return await self._run(lambda conn: conn.execute(query).first() is not None, atomic=False)

    # ---- events ----------------------------------------------------------------------

    async def claim(self, event_key: str) -> bool:
        """True the first time `event_key` is seen (by any replica), False for every repeat. One statement."""
        params = {"key": event_key, "seen_at": time.time()}
        claim = self._statements.claim_event
        return await self._run(lambda conn: conn.execute(claim, params).rowcount == 1, atomic=False)

    async def release(self, event_key: str) -> None:
        """Forget a claim whose work failed, so a retry of the event is answered."""
        await self._run(lambda conn: conn.execute(delete(seen_events).where(seen_events.c.key == event_key)))

    # ---- periodic purges (off the hot path) --------------------------------------------

    async def purge_seen_events(self, older_than: float, batch: int = PURGE_BATCH) -> int:
        """Delete handled-event keys older than `older_than`, `batch` rows per transaction."""
        s = seen_events.c
        oldest = select(s.key).where(s.seen_at < older_than).limit(batch).scalar_subquery()
        statement = delete(seen_events).where(s.key.in_(oldest))
        total = 0
        while True:
            deleted = int(await self._run(lambda conn: conn.execute(statement).rowcount))
            total += deleted
            if deleted < batch:
                return total
            await asyncio.sleep(0)

    async def purge_conversations(self, older_than: float, batch: int = PURGE_BATCH) -> int:
        """Delete conversations last touched before `older_than`, leaving a tombstone per thread."""
        c = conversations.c
        tombstone = upsertable_insert(self.dialect, expired_threads).on_conflict_do_nothing(
            index_elements=["team", "channel", "thread_ts"]
        )

        def one_batch(conn: Connection) -> int:
            rows = conn.execute(
                select(c.team, c.channel, c.thread_ts).where(c.updated_at < older_than).limit(batch)
            ).all()
            if rows:
                now = time.time()
                conn.execute(
                    tombstone,
                    [{"team": r.team, "channel": r.channel, "thread_ts": r.thread_ts, "expired_at": now} for r in rows],
                )
                for r in rows:
                    conn.execute(
                        delete(conversations).where(
                            c.team == r.team,
                            c.channel == r.channel,
                            c.thread_ts == r.thread_ts,
                            c.updated_at < older_than,
                        )
                    )
            return len(rows)

        total = 0
        while True:
            done = await self._run(one_batch)
            total += done
            if done < batch:
                break
            await asyncio.sleep(0)
        gone = delete(expired_threads).where(expired_threads.c.expired_at < older_than)
        await self._run(lambda conn: conn.execute(gone))  # tombstones live as long again, then go too
        return total

    async def purge_oauth_states(self, now: float) -> int:
        """Delete OAuth states past their expiry (an Add to Slack click that never came back)."""
        cutoff = datetime.fromtimestamp(now, tz=UTC).replace(tzinfo=None)  # slack-sdk stores naive UTC
        statement = delete(slack_oauth_states).where(slack_oauth_states.c.expire_at < cutoff)
        return int(await self._run(lambda conn: conn.execute(statement).rowcount))

    # ---- DecisionLog -------------------------------------------------------------------

    async def record_decision(self, entry: DecisionEntry) -> None:
        values = decision_values(entry)
        upsert = self._statements.upsert_decision
        await self._run(lambda conn: conn.execute(upsert, values))

    @functools.cached_property
    def _statements(self) -> HotStatements:
        return HotStatements(self.dialect)

    @functools.cached_property
    def _one_trip(self) -> OneTripSaves:
        return OneTripSaves()

    async def get_decision(self, team: str, channel: str, thread_ts: str) -> DecisionEntry | None:
        d = decisions.c
        query = select(decisions).where(d.team == team, d.channel == channel, d.thread_ts == thread_ts)
        row = await self._run(lambda conn: conn.execute(query).first())
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
        rows = await self._run(lambda conn: conn.execute(query).all())
        return [DecisionEntry(**row._asdict()) for row in rows]

    async def delete_team(self, team: str) -> None:
        """Forget a workspace: its conversations, decisions, tombstones and installation (uninstall)."""

        def work(conn: Connection) -> None:
            for table in (conversations, decisions, expired_threads):
                conn.execute(delete(table).where(table.c.team == team))
            for table in (slack_installations, slack_bots):
                conn.execute(delete(table).where(and_(table.c.team_id == team)))
            # seen_events keys hold no team; they hold no content either and go within SEEN_EVENT_TTL_S.

        await self._run(work)
