"""A Store wrapper that counts database errors and dedup hits, whatever the engine.

It passes every call of the store protocol and the decision log through unchanged (results and errors
alike), so the Slack code sees the same StoreUnavailable, compare-and-set results and claims.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from bot.ops import metrics
from bot.storage.decisions import DecisionEntry
from bot.storage.store import Store, StoredConversation, ThreadKey

T = TypeVar("T")


class MeasuredStore:
    def __init__(self, inner: Store) -> None:
        self.inner = inner

    async def _measure(self, op: str, work: Awaitable[T]) -> T:
        try:
            return await work
        except Exception:
            metrics.DB_ERRORS.labels(op).inc()
            raise

    # ---- conversations and dedup ----------------------------------------------------------

    async def load(self, key: ThreadKey) -> StoredConversation | None:
        return await self._measure("load", self.inner.load(key))

    async def save(
        self, key: ThreadKey, conversation: StoredConversation, decision: DecisionEntry | None = None
    ) -> bool:
        return await self._measure("save", self.inner.save(key, conversation, decision))

    async def was_expired(self, key: ThreadKey) -> bool:
        return await self._measure("was_expired", self.inner.was_expired(key))

    async def claim(self, event_key: str) -> bool:
        first = await self._measure("claim", self.inner.claim(event_key))
        if not first:  # where: the key's kind ("message" for every event that leads to work)
            metrics.DEDUP_HITS.labels(event_key.split(":", 1)[0]).inc()
        return first

    async def release(self, event_key: str) -> None:
        await self._measure("release", self.inner.release(event_key))

    async def ping(self) -> bool:
        return await self.inner.ping()  # readiness counts its own failures

    async def schema_current(self) -> bool:
        return await self.inner.schema_current()

    async def close(self) -> None:
        await self.inner.close()

    # ---- the decision log -----------------------------------------------------------------

    async def record_decision(self, entry: DecisionEntry) -> None:
        await self._measure("record_decision", self.inner.record_decision(entry))

    async def get_decision(self, team: str, channel: str, thread_ts: str) -> DecisionEntry | None:
        return await self._measure("get_decision", self.inner.get_decision(team, channel, thread_ts))

    async def list_decisions(self, team: str, limit: int, offset: int = 0) -> list[DecisionEntry]:
        return await self._measure("list_decisions", self.inner.list_decisions(team, limit, offset))

    async def delete_team(self, team: str) -> None:
        await self._measure("delete_team", self.inner.delete_team(team))
