"""Buttons: Save as decision record, Share, Compare…, Migration notes, Start over, the deciding choices,
and App Home's Ask / paging buttons."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, views
from bot.slack.slack_advisor import Asker, SlackAdvisor


def where(body: dict[str, Any]) -> tuple[Asker, str]:
    """Who clicked, and the thread (the parent message's ts) the click belongs to."""
    container = body.get("container") or {}
    channel = str(container.get("channel_id") or (body.get("channel") or {}).get("id") or "")
    team = str((body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or "")
    message = body.get("message") or {}
    thread_ts = str(container.get("thread_ts") or message.get("thread_ts") or container.get("message_ts") or "")
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

    async def on_save(self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond) -> None:
        await ack()
        asker, thread_ts = where(body)
        work = self.advisor.save_record(client, respond, asker, thread_ts)
        await self.advisor.run_safely(client, asker, "saving the decision record", work, respond)

    async def on_decide(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        """A deciding choice: its follow-up enters the conversation exactly like a typed turn."""
        await ack()
        follow_up = str(action.get("value") or "")
        if follow_up:
            await self._turn(body, client, respond, follow_up)

    async def on_home_ask(self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        await self.advisor.open_form(client, str(body.get("trigger_id") or ""))

    async def on_home_page(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()
        user = body.get("user") or {}
        team = str((body.get("team") or {}).get("id") or user.get("team_id") or "")
        offset = int(action["value"]) if str(action.get("value", "")).isdigit() else 0
        await self.advisor.publish_home(client, team, str(user.get("id") or ""), offset)


def register(app: AsyncApp, advisor: SlackAdvisor) -> ActionListeners:
    listeners = ActionListeners(advisor)
    app.action(blocks.ACTION_SAVE)(listeners.on_save)
    app.action(re.compile(rf"^{blocks.ACTION_DECIDE}\d+$"))(listeners.on_decide)
    app.action(views.ACTION_HOME_ASK)(listeners.on_home_ask)
    app.action(views.ACTION_HOME_PAGE)(listeners.on_home_page)
    app.action(blocks.ACTION_SHARE)(listeners.on_share)
    app.action(blocks.ACTION_COMPARE)(listeners.on_compare)
    app.action(blocks.ACTION_MIGRATION)(listeners.on_migration)
    app.action(blocks.ACTION_RESET)(listeners.on_reset)
    return listeners
