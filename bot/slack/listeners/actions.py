"""The parent message's buttons: Share, Compare…, Migration notes, Start over."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks
from bot.slack.slack_advisor import Asker, SlackAdvisor


def where(body: dict[str, Any]) -> tuple[Asker, str]:
    """Who clicked, and the thread (the parent message's ts) the click belongs to."""
    container = body.get("container") or {}
    channel = str(container.get("channel_id") or (body.get("channel") or {}).get("id") or "")
    team = str((body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or "")
    thread_ts = str(container.get("thread_ts") or container.get("message_ts") or "")
    return Asker(team, channel, (body.get("user") or {}).get("id")), thread_ts


class ActionListeners:
    def __init__(self, advisor: SlackAdvisor) -> None:
        self.advisor = advisor

    async def _turn(self, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond, text: str) -> None:
        asker, thread_ts = where(body)
        work = self.advisor.button_turn(client, respond, asker, thread_ts, text)
        await self.advisor.run_safely(client, asker, "that button", work, respond)

    async def on_share(
        self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        asker, thread_ts = where(body)
        work = self.advisor.share(client, respond, asker, thread_ts, target=None)
        await self.advisor.run_safely(client, asker, "sharing", work, respond)

    async def on_compare(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        chosen = [str(option.get("value")) for option in action.get("selected_options") or []]
        if chosen:
            await self._turn(body, client, respond, "compare " + " and ".join(chosen))

    async def on_migration(
        self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        await self._turn(body, client, respond, "how do we migrate?")

    async def on_reset(
        self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        await self._turn(body, client, respond, "start over")


def register(app: AsyncApp, advisor: SlackAdvisor) -> ActionListeners:
    listeners = ActionListeners(advisor)
    app.action(blocks.ACTION_SHARE)(listeners.on_share)
    app.action(blocks.ACTION_COMPARE)(listeners.on_compare)
    app.action(blocks.ACTION_MIGRATION)(listeners.on_migration)
    app.action(blocks.ACTION_RESET)(listeners.on_reset)
    return listeners
