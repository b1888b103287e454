"""`framework-bot serve`: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT."""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import TextIO

from aiohttp import web
from pydantic import ValidationError
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from bot.config import MissingSetting, Settings
from bot.ops.http import Readiness
from bot.slack.app import close_client, configure_logging, create_app, health_app, http_web_app
from bot.storage import maintenance
from bot.storage.errors import StoreUnavailable
from bot.storage.sql import SqlStore

log = logging.getLogger("framework_advisor")


def _stop_on_signals() -> asyncio.Event:
    """An event set by SIGTERM (docker stop) or SIGINT (Ctrl-C), so shutdown closes things cleanly."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def _listen(web_app: web.Application, settings: Settings) -> web.AppRunner:
    # access_log=None: no line per request (the metrics count requests); handlers finishing after the
    # listening socket closes get shutdown_timeout seconds.
    runner = web.AppRunner(web_app, access_log=None, shutdown_timeout=min(settings.shutdown_timeout_s, 5.0))
    await runner.setup()
    await web.TCPSite(runner, settings.host, settings.port).start()
    return runner


async def run(settings: Settings) -> None:
    stop = _stop_on_signals()
    store = await SqlStore.open(settings.store_url)  # connect and migrate now, not on the first request
    purge = maintenance.start(store, settings.conversation_ttl_days)
    app, advisor = create_app(settings, store)
    handler: AsyncSocketModeHandler | None = None
    if settings.slack_app_token is not None:
        readiness = Readiness("socket", advisor.store)
        handler = AsyncSocketModeHandler(app, settings.slack_app_token.get_secret_value())
        runner = await _listen(health_app("socket", readiness), settings)
        await handler.connect_async()  # type: ignore[no-untyped-call]  # slack-bolt leaves it unannotated
        log.info("Socket Mode connected; health check on port %s", settings.port)
    else:
        readiness = Readiness("http", advisor.store)
        runner = await _listen(http_web_app(app, readiness), settings)
        log.info("HTTP mode on %s:%s (POST /slack/events, GET /healthz /readyz /metrics)", settings.host, settings.port)
    try:
        await stop.wait()
        log.info("shutting down: no new requests; waiting up to %ss for answers in flight", settings.shutdown_timeout_s)
    finally:
        # 1. take no new requests: /readyz says 503, the socket closes, the HTTP port closes
        readiness.draining = True
        if handler is not None:
            await handler.close_async()  # type: ignore[no-untyped-call]  # slack-bolt leaves it unannotated
        else:
            await runner.cleanup()
        # 2. let the answers already acked finish (bounded), 3. then close Slack's pool and the store
        if not await advisor.work.drain(settings.shutdown_timeout_s):
            log.warning(
                "shutdown: %d answers still running after %ss; exiting",
                advisor.work.pending,
                settings.shutdown_timeout_s,
            )
        await close_client(app)
        if handler is not None:
            await runner.cleanup()
        await maintenance.stop(purge)
        await store.close()
        log.info("stopped")


def serve(stderr: TextIO) -> int:
    try:
        settings = Settings()
        settings.require()
    except MissingSetting as exc:
        stderr.write(f"framework-bot: {exc}\n")
        return 2
    except ValidationError as exc:
        first = exc.errors()[0]
        stderr.write(f"framework-bot: {str(first['loc'][0]).upper()}: {first['msg']}\n")
        return 2
    configure_logging(settings.log_level, settings.log_format)
    try:
        asyncio.run(run(settings))
    except StoreUnavailable as exc:  # one line, the URL's password masked
        stderr.write(f"framework-bot: {exc}\n")
        return 1
    return 0


def db_upgrade(stderr: TextIO) -> int:
    """`framework-bot db upgrade`: apply the migrations to DATABASE_URL and exit."""

    async def upgrade(url: str) -> None:
        store = await SqlStore.open(url)
        await store.close()

    try:
        settings = Settings()
        asyncio.run(upgrade(settings.store_url))
    except StoreUnavailable as exc:
        stderr.write(f"framework-bot: {exc}\n")
        return 1
    stderr.write("framework-bot: database is up to date\n")
    return 0
