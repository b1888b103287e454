"""`/framework`: ack at once, then answer in a new thread (or through response_url); alone, it opens the form."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncBoltContext, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.command_text import parse_command
from bot.slack.slack_advisor import Asker, SlackAdvisor

COMMAND = "/framework"


class CommandListeners:
    def __init__(self, advisor: SlackAdvisor) -> None:
        self.advisor = advisor

    async def on_framework(
        self,
        ack: AsyncAck,
        command: dict[str, Any],
        client: AsyncWebClient,
        respond: AsyncRespond,
        context: AsyncBoltContext,
    ) -> None:
        request = parse_command(str(command.get("text") or ""), context.bot_user_id)
        if not request.text.strip() and not request.share:  # `/framework` alone: the guided form
            await ack()
            await self.advisor.open_form(client, str(command.get("trigger_id") or ""), command.get("channel_id"))
            return
        if request.kind == "help":
            help_message = self.advisor.help_message()
            await ack(response_type="ephemeral", text=help_message["text"], blocks=help_message["blocks"])
            return
        await ack()  # within Slack's 3 seconds, before any work
        asker = Asker(str(command.get("team_id", "")), str(command.get("channel_id", "")), command.get("user_id"))
        work = self.advisor.answer_command(client, respond, asker, request)
        await self.advisor.run_safely(client, asker, "answering your question", work, respond)


def register(app: AsyncApp, advisor: SlackAdvisor) -> CommandListeners:
    listeners = CommandListeners(advisor)
    app.command(COMMAND)(listeners.on_framework)
    return listeners
