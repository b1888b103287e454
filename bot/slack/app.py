"""Builds the Bolt AsyncApp: one Slack session, request metrics, OAuth when configured, listeners, web routes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from bot.ops import logs, metrics
from bot.ops.http import Readiness, add_routes
from bot.ops.logs import bind_request
from bot.ops.store_metrics import MeasuredStore
from bot.ops.work import WorkLimiter
from bot.slack import delivery
from bot.slack.command_text import HELP_WORDS
from bot.slack.listeners import actions, commands, events, home, shortcuts
from bot.slack.oauth import oauth_settings, register_uninstall
from bot.slack.slack_advisor import SlackAdvisor
from bot.storage.sql import SqlStore
from bot.storage.store import Store
from knowledge.engine import Engine, default_engine

# What the code uses, and therefore exactly what manifest.yml asks for (a test checks both ways).
BOT_SCOPES = frozenset(
    {
        "commands",  # /framework
        "chat:write",  # chat.postMessage, chat.postEphemeral
        "app_mentions:read",  # app_mention
        "channels:history",
        "groups:history",
        "im:history",
        "mpim:history",  # message.* events, conversations.replies
        "canvases:write",  # decision records as canvases
        "files:write",  # decision records as files where canvases are not available
    }
)
BOT_EVENTS = frozenset(
    {"app_mention", "message.channels", "message.groups", "message.im", "message.mpim", "app_home_opened"}
    | {"app_uninstalled", "tokens_revoked"}  # bot.slack.oauth: forget the workspace
)
METHOD_SCOPES = {  # every Web API method the bot calls -> the scopes that allow it (any one suffices)
    "auth.test": set(),
    "chat.getPermalink": set(),
    "apps.connections.open": set(),
    "chat.postMessage": {"chat:write"},
    "chat.postEphemeral": {"chat:write"},
    "conversations.replies": {"channels:history", "groups:history", "im:history", "mpim:history"},
    "canvases.create": {"canvases:write"},
    "canvases.edit": {"canvases:write"},
    "conversations.canvases.create": {"canvases:write"},
    # slack-sdk's wrapper around files.getUploadURLExternal, the upload, files.completeUploadExternal
    "files.upload_v2": {"files:write"},
    "files.getUploadURLExternal": {"files:write"},
    "files.completeUploadExternal": {"files:write"},
    "files.delete": {"files:write"},
    "views.publish": set(),
    "views.open": set(),
}
EVENTS_PATH = "/slack/events"
SLACK_POOL_SIZE = 64  # connections kept to Slack for the whole process
log = logging.getLogger("framework_advisor")
# slack-sdk formats every request and response for a debug line whenever its logger's own level is unset.
logging.getLogger("slack_sdk").setLevel(logging.INFO)
logging.getLogger("slack_sdk.web.async_base_client").setLevel(logging.INFO)


def make_client(settings: Settings) -> AsyncWebClient:
    """One client, one aiohttp session (a keep-alive pool) for every Web API call of the process.

    Bolt copies the session into each request's client. Retries are bot.slack.delivery's, counted there,
    so slack-sdk's own retry handlers are off. Without a running loop (a plain script) each call opens
    its own session, as slack-sdk does by default.
    """
    # With OAuth, each request gets the token of its workspace; SLACK_BOT_TOKEN is then unused.
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token and not settings.oauth else None
    session = None
    try:
        asyncio.get_running_loop()
        session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=SLACK_POOL_SIZE), timeout=aiohttp.ClientTimeout(total=15)
        )
    except RuntimeError:
        pass
    return AsyncWebClient(token=token, base_url=settings.slack_api_url, session=session, retry_handlers=[])


async def close_client(app: AsyncApp) -> None:
    """Close the shared session (call at shutdown, after the work in flight finished)."""
    session = app.client.session
    if session is not None and not session.closed:
        await session.close()


def observe_requests() -> Callable[..., Awaitable[Any]]:
    """Count commands, events and clicks by kind, and bind team/channel/thread/request id to the logs."""

    async def observe(body: dict[str, Any], next: Callable[[], Awaitable[BoltResponse]]) -> BoltResponse:
        bind_request(body)
        if "command" in body:
            text = str(body.get("text") or "").strip().lower()
            first = text.split(maxsplit=1)[0] if text else ""
            kind = "help" if text in HELP_WORDS else first if first in ("compare", "migrate") else "ask"
            metrics.COMMANDS.labels(kind).inc()
        elif body.get("type") == "event_callback":
            metrics.EVENTS.labels(str((body.get("event") or {}).get("type", "unknown"))).inc()
        elif body.get("type") == "block_actions":
            for action in body.get("actions") or []:
                metrics.ACTIONS.labels(str(action.get("action_id", "unknown"))).inc()
        return await next()

    return observe


class _SameTokenNotice(logging.Filter):
    """Bolt warns that SLACK_BOT_TOKEN is unused when a client is given; ours carries that very token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


log.addFilter(_SameTokenNotice())


def create_app(settings: Settings, store: Store, engine: Engine | None = None) -> tuple[AsyncApp, SlackAdvisor]:
    """The Bolt app on `store`: conversations, event dedup, and the decision log behind App Home and records."""
    signing_secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    oauth = None
    if settings.oauth:
        if not isinstance(store, SqlStore):
            raise TypeError("OAuth keeps installations in the SQL store; pass a SqlStore")
        oauth = oauth_settings(settings, store.engine, BOT_SCOPES)
    app = AsyncApp(
        client=make_client(settings),
        signing_secret=signing_secret,
        logger=log,
        process_before_response=False,
        oauth_settings=oauth,
    )
    delivery.configure(
        delivery.RetryPolicy(
            budget_s=settings.slack_retry_budget_s, tries=settings.slack_retry_tries, backoff_s=settings.slack_backoff_s
        )
    )
    measured = MeasuredStore(store)  # one store for conversations, dedup and the decision log
    advisor = SlackAdvisor(
        engine or default_engine(),
        measured,
        settings.design_channel,
        measured,
        work=WorkLimiter(settings.work_concurrency),
        answer_cache=settings.answer_cache_size,
        ttl_days=settings.conversation_ttl_days,
    )
    app.middleware(observe_requests())
    register_uninstall(app, measured)
    commands.register(app, advisor)
    events.register(app, advisor)
    actions.register(app, advisor)
    home.register(app, advisor)
    shortcuts.register(app, advisor)
    return app, advisor


def health_app(mode: str, readiness: Readiness | None = None) -> web.Application:
    """GET /healthz, /readyz and /metrics alone: Socket Mode has no HTTP endpoint, but probes need one."""
    return add_routes(web.Application(), readiness or Readiness(mode))


def http_web_app(app: AsyncApp, readiness: Readiness | None = None) -> web.Application:
    """Bolt's aiohttp app (POST /slack/events, signature-checked) plus GET /healthz, /readyz, /metrics."""
    return add_routes(app.web_app(path=EVENTS_PATH), readiness or Readiness("http"))


def configure_logging(level: str, fmt: str = "auto") -> None:
    """structlog over the standard library; see bot.ops.logs."""
    logs.configure_logging(level, fmt)
