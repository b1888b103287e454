"""Conversations in threads: follow-ups, mentions, DMs, the message shortcut and the buttons that act as turns."""

from __future__ import annotations

from functools import partial

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, delivery, limits
from bot.slack.flows.core import DB_APOLOGY, Asker, log, notify
from bot.slack.flows.fallbacks import post_in_thread
from bot.slack.flows.records import RecordFlow
from bot.slack.posting import Respond, log_slack_error
from bot.slack.slack_text import escape, readable
from bot.storage.errors import StoreUnavailable
from bot.storage.store import StoredConversation
from knowledge.answer.madr import is_save_request
from knowledge.answer.reply_builder import HELP_LINES
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.conversation import CLARIFY, Conversation

EXPIRED = (
    "This conversation was idle for more than {days:g} days, so I deleted what it said; "
    "I'm answering this as a fresh conversation."
)
THREAD_CONTEXT_LIMIT = 50  # messages read from a foreign thread before a mention


class ThreadFlow(RecordFlow):  # a RecordFlow for "save" typed in a thread
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
            key = asker.key(thread_ts)
            try:
                stored = await self.store.load(key)
            except StoreUnavailable as exc:  # apologise only where the thread is visibly ours (we posted its parent)
                log.error("database unavailable reading a thread: %s", exc)
                if bot_user_id and event.get("parent_user_id") == bot_user_id:
                    await notify(client, asker, DB_APOLOGY.format(what="answer that"), thread_ts=thread_ts)
                return
            if stored is None and not await self.store.was_expired(key):
                return  # not our thread (a mention there is handled by app_mention): nothing recorded
            if stored is None:
                work = partial(self._start_in_thread, client, asker, thread_ts, text, expired=True)
            else:
                work = partial(self._follow_up, client, asker, thread_ts, stored, text)
            await self._once(client, asker, f"message:{channel}:{ts}", work, thread_ts)
        elif event.get("channel_type") == "im":
            await self._once(
                client, asker, f"message:{channel}:{ts}", partial(self._start_in_thread, client, asker, ts, text)
            )
        elif bot_user_id and f"<@{bot_user_id}" in str(event.get("text") or ""):
            # Group DMs send no app_mention; elsewhere the shared claim key keeps this from answering twice.
            await self.handle_mention(client, event, team, bot_user_id)

    async def handle_mention(
        self, client: AsyncWebClient, event: dict[str, object], team: str, bot_user_id: str | None
    ) -> None:
        channel, ts = str(event.get("channel", "")), str(event.get("ts", ""))
        asker = Asker(team, channel, str(event.get("user") or ""))
        thread_ts = event.get("thread_ts")
        reply_in = thread_ts if isinstance(thread_ts, str) else ts

        async def answer() -> None:  # the same message may also arrive as message.channels: one claim for both
            await self._mention(client, asker, event, ts, bot_user_id)

        await self._once(client, asker, f"message:{channel}:{ts}", answer, reply_in)

    async def _mention(
        self, client: AsyncWebClient, asker: Asker, event: dict[str, object], ts: str, bot_user_id: str | None
    ) -> None:
        text = readable(str(event.get("text") or ""), bot_user_id)
        thread_ts = event.get("thread_ts")
        if not isinstance(thread_ts, str) or thread_ts == ts:
            await self._start_in_thread(client, asker, ts, text)
            return
        stored = await self.store.load(asker.key(thread_ts))
        if stored is not None:
            await self._follow_up(client, asker, thread_ts, stored, text)
            return
        if await self.store.was_expired(asker.key(thread_ts)):
            await self._start_in_thread(client, asker, thread_ts, text, expired=True)
            return
        history = await self._thread_text(client, asker.channel, thread_ts, ts, bot_user_id)
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
        self,
        client: AsyncWebClient,
        asker: Asker,
        thread_ts: str,
        text: str,
        *,
        question: str | None = None,
        respond: Respond | None = None,
        expired: bool = False,
    ) -> None:
        notice = [blocks.notice(EXPIRED.format(days=self.ttl_days))] if expired else []
        if not text.strip():
            await post_in_thread(client, asker, thread_ts, [*notice, self.help_message()], respond)
            return
        conversation = Conversation(self.engine)
        turn = conversation.turn(text)
        if turn.intent == CLARIFY and respond is not None:  # a shortcut on a message with nothing to go on
            hint = turn.advice.clarification or "What are you building, and what matters most?"
            await notify(client, asker, blocks.notice(hint, HELP_LINES), respond=respond)
            return
        asked = question if question is not None else text
        parent, thread = self._answer_messages(turn, asked, asker.user)
        stored = StoredConversation(conversation.state, asked, asker.user)
        if not await self._save_conversation(asker, thread_ts, stored, text, turn.advice):
            stored_first = await self.store.load(asker.key(thread_ts))  # another turn started it first: continue it
            if stored_first is not None:
                await self._follow_up(client, asker, thread_ts, stored_first, text, respond=respond)
                return
        await post_in_thread(client, asker, thread_ts, [*notice, parent, *thread], respond)

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
        if is_save_request(text):
            await self.save_record(client, respond, asker, thread_ts)
            return
        turn = await self._apply_turn(asker, thread_ts, stored, text)
        messages = blocks.reply_messages(self.replies.reply(turn))
        if turn.advice.deciding_question and turn.advice.deciding_question.choices:
            messages.append(self._decide_message(turn.advice))
        last = messages[-1]["blocks"]
        if len(last) < limits.MAX_BLOCKS:
            last.append(blocks.save_block())
        else:
            messages.append({"text": "Save as decision record", "blocks": [blocks.save_block()]})
        await post_in_thread(client, asker, thread_ts, messages, respond)

    def _decide_message(self, advice: Advice) -> blocks.Message:
        """The deciding question again after a follow-up, with its choices as buttons."""
        assert advice.deciding_question is not None
        question = advice.deciding_question.question
        return {
            "text": blocks.fallback([question], 150),
            "blocks": [
                blocks.text_block(f"*The question that decides it:* {escape(question)}"),
                blocks.decide_block(advice),
            ],
        }

    async def answer_message_shortcut(
        self,
        client: AsyncWebClient,
        respond: Respond,
        asker: Asker,
        message: dict[str, object],
        bot_user_id: str | None,
    ) -> None:
        """'Ask Framework Advisor' on a message: read it and its thread, answer in that thread."""
        ts = str(message.get("ts") or "")
        thread_ts = str(message.get("thread_ts") or ts)
        text = readable(str(message.get("text") or ""), bot_user_id)
        stored = await self.store.load(asker.key(thread_ts))
        if stored is not None:  # already a conversation: the message is one more turn
            await self._follow_up(client, asker, thread_ts, stored, text, respond=respond)
            return
        if await self.store.was_expired(asker.key(thread_ts)):  # what the thread said was deleted: not re-read
            await self._start_in_thread(client, asker, thread_ts, text, respond=respond, expired=True)
            return
        history = await self._thread_text(client, asker.channel, thread_ts, ts, bot_user_id) if thread_ts else []
        combined = " . ".join([*history, text]) if history else text
        await self._start_in_thread(client, asker, thread_ts, combined, question=text or combined, respond=respond)

    # ---- buttons ---------------------------------------------------------------------

    async def button_turn(
        self, client: AsyncWebClient, respond: Respond, asker: Asker, thread_ts: str, text: str
    ) -> None:
        """Compare…, Migration notes and Start over act as if the user typed a turn in the thread."""
        stored = await self._stored_or_tell(client, respond, asker, thread_ts)
        if stored is not None:
            await self._follow_up(client, asker, thread_ts, stored, text, respond=respond)
