"""Bounded work: Bolt acks first and then runs each listener as a task; this caps how many answer at once.

Requests past the limit wait for a slot (the queue depth metric), so a burst costs waiting tasks, not
hundreds of answers building replies and holding connections at the same time. Shutdown stops new work
and waits, bounded, for what was already acked.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.ops import metrics
from bot.slack import delivery


class ShuttingDown(Exception):
    """Work arrived after shutdown began; it is not started."""


class WorkLimiter:
    def __init__(self, limit: int = 16) -> None:
        self.limit = limit
        self._slots = asyncio.Semaphore(limit)
        self._pending = 0  # waiting + running
        self._idle = asyncio.Event()
        self._idle.set()
        self.closed = False

    @property
    def pending(self) -> int:
        return self._pending

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one of `limit` slots; the body shares one Slack retry budget (delivery.answer_budget)."""
        if self.closed:
            raise ShuttingDown
        queued_at = time.monotonic()
        self._pending += 1
        self._idle.clear()
        metrics.WORK_QUEUE_DEPTH.inc()
        waiting = True
        try:
            async with self._slots:
                metrics.WORK_QUEUE_DEPTH.dec()
                waiting = False
                metrics.WORK_IN_FLIGHT.inc()
                started = time.monotonic()
                try:
                    with delivery.answer_budget():
                        yield
                finally:
                    metrics.WORK_IN_FLIGHT.dec()
                    now = time.monotonic()
                    metrics.ANSWER_SECONDS.observe(now - started)
                    metrics.ACK_TO_ANSWER_SECONDS.observe(now - queued_at)
        finally:
            if waiting:
                metrics.WORK_QUEUE_DEPTH.dec()
            self._pending -= 1
            if self._pending == 0:
                self._idle.set()

    async def drain(self, within: float) -> bool:
        """Refuse new work and wait up to `within` seconds for the rest; True if everything finished."""
        self.closed = True
        try:
            await asyncio.wait_for(self._idle.wait(), within)
        except TimeoutError:
            return False
        return True
