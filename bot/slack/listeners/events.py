"""Messages in our threads and DMs, and @-mentions anywhere the bot is."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.slack_advisor import SlackAdvisor

log = logging.getLogger("framework_advisor")
USER_SUBTYPES = frozenset({"thread_broadcast"})  # a user's thread reply also sent to the channel: still a turn
Handler = Callable[[AsyncWebClient, dict[str, object], str, str | None], Awaitable[None]]


def is_user_message(event: dict[str, Any]) -> bool:
    """Plain human messages only: no edits, deletes, joins, bots or app messages."""
    subtype = event.get("subtype")
    return bool(event.get("user")) and not event.get("bot_id") and (subtype is None or subtype in USER_SUBTYPES)


class EventListeners:
    def __init__(self, advisor: SlackAdvisor) -> None:
        self.advisor = advisor

    async def _dispatch(
        self,
        handler: Handler,
        event: dict[str, Any],
        body: dict[str, Any],
        client: AsyncWebClient,
        context: AsyncBoltContext,
    ) -> None:
        if not is_user_message(event):
            return
        team = str(body.get("team_id") or context.team_id or "")
        try:
            async with self.advisor.work.slot():
                await handler(client, event, team, context.bot_user_id)
        except Exception:  # Slack already has its 200; a crash must not take the app down
            log.exception("handling a %s event failed", event.get("type"))

    async def on_message(
        self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        await self._dispatch(self.advisor.handle_message, event, body, client, context)

    async def on_mention(
        self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        await self._dispatch(self.advisor.handle_mention, event, body, client, context)


def register(app: AsyncApp, advisor: SlackAdvisor) -> EventListeners:
    listeners = EventListeners(advisor)
    app.event("message")(listeners.on_message)
    app.event("app_mention")(listeners.on_mention)
    return listeners
