"""The advisor in Slack: answers in threads, carries conversations, shares decisions.

Listener callbacks (bot/listeners/) translate Bolt payloads into calls here. Everything
posted is built by bot.blocks from knowledge replies; every failure ends in a message to
the user, never in silence.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot import blocks
from bot.command_text import CommandRequest
from bot.posting import CANNOT_POST, Respond, log_slack_error, post, post_thread, respond_all, tell_user
from bot.slack_text import readable
from bot.store import ConversationStore, StoredConversation, ThreadKey
from knowledge.conversation import CLARIFY, Conversation, Turn
from knowledge.engine import Engine
from knowledge.intents import UPDATE
from knowledge.replies import HELP_LINES, Replies
from knowledge.reply import Reply

log = logging.getLogger("framework_advisor")

INVITE_HINT = (
    "I'm not a member of this conversation, so I answered here without a thread. "
    "Invite me with `/invite @Framework Advisor` to get threaded follow-ups."
)
APOLOGY = "Sorry, Slack returned an error ({code}) while I was answering. Please try again in a moment."
THREAD_CONTEXT_LIMIT = 50  # messages read from a foreign thread before a mention


@dataclass(frozen=True)
class Asker:
    team: str
    channel: str
    user: str | None


class SlackAdvisor:
    def __init__(self, engine: Engine, store: ConversationStore, design_channel: str | None = None) -> None:
        self.engine = engine
        self.replies = Replies(engine)
        self.store = store
        self.design_channel = design_channel

    # ---- building replies ------------------------------------------------------------

    def help_message(self) -> blocks.Message:
        return blocks.notice(
            "Framework Advisor helps you pick a Python web framework, with sources.",
            [
                *HELP_LINES,
                "`/framework compare django fastapi` · `/framework migrate flask fastapi` · "
                "add `--share #channel` to post the decision to a design channel.",
            ],
        )

    def _answer_messages(
        self, turn: Turn, question: str, user: str | None
    ) -> tuple[blocks.Message, list[blocks.Message]]:
        """Parent message (the pick) and thread messages (table, why-nots, migration, sources)."""
        if turn.intent in (UPDATE, CLARIFY):
            reply = self.replies.answer(turn.advice)
            parent = blocks.parent_message(reply, turn.advice, question, user, frameworks=self.replies.names)
            return parent, blocks.reply_messages(reply, skip=blocks.PARENT_SECTIONS)
        reply = self.replies.reply(turn)
        intro = blocks.parent_message(Reply(title=""), turn.advice, question, user, frameworks=self.replies.names)
        return intro, blocks.reply_messages(reply)

    # ---- /framework ------------------------------------------------------------------

    async def answer_command(
        self, client: AsyncWebClient, respond: Respond, asker: Asker, request: CommandRequest
    ) -> None:
        conversation = Conversation(self.engine)
        turn = conversation.turn(request.text)
        parent, thread = self._answer_messages(turn, request.text, asker.user)
        try:
            parent_ts = await post(client, asker.channel, parent)
        except SlackApiError as exc:
            code = log_slack_error("posting an answer", exc, channel=asker.channel)
            if code in CANNOT_POST:
                await respond_all(respond, [_without_actions(parent), *thread][:3])
                await tell_user(client, asker.channel, asker.user or "", blocks.notice(INVITE_HINT), respond=respond)
            else:
                await tell_user(
                    client, asker.channel, asker.user or "", blocks.notice(APOLOGY.format(code=code)), respond=respond
                )
            return
        key = ThreadKey(asker.team, asker.channel, parent_ts)
        await self.store.save(key, StoredConversation(conversation.state, request.text, asker.user))
        await self._post_or_apologise(client, asker, parent_ts, thread)
        if request.share:
            for target in request.share_channels or ([self.design_channel] if self.design_channel else []):
                await self.share(client, respond, asker, parent_ts, target=target)
            if not request.share_channels and not self.design_channel:
                text = "I couldn't share: no design channel is configured. Use `--share #channel`" + (
                    f" with a channel I can see (I got {request.share_unresolved})."
                    if request.share_unresolved
                    else "."
                )
                await tell_user(client, asker.channel, asker.user or "", blocks.notice(text), respond=respond)

    async def _post_or_apologise(
        self,
        client: AsyncWebClient,
        asker: Asker,
        thread_ts: str,
        messages: list[blocks.Message],
        respond: Respond | None = None,
    ) -> None:
        try:
            await post_thread(client, asker.channel, thread_ts, messages)
        except SlackApiError as exc:
            code = log_slack_error("posting in a thread", exc, channel=asker.channel)
            await tell_user(
                client,
                asker.channel,
                asker.user or "",
                blocks.notice(APOLOGY.format(code=code)),
                thread_ts=thread_ts,
                respond=respond,
            )

    # ---- messages in threads and DMs -------------------------------------------------

    async def handle_message(
        self, client: AsyncWebClient, event: dict[str, object], team: str, bot_user_id: str | None
    ) -> None:
        """A plain message: a follow-up in one of our threads, or a new DM conversation."""
        channel, ts = str(event.get("channel", "")), str(event.get("ts", ""))
        thread_ts = event.get("thread_ts")
        asker = Asker(team, channel, str(event.get("user") or ""))
        text = readable(str(event.get("text") or ""), bot_user_id)
        if isinstance(thread_ts, str) and thread_ts != ts:
            stored = await self.store.load(ThreadKey(team, channel, thread_ts))
            if stored is None or not await self.store.claim(f"message:{channel}:{ts}"):
                return  # not our thread (a mention there is handled by app_mention), or already answered
            await self._follow_up(client, asker, thread_ts, stored, text)
        elif event.get("channel_type") == "im" and await self.store.claim(f"message:{channel}:{ts}"):
            await self._start_in_thread(client, asker, ts, text)

    async def handle_mention(
        self, client: AsyncWebClient, event: dict[str, object], team: str, bot_user_id: str | None
    ) -> None:
        channel, ts = str(event.get("channel", "")), str(event.get("ts", ""))
        if not await self.store.claim(f"message:{channel}:{ts}"):
            return  # the same message already arrived as message.channels
        asker = Asker(team, channel, str(event.get("user") or ""))
        text = readable(str(event.get("text") or ""), bot_user_id)
        thread_ts = event.get("thread_ts")
        if not isinstance(thread_ts, str) or thread_ts == ts:
            await self._start_in_thread(client, asker, ts, text)
            return
        stored = await self.store.load(ThreadKey(team, channel, thread_ts))
        if stored is not None:
            await self._follow_up(client, asker, thread_ts, stored, text)
            return
        history = await self._thread_text(client, channel, thread_ts, ts, bot_user_id)
        await self._start_in_thread(client, asker, thread_ts, " . ".join([*history, text]), question=text)

    async def _thread_text(
        self, client: AsyncWebClient, channel: str, thread_ts: str, mention_ts: str, bot_user_id: str | None
    ) -> list[str]:
        """What people wrote in a thread before mentioning us (bots and edits skipped)."""
        try:
            response = await client.conversations_replies(channel=channel, ts=thread_ts, limit=THREAD_CONTEXT_LIMIT)
        except SlackApiError as exc:
            log_slack_error("reading a thread", exc, channel=channel)
            return []
        messages = response.get("messages") or []
        return [
            readable(str(m.get("text") or ""), bot_user_id)
            for m in messages
            if not m.get("bot_id") and not m.get("subtype") and m.get("ts") != mention_ts
        ]

    async def _start_in_thread(
        self, client: AsyncWebClient, asker: Asker, thread_ts: str, text: str, question: str | None = None
    ) -> None:
        if not text.strip():
            await self._post_or_apologise(client, asker, thread_ts, [self.help_message()])
            return
        conversation = Conversation(self.engine)
        turn = conversation.turn(text)
        parent, thread = self._answer_messages(turn, question if question is not None else text, asker.user)
        await self.store.save(
            ThreadKey(asker.team, asker.channel, thread_ts), StoredConversation(conversation.state, text, asker.user)
        )
        await self._post_or_apologise(client, asker, thread_ts, [_without_actions(parent), *thread])

    async def _follow_up(
        self,
        client: AsyncWebClient,
        asker: Asker,
        thread_ts: str,
        stored: StoredConversation,
        text: str,
        *,
        respond: Respond | None = None,
    ) -> None:
        conversation = Conversation(self.engine, stored.state)
        turn = conversation.turn(text)
        stored.state = conversation.state
        await self.store.save(ThreadKey(asker.team, asker.channel, thread_ts), stored)
        await self._post_or_apologise(
            client, asker, thread_ts, blocks.reply_messages(self.replies.reply(turn)), respond
        )

    # ---- buttons ---------------------------------------------------------------------

    async def button_turn(
        self, client: AsyncWebClient, respond: Respond, asker: Asker, thread_ts: str, text: str
    ) -> None:
        """Compare…, Migration notes and Start over act as if the user typed a turn in the thread."""
        stored = await self.store.load(ThreadKey(asker.team, asker.channel, thread_ts))
        if stored is None:
            await tell_user(
                client,
                asker.channel,
                asker.user or "",
                blocks.notice("I no longer have this conversation. Ask again with `/framework …`."),
                respond=respond,
            )
            return
        await self._follow_up(client, asker, thread_ts, stored, text, respond=respond)

    async def share(
        self, client: AsyncWebClient, respond: Respond | None, asker: Asker, thread_ts: str, *, target: str | None
    ) -> None:
        """Post the decision record to a design channel, with a permalink back to the thread."""
        target = target or self.design_channel
        if not target:
            await tell_user(
                client,
                asker.channel,
                asker.user or "",
                blocks.notice("No design channel is configured (DESIGN_CHANNEL). Use `/framework … --share #channel`."),
                respond=respond,
            )
            return
        stored = await self.store.load(ThreadKey(asker.team, asker.channel, thread_ts))
        if stored is None:
            await tell_user(
                client,
                asker.channel,
                asker.user or "",
                blocks.notice("I no longer have this conversation, so there is nothing to share."),
                respond=respond,
            )
            return
        conversation = Conversation(self.engine, stored.state)
        advice = self.engine.advisor.advise(conversation.query())
        permalink = None
        try:
            permalink = str((await client.chat_getPermalink(channel=asker.channel, message_ts=thread_ts))["permalink"])
        except SlackApiError as exc:
            log_slack_error("getting a permalink", exc, channel=asker.channel)
        message = blocks.share_message(self.replies.answer(advice), advice, stored.question, stored.asked_by, permalink)
        try:
            await post(client, target, message)
        except SlackApiError as exc:
            code = log_slack_error("sharing", exc, channel=target)
            hint = " Invite me there with `/invite @Framework Advisor` first." if code in CANNOT_POST else ""
            await tell_user(
                client,
                asker.channel,
                asker.user or "",
                blocks.trusted_notice(f"I couldn't post in {blocks.channel_link(target)} ({code}).{hint}"),
                respond=respond,
            )
            return
        await tell_user(
            client,
            asker.channel,
            asker.user or "",
            blocks.trusted_notice(f"Shared to {blocks.channel_link(target)}."),
            respond=respond,
        )


def _without_actions(message: blocks.Message) -> blocks.Message:
    """Buttons need a stored thread to act on; drop them where there will be none."""
    return {**message, "blocks": [b for b in message["blocks"] if b["type"] != "actions"]}
