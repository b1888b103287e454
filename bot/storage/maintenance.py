"""The periodic purge, off the hot path: handled-event keys after an hour, conversations after their TTL."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time

from bot.storage.sql import SEEN_EVENT_TTL_S, SqlStore

log = logging.getLogger("framework_advisor")

PURGE_EVERY_S = 300.0


async def purge_once(store: SqlStore, ttl_days: float, now: float | None = None) -> tuple[int, int]:
    """(handled-event keys, conversations) deleted."""
    now = time.time() if now is None else now
    events = await store.purge_seen_events(now - SEEN_EVENT_TTL_S)
    threads = await store.purge_conversations(now - ttl_days * 86400)
    await store.purge_oauth_states(now)
    if events or threads:
        log.info("purged %d handled-event keys and %d expired conversations", events, threads)
    return events, threads


async def purge_forever(store: SqlStore, ttl_days: float, every_s: float = PURGE_EVERY_S) -> None:
    """Run until cancelled. Replicas purge independently; the deletes are idempotent."""
    while not store.closed:
        try:
            await purge_once(store, ttl_days)
        except Exception as exc:  # the database may be away for a while: try again next round
            log.warning("purge failed: %s", exc)
        await asyncio.sleep(every_s * random.uniform(0.8, 1.2))


def start(store: SqlStore, ttl_days: float, every_s: float = PURGE_EVERY_S) -> asyncio.Task[None]:
    return asyncio.create_task(purge_forever(store, ttl_days, every_s), name="storage-purge")


async def stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
