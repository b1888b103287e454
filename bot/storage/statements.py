"""The statements every answer runs, built once per store with bound parameters.

Building and keying a fresh SQLAlchemy statement per call cost more CPU than the database work itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, TextClause, bindparam, delete, func, text, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.storage.decisions import DecisionEntry
from bot.storage.schema import conversations, decisions, expired_threads, seen_events


def upsertable_insert(dialect: str, table: Table) -> Any:
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def decision_values(entry: DecisionEntry) -> dict[str, Any]:
    return {
        "team": entry.team,
        "channel": entry.channel,
        "thread_ts": entry.thread_ts,
        "question": entry.question,
        "pick": entry.pick,
        "confidence": entry.confidence,
        "asked_by": entry.asked_by,
        "updated_at": entry.updated_at,
        "record_id": entry.record_id,
        "record_url": entry.record_url,
    }


class HotStatements:
    """The statements every answer runs, built once with bound parameters: building and keying a fresh
    statement per call cost more CPU than the database work itself."""

    def __init__(self, dialect: str) -> None:
        keys = ("team", "channel", "thread_ts")
        thread: dict[str, Any] = {name: bindparam(name) for name in ("state", "meta", "updated_at", "version")}
        self.insert_thread = (
            upsertable_insert(dialect, conversations)
            .values(**{k: bindparam(k) for k in keys}, **thread)
            .on_conflict_do_nothing(index_elements=list(keys))
        )
        c = conversations.c
        self.update_thread = (
            update(conversations)
            .where(  # key parameters are prefixed: SQLAlchemy reserves column names for the SET clause
                c.team == bindparam("k_team"),
                c.channel == bindparam("k_channel"),
                c.thread_ts == bindparam("k_thread_ts"),
                c.version == bindparam("expected"),
            )
            .values(**thread)
        )
        e = expired_threads.c
        self.clear_tombstone = delete(expired_threads).where(
            e.team == bindparam("team"), e.channel == bindparam("channel"), e.thread_ts == bindparam("thread_ts")
        )
        columns = ("question", "pick", "confidence", "asked_by", "updated_at", "record_id", "record_url")
        insert = upsertable_insert(dialect, decisions).values(**{k: bindparam(k) for k in (*keys, *columns)})
        excluded = insert.excluded
        changes: dict[str, Any] = {name: excluded[name] for name in columns}
        for name in ("record_id", "record_url"):  # a new entry without a record keeps the one already saved
            changes[name] = func.coalesce(excluded[name], decisions.c[name])
        self.upsert_decision = insert.on_conflict_do_update(index_elements=list(keys), set_=changes)
        self.claim_event = (
            upsertable_insert(dialect, seen_events)
            .values(key=bindparam("key"), seen_at=bindparam("seen_at"))
            .on_conflict_do_nothing(index_elements=["key"])
        )


_DECISION_COLUMNS = ("question", "pick", "confidence", "asked_by", "updated_at", "record_id", "record_url")
_LOG_DECISION = """, logged AS (
  INSERT INTO decisions (team, channel, thread_ts, question, pick, confidence, asked_by, updated_at,
                         record_id, record_url)
  SELECT CAST(:d_team AS TEXT), CAST(:d_channel AS TEXT), CAST(:d_thread_ts AS TEXT), CAST(:d_question AS TEXT),
         CAST(:d_pick AS VARCHAR), CAST(:d_confidence AS VARCHAR), CAST(:d_asked_by AS VARCHAR),
         CAST(:d_updated_at AS DOUBLE PRECISION), CAST(:d_record_id AS VARCHAR), CAST(:d_record_url AS TEXT)
  FROM saved
  ON CONFLICT (team, channel, thread_ts) DO UPDATE SET
    question = EXCLUDED.question, pick = EXCLUDED.pick, confidence = EXCLUDED.confidence,
    asked_by = EXCLUDED.asked_by, updated_at = EXCLUDED.updated_at,
    record_id = COALESCE(EXCLUDED.record_id, decisions.record_id),
    record_url = COALESCE(EXCLUDED.record_url, decisions.record_url)
)"""
_INSERT_THREAD = """WITH saved AS (
  INSERT INTO conversations (team, channel, thread_ts, state, meta, updated_at, version)
  VALUES (:team, :channel, :thread_ts, :state, :meta, :updated_at, :version)
  ON CONFLICT (team, channel, thread_ts) DO NOTHING
  RETURNING team, channel, thread_ts
), cleared AS (
  DELETE FROM expired_threads e USING saved s
  WHERE e.team = s.team AND e.channel = s.channel AND e.thread_ts = s.thread_ts
)"""
_UPDATE_THREAD = """WITH saved AS (
  UPDATE conversations SET state = :state, meta = :meta, updated_at = :updated_at, version = :version
  WHERE team = :k_team AND channel = :k_channel AND thread_ts = :k_thread_ts AND version = :expected
  RETURNING team, channel, thread_ts
)"""


class OneTripSaves:
    """PostgreSQL: saving a turn (the thread, its tombstone, its log entry) as one statement, one round trip.

    The same effect as HotStatements' three statements in one transaction; `decision_params` prefixes the
    log entry's parameters with `d_`. Each statement returns how many threads it saved (0 or 1)."""

    def __init__(self) -> None:
        self.insert = {logged: self._build(_INSERT_THREAD, logged) for logged in (False, True)}
        self.update = {logged: self._build(_UPDATE_THREAD, logged) for logged in (False, True)}

    @staticmethod
    def _build(saved: str, logged: bool) -> TextClause:
        return text(saved + (_LOG_DECISION if logged else "") + "\nSELECT count(*) FROM saved")

    @staticmethod
    def decision_params(entry: DecisionEntry) -> dict[str, Any]:
        return {f"d_{name}": value for name, value in decision_values(entry).items()}
