"""Messages in our threads and DMs, and @-mentions anywhere the bot is."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.advisor import SlackAdvisor

log = logging.getLogger("framework_advisor")
USER_SUBTYPES = frozenset({"thread_broadcast"})  # a user's thread reply also sent to the channel: still a turn


def is_user_message(event: dict[str, Any]) -> bool:
    """Plain human messages only: no edits, deletes, joins, bots or app messages."""
    subtype = event.get("subtype")
    return bool(event.get("user")) and not event.get("bot_id") and (subtype is None or subtype in USER_SUBTYPES)


class EventListeners:
    def __init__(self, advisor: SlackAdvisor) -> None:
        self.advisor = advisor

    async def on_message(
        self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        if not is_user_message(event):
            return
        team = str(body.get("team_id") or context.team_id or "")
        try:
            await self.advisor.handle_message(client, event, team, context.bot_user_id)
        except Exception:
            log.exception("handling a message failed")

    async def on_mention(
        self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        if not is_user_message(event):
            return
        team = str(body.get("team_id") or context.team_id or "")
        try:
            await self.advisor.handle_mention(client, event, team, context.bot_user_id)
        except Exception:
            log.exception("handling a mention failed")


def register(app: AsyncApp, advisor: SlackAdvisor) -> EventListeners:
    listeners = EventListeners(advisor)
    app.event("message")(listeners.on_message)
    app.event("app_mention")(listeners.on_mention)
    return listeners
