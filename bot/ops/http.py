"""GET /healthz (the process answers); GET /readyz (it can do work: the database answers, its schema is at
the migrations' head, and no shutdown is under way); GET /metrics (Prometheus text format). Added to Bolt's
web app in HTTP mode, and served alone in Socket Mode.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

from aiohttp import web

from bot.ops import metrics

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"
METRICS_PATH = "/metrics"
READY_TIMEOUT_S = 2.0
log = logging.getLogger("framework_advisor")


class Probed(Protocol):
    async def ping(self) -> bool: ...

    async def schema_current(self) -> bool: ...


class Readiness:
    """What /readyz reports. `draining` is set when SIGTERM arrives, so load balancers stop sending."""

    def __init__(self, mode: str, store: Probed | None = None) -> None:
        self.mode = mode
        self.store = store
        self.draining = False

    async def _database(self) -> str | None:
        """None when the database is ready, else why not (never the URL)."""
        assert self.store is not None
        try:
            if not await asyncio.wait_for(self.store.ping(), READY_TIMEOUT_S):
                return "unreachable"
            if not await asyncio.wait_for(self.store.schema_current(), READY_TIMEOUT_S):
                return "schema behind the migrations (run `framework-bot db upgrade`)"
        except Exception as exc:  # a probe that hangs past the timeout is as bad as a refusal
            return type(exc).__name__
        return None

    async def check(self) -> tuple[bool, dict[str, object]]:
        if self.draining:
            return False, {"ok": False, "mode": self.mode, "reason": "shutting down"}
        if self.store is not None:
            problem = await self._database()
            if problem is not None:
                metrics.DB_ERRORS.labels("ping").inc()
                log.warning("readiness: database %s", problem)
                return False, {"ok": False, "mode": self.mode, "reason": f"database: {problem}"}
        return True, {"ok": True, "mode": self.mode, "database": "ok" if self.store is not None else "none"}


def add_routes(web_app: web.Application, readiness: Readiness) -> web.Application:
    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True, "mode": readiness.mode})

    async def readyz(_: web.Request) -> web.Response:
        ok, body = await readiness.check()
        return web.json_response(body, status=200 if ok else 503)

    async def metrics_text(_: web.Request) -> web.Response:
        body, content_type = metrics.exposition()
        response = web.Response(body=body)
        response.headers["Content-Type"] = content_type
        return response

    web_app.router.add_get(HEALTH_PATH, healthz)
    web_app.router.add_get(READY_PATH, readyz)
    web_app.router.add_get(METRICS_PATH, metrics_text)
    return web_app
