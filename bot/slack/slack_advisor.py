"""The advisor in Slack: answers in threads, carries conversations, shares decisions.

Listener callbacks (bot/listeners/) translate Bolt payloads into calls here. Everything
posted is built by bot.slack.blocks from knowledge replies; every failure ends in a message to
the user, never in silence.
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.ops import metrics
from bot.ops.work import ShuttingDown, WorkLimiter
from bot.slack import blocks, delivery
from bot.slack.answer_cache import AnswerCache, FirstAnswer
from bot.slack.command_text import CommandRequest
from bot.slack.posting import CANNOT_POST, Respond, log_slack_error, post, respond_all, tell_user
from bot.slack.slack_text import readable
from bot.storage.store import ConversationStore, StoredConversation, ThreadKey
from knowledge.answer.reply import Reply
from knowledge.answer.reply_builder import HELP_LINES, ReplyBuilder
from knowledge.engine import Engine
from knowledge.reading.intents import UPDATE
from knowledge.reasoning.conversation import CLARIFY, Conversation, Turn

log = logging.getLogger("framework_advisor")

INVITE_HINT = (
    "I'm not a member of this conversation, so I answered here without a thread. "
    "Invite me with `/invite @Framework Advisor` to get threaded follow-ups."
)
APOLOGY = (
    "Sorry, Slack returned an error ({code}) while I was answering, and I could not deliver the answer another "
    "way. Please ask again in a minute; if it keeps happening, Slack may be having trouble (status.slack.com)."
)
ANSWERED_HERE = (
    "Slack kept failing ({code}) when I posted in the channel, so I answered here instead. "
    "Follow-ups need a thread: ask again with `/framework …` to get one."
)
RESTARTING = "I'm restarting and couldn't take this one. Please ask again in a minute."
GONE = "I no longer have this conversation. Ask again with `/framework …`."
THREAD_CONTEXT_LIMIT = 50  # messages read from a foreign thread before a mention


@dataclass(frozen=True)
class Asker:
    """Who is talking to us, and where."""

    team: str
    channel: str
    user: str | None

    def key(self, thread_ts: str) -> ThreadKey:
        return ThreadKey(self.team, self.channel, thread_ts)


class SlackAdvisor:
    def __init__(
        self,
        engine: Engine,
        store: ConversationStore,
        design_channel: str | None = None,
        work: WorkLimiter | None = None,
        answer_cache: int = 512,
    ) -> None:
        self.engine = engine
        self.first_answers = AnswerCache(answer_cache)
        self.work = work or WorkLimiter()
        self.replies = ReplyBuilder(engine)
        self.store = store
        self.design_channel = design_channel

    # ---- telling the user ------------------------------------------------------------

    async def notify(
        self,
        client: AsyncWebClient,
        asker: Asker,
        message: blocks.Message | str,
        *,
        respond: Respond | None = None,
        thread_ts: str | None = None,
    ) -> None:
        """An ephemeral note to the asker; a str is escaped, a Message is sent as built."""
        note = blocks.notice(message) if isinstance(message, str) else message
        await tell_user(client, asker.channel, asker.user or "", note, thread_ts=thread_ts, respond=respond)

    async def run_safely(
        self,
        client: AsyncWebClient,
        asker: Asker,
        what: str,
        work: Coroutine[Any, Any, None],
        respond: Respond | None = None,
    ) -> None:
        """Run a listener's work; any crash is logged and the user is told, never left in silence."""
        try:
            async with self.work.slot():
                await work
        except ShuttingDown:
            work.close()  # never started
            await self.notify(client, asker, RESTARTING, respond=respond)
        except Exception:
            log.exception("%s failed", what)
            await self.notify(client, asker, f"Sorry, {what} failed. Please try again.", respond=respond)

    def help_message(self) -> blocks.Message:
        return blocks.notice(
            "Framework Advisor helps you pick a Python web framework, with sources.",
            [
                *HELP_LINES,
                "`/framework compare django fastapi` · `/framework migrate flask fastapi` · "
                "add `--share #channel` to post the decision to a design channel.",
            ],
        )

    # ---- building replies ------------------------------------------------------------

    def _answer_messages(
        self, turn: Turn, question: str, user: str | None
    ) -> tuple[blocks.Message, list[blocks.Message]]:
        """Parent message (the pick) and thread messages (table, why-nots, migration, sources)."""
        names = self.replies.names
        if turn.intent in (UPDATE, CLARIFY):
            reply = self.replies.answer(turn.advice)
            parent = blocks.parent_message(reply, turn.advice, question, user, frameworks=names)
            return parent, blocks.reply_messages(reply, skip=blocks.PARENT_SECTIONS)
        intro = blocks.parent_message(Reply(title=""), turn.advice, question, user, frameworks=names)
        return intro, blocks.reply_messages(self.replies.reply(turn))

    def _first_answer(self, text: str, question: str, user: str | None) -> FirstAnswer:
        """A new conversation's first turn and its messages; the same (text, question, user) is cached."""

        def build() -> FirstAnswer:
            conversation = Conversation(self.engine)
            turn = conversation.turn(text)
            if turn.intent == CLARIFY:
                asked = turn.advice.clarification or "What are you building, and what matters most?"
                return FirstAnswer(conversation.state, asked, {}, [])
            parent, thread = self._answer_messages(turn, question, user)
            return FirstAnswer(conversation.state, None, parent, thread)

        return self.first_answers.get((text, question, user), build)

    # ---- /framework ------------------------------------------------------------------

    async def answer_command(
        self, client: AsyncWebClient, respond: Respond, asker: Asker, request: CommandRequest
    ) -> None:
        answer = self._first_answer(request.text, request.text, asker.user)
        if answer.clarification is not None:  # nothing understood: ask the asker alone, don't fill the channel
            await self.notify(client, asker, blocks.notice(answer.clarification, HELP_LINES), respond=respond)
            return
        parent, thread = answer.parent, answer.thread
        try:
            parent_ts = await post(client, asker.channel, parent)
        except SlackApiError as exc:
            code = log_slack_error("posting an answer", exc, channel=asker.channel)
            # still answer, where Slack lets us: through response_url
            if await self._answer_elsewhere(client, asker, [_without_actions(parent), *thread][:3], code, respond):
                hint = INVITE_HINT if code in CANNOT_POST else ANSWERED_HERE.format(code=code)
                await self.notify(client, asker, hint, respond=respond)
            return
        await self.store.save(asker.key(parent_ts), StoredConversation(answer.state, request.text, asker.user))
        await self._post_in_thread(client, asker, parent_ts, thread, respond)
        if request.share:
            await self._share_from_command(client, respond, asker, parent_ts, request)

    async def _share_from_command(
        self, client: AsyncWebClient, respond: Respond, asker: Asker, thread_ts: str, request: CommandRequest
    ) -> None:
        targets = request.share_channels or ([self.design_channel] if self.design_channel else [])
        for target in targets:
            await self.share(client, respond, asker, thread_ts, target=target)
        if not targets:
            seen = f" with a channel I can see (I got {request.share_unresolved})." if request.share_unresolved else "."
            await self.notify(
                client,
                asker,
                "I couldn't share: no design channel is set. Use `--share #channel`" + seen,
                respond=respond,
            )

    async def _post_in_thread(
        self,
        client: AsyncWebClient,
        asker: Asker,
        thread_ts: str,
        messages: list[blocks.Message],
        respond: Respond | None = None,
    ) -> None:
        for i, message in enumerate(messages):
            try:
                await post(client, asker.channel, message, thread_ts)
            except SlackApiError as exc:
                code = log_slack_error("posting in a thread", exc, channel=asker.channel)
                rest = [_without_actions(m) for m in messages[i:]]
                await self._answer_elsewhere(client, asker, rest, code, respond, thread_ts=thread_ts)
                return
        metrics.ANSWERS.labels("thread").inc()

    async def _answer_elsewhere(
        self,
        client: AsyncWebClient,
        asker: Asker,
        messages: list[blocks.Message],
        code: str,
        respond: Respond | None,
        *,
        thread_ts: str | None = None,
    ) -> bool:
        """Posting failed even after retries: the answer through response_url, else an apology that says
        what to do next. True when the answer itself got through."""
        if respond is not None:
            try:
                await respond_all(respond, messages)
            except SlackApiError as exc:
                log_slack_error("answering through response_url", exc, channel=asker.channel)
            else:
                metrics.FALLBACKS.labels("response_url").inc()
                metrics.ANSWERS.labels("response_url").inc()
                return True
        elif code not in CANNOT_POST and await self._post_plain(client, asker, messages, thread_ts):
            return True
        metrics.FALLBACKS.labels("apology").inc()
        metrics.ANSWERS.labels("apology").inc()
        await self.notify(client, asker, APOLOGY.format(code=code), respond=respond, thread_ts=thread_ts)
        return False

    async def _post_plain(
        self, client: AsyncWebClient, asker: Asker, messages: list[blocks.Message], thread_ts: str | None
    ) -> bool:
        """No response_url (events): one more try with the answer as plain text, the lightest form."""
        try:
            for message in messages:
                for part in delivery.plain_text(message):
                    await post(client, asker.channel, part, thread_ts)
        except SlackApiError as exc:
            log_slack_error("posting the answer as plain text", exc, channel=asker.channel)
            return False
        metrics.FALLBACKS.labels("plain_text").inc()
        metrics.ANSWERS.labels("degraded").inc()
        return True

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
            stored = await self.store.load(asker.key(thread_ts))
            if stored is None or not await self.store.claim(f"message:{channel}:{ts}"):
                return  # not our thread (a mention there is handled by app_mention), or already answered
            await self._follow_up(client, asker, thread_ts, stored, text)
        elif event.get("channel_type") == "im":
            if await self.store.claim(f"message:{channel}:{ts}"):
                await self._start_in_thread(client, asker, ts, text)
        elif bot_user_id and f"<@{bot_user_id}" in str(event.get("text") or ""):
            # Group DMs send no app_mention; elsewhere the shared claim key keeps this from answering twice.
            await self.handle_mention(client, event, team, bot_user_id)

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
        stored = await self.store.load(asker.key(thread_ts))
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
            response = await delivery.call(
                "conversations.replies",
                lambda: client.conversations_replies(channel=channel, ts=thread_ts, limit=THREAD_CONTEXT_LIMIT),
            )
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
            await self._post_in_thread(client, asker, thread_ts, [self.help_message()])
            return
        conversation = Conversation(self.engine)
        turn = conversation.turn(text)
        parent, thread = self._answer_messages(turn, question if question is not None else text, asker.user)
        await self.store.save(asker.key(thread_ts), StoredConversation(conversation.state, text, asker.user))
        await self._post_in_thread(client, asker, thread_ts, [_without_actions(parent), *thread])

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
        await self.store.save(asker.key(thread_ts), stored)
        messages = blocks.reply_messages(self.replies.reply(turn))
        await self._post_in_thread(client, asker, thread_ts, messages, respond)

    # ---- buttons ---------------------------------------------------------------------

    async def _stored_or_tell(
        self, client: AsyncWebClient, respond: Respond | None, asker: Asker, thread_ts: str
    ) -> StoredConversation | None:
        stored = await self.store.load(asker.key(thread_ts))
        if stored is None:
            await self.notify(client, asker, GONE, respond=respond)
        return stored

    async def button_turn(
        self, client: AsyncWebClient, respond: Respond, asker: Asker, thread_ts: str, text: str
    ) -> None:
        """Compare…, Migration notes and Start over act as if the user typed a turn in the thread."""
        stored = await self._stored_or_tell(client, respond, asker, thread_ts)
        if stored is not None:
            await self._follow_up(client, asker, thread_ts, stored, text, respond=respond)

    async def share(
        self, client: AsyncWebClient, respond: Respond | None, asker: Asker, thread_ts: str, *, target: str | None
    ) -> None:
        """Post the decision record to a design channel, with a permalink back to the thread."""
        target = target or self.design_channel
        if not target:
            await self.notify(
                client,
                asker,
                "No design channel is set (DESIGN_CHANNEL). Use `/framework … --share #channel`.",
                respond=respond,
            )
            return
        stored = await self._stored_or_tell(client, respond, asker, thread_ts)
        if stored is None:
            return
        advice = self.engine.advisor.advise(Conversation(self.engine, stored.state).query())
        permalink = None
        try:
            found = await delivery.call(
                "chat.getPermalink", lambda: client.chat_getPermalink(channel=asker.channel, message_ts=thread_ts)
            )
            permalink = str(found["permalink"])
        except SlackApiError as exc:
            log_slack_error("getting a permalink", exc, channel=asker.channel)
        record = blocks.share_message(self.replies.answer(advice), advice, stored.question, stored.asked_by, permalink)
        link = blocks.channel_link(target)
        try:
            await post(client, target, record)
        except SlackApiError as exc:
            code = log_slack_error("sharing", exc, channel=target)
            hint = " Invite me there with `/invite @Framework Advisor` first." if code in CANNOT_POST else ""
            await self.notify(
                client, asker, blocks.trusted_notice(f"I couldn't post in {link} ({code}).{hint}"), respond=respond
            )
            return
        await self.notify(client, asker, blocks.trusted_notice(f"Shared to {link}."), respond=respond)


def _without_actions(message: blocks.Message) -> blocks.Message:
    """Buttons need a stored thread to act on; drop them where there will be none."""
    return {**message, "blocks": [b for b in message["blocks"] if b["type"] != "actions"]}
