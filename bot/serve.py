"""`framework-bot serve`: Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TextIO

from aiohttp import web
from pydantic import ValidationError
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from bot.app import configure_logging, create_app, health_app, http_web_app
from bot.config import MissingSetting, Settings
from bot.store import SqliteConversationStore

log = logging.getLogger("framework_advisor")


async def run_socket_mode(settings: Settings) -> None:
    store = SqliteConversationStore(settings.database_path)
    app, _ = create_app(settings, store)
    assert settings.slack_app_token is not None  # Settings.require() checked it
    handler = AsyncSocketModeHandler(app, settings.slack_app_token.get_secret_value())
    runner = web.AppRunner(health_app("socket"))
    await runner.setup()
    await web.TCPSite(runner, settings.host, settings.port).start()
    log.info("Socket Mode; health check on port %s", settings.port)
    try:
        await handler.start_async()  # type: ignore[no-untyped-call]  # slack-bolt leaves it unannotated
    finally:
        await runner.cleanup()
        await store.close()


async def run_http(settings: Settings) -> None:
    store = SqliteConversationStore(settings.database_path)
    app, _ = create_app(settings, store)
    runner = web.AppRunner(http_web_app(app))
    await runner.setup()
    await web.TCPSite(runner, settings.host, settings.port).start()
    log.info("HTTP mode on %s:%s (POST /slack/events, GET /healthz)", settings.host, settings.port)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        await store.close()


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
    configure_logging(settings.log_level)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run_socket_mode(settings) if settings.socket_mode else run_http(settings))
    return 0
