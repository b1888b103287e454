"""Builds the Bolt AsyncApp: client with retry handlers, de-duplication, listeners, web routes."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler, AsyncServerErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from bot.slack.listeners import actions, commands, events
from bot.slack.oauth import oauth_settings, register_uninstall
from bot.slack.posting import RedactTokens
from bot.slack.slack_advisor import SlackAdvisor
from bot.storage.sql import SqlStore
from bot.storage.store import ConversationStore
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
    }
)
BOT_EVENTS = frozenset(
    {"app_mention", "message.channels", "message.groups", "message.im", "message.mpim"}
    | {"app_uninstalled", "tokens_revoked"}  # bot.slack.oauth: forget the workspace
)
METHOD_SCOPES = {  # every Web API method the bot calls -> the scopes that allow it (any one suffices)
    "auth.test": set(),
    "chat.getPermalink": set(),
    "apps.connections.open": set(),
    "chat.postMessage": {"chat:write"},
    "chat.postEphemeral": {"chat:write"},
    "conversations.replies": {"channels:history", "groups:history", "im:history", "mpim:history"},
}
EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
log = logging.getLogger("framework_advisor")


def make_client(settings: Settings) -> AsyncWebClient:
    # With OAuth, each request gets the token of its workspace; SLACK_BOT_TOKEN is then unused.
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token and not settings.oauth else None
    client = AsyncWebClient(token=token, base_url=settings.slack_api_url)
    # 429: wait Retry-After and try again; 5xx: one more try. Bolt copies these into each request's client.
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=3))
    client.retry_handlers.append(AsyncServerErrorRetryHandler(max_retry_count=1))
    return client


class _SameTokenNotice(logging.Filter):
    """Bolt warns that SLACK_BOT_TOKEN is unused when a client is given; ours carries that very token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


log.addFilter(_SameTokenNotice())


def create_app(
    settings: Settings, store: ConversationStore, engine: Engine | None = None
) -> tuple[AsyncApp, SlackAdvisor]:
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
    advisor = SlackAdvisor(engine or default_engine(), store, settings.design_channel, settings.conversation_ttl_days)
    if isinstance(store, SqlStore):
        register_uninstall(app, store)
    commands.register(app, advisor)
    events.register(app, advisor)
    actions.register(app, advisor)
    return app, advisor


def _healthz(mode: str) -> Callable[[web.Request], Awaitable[web.Response]]:
    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"ok": True, "mode": mode})

    return healthz


def health_app(mode: str) -> web.Application:
    """GET /healthz alone: Socket Mode has no HTTP endpoint, but Docker's HEALTHCHECK needs one."""
    web_app = web.Application()
    web_app.router.add_get(HEALTH_PATH, _healthz(mode))
    return web_app


def http_web_app(app: AsyncApp) -> web.Application:
    """Bolt's aiohttp app (POST /slack/events, signature-checked) plus GET /healthz."""
    web_app = app.web_app(path=EVENTS_PATH)
    web_app.router.add_get(HEALTH_PATH, _healthz("http"))
    return web_app


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
