"""A ConversationStore wrapper that counts database errors and dedup hits, whatever the engine."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from bot.ops import metrics
from bot.storage.store import ConversationStore, StoredConversation, ThreadKey

T = TypeVar("T")


class MeasuredStore:
    def __init__(self, inner: ConversationStore) -> None:
        self.inner = inner

    async def _measure(self, op: str, work: Awaitable[T]) -> T:
        try:
            return await work
        except Exception:
            metrics.DB_ERRORS.labels(op).inc()
            raise

    async def load(self, key: ThreadKey) -> StoredConversation | None:
        return await self._measure("load", self.inner.load(key))

    async def save(self, key: ThreadKey, conversation: StoredConversation) -> None:
        await self._measure("save", self.inner.save(key, conversation))

    async def claim(self, event_key: str) -> bool:
        first = await self._measure("claim", self.inner.claim(event_key))
        if not first:
            metrics.DEDUP_HITS.labels(event_key.split(":", 1)[0]).inc()
        return first

    async def ping(self) -> None:
        await self.inner.ping()  # readiness counts its own failures

    async def close(self) -> None:
        await self.inner.close()
