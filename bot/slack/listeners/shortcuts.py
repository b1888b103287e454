"""The global shortcut (opens the guided form), the message shortcut, and the form's submission."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import views
from bot.slack.slack_advisor import Asker, SlackAdvisor

FORM_EMPTY = "Tell me what you are building, or pick a few needs."
FORM_NO_CHANNEL = "Pick a channel for the answer."


def _team(body: dict[str, Any]) -> str:
    return str((body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or "")


class ShortcutListeners:
    def __init__(self, advisor: SlackAdvisor) -> None:
        self.advisor = advisor

    async def on_global(self, ack: AsyncAck, body: dict[str, Any], client: AsyncWebClient) -> None:
        await ack()
        await self.advisor.open_form(client, str(body.get("trigger_id") or ""))

    async def on_message(
        self,
        ack: AsyncAck,
        body: dict[str, Any],
        client: AsyncWebClient,
        respond: AsyncRespond,
        context: AsyncBoltContext,
    ) -> None:
        await ack()
        channel = str((body.get("channel") or {}).get("id") or "")
        asker = Asker(_team(body), channel, (body.get("user") or {}).get("id"))
        message = body.get("message") or {}
        work = self.advisor.answer_message_shortcut(client, respond, asker, message, context.bot_user_id)
        await self.advisor.run_safely(client, asker, "answering about that message", work, respond)

    async def on_form(self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient) -> None:
        """Validate in the ack (errors show beside the fields), then answer as if the text were typed."""
        form = views.read_form(self.advisor.engine.kb, view)
        if not form.text:
            await ack(response_action="errors", errors={"kind": FORM_EMPTY})
            return
        if not form.channel:
            await ack(response_action="errors", errors={"channel": FORM_NO_CHANNEL})
            return
        await ack()
        asker = Asker(_team(body), form.channel, (body.get("user") or {}).get("id"))
        work = self.advisor.answer_form(client, asker, form.text)
        await self.advisor.run_safely(client, asker, "answering your question", work)


def register(app: AsyncApp, advisor: SlackAdvisor) -> ShortcutListeners:
    listeners = ShortcutListeners(advisor)
    app.shortcut(views.SHORTCUT_ASK)(listeners.on_global)
    app.shortcut(views.SHORTCUT_MESSAGE)(listeners.on_message)
    app.view(views.FORM_CALLBACK)(listeners.on_form)
    return listeners
