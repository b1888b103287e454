"""The advisor in Slack: answers in threads, carries conversations, shares decisions.

Listener callbacks (bot/listeners/) translate Bolt payloads into calls here. Everything
posted is built by bot.slack.blocks from knowledge replies; every failure ends in a message to
the user, never in silence.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks
from bot.slack.command_text import CommandRequest
from bot.slack.posting import CANNOT_POST, Respond, log_slack_error, post, post_thread, respond_all, tell_user
from bot.slack.slack_text import readable
from bot.storage.errors import StoreUnavailable
from bot.storage.store import ConversationStore, StoredConversation, ThreadKey
from knowledge.answer.reply import Reply
from knowledge.answer.reply_builder import HELP_LINES, ReplyBuilder
from knowledge.engine import Engine
from knowledge.reading.intents import UPDATE
from knowledge.reasoning.conversation import CLARIFY, Conversation, ConversationState, Turn

log = logging.getLogger("framework_advisor")

INVITE_HINT = (
    "I'm not a member of this conversation, so I answered here without a thread. "
    "Invite me with `/invite @Framework Advisor` to get threaded follow-ups."
)
APOLOGY = "Sorry, Slack returned an error ({code}) while I was answering. Please try again in a moment."
GONE = "I no longer have this conversation. Ask again with `/framework …`."
EXPIRED = (
    "This conversation was idle for more than {days:g} days, so I deleted what it said; "
    "I'm answering this as a fresh conversation."
)
DB_APOLOGY = (
    "Sorry, I can't reach my database right now, so I couldn't {what}. "
    "Please try again in a minute; if it keeps happening, tell whoever runs me."
)
SAVE_ATTEMPTS = 25  # compare-and-set retries for one turn; each loser reloads and re-applies its turn
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
        ttl_days: float = 90,
    ) -> None:
        self.engine = engine
        self.replies = ReplyBuilder(engine)
        self.store = store
        self.design_channel = design_channel
        self.ttl_days = ttl_days

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
        self, client: AsyncWebClient, asker: Asker, what: str, work: Awaitable[None], respond: Respond | None = None
    ) -> None:
        """Run a listener's work; any crash is logged and the user is told, never left in silence."""
        try:
            await work
        except StoreUnavailable as exc:
            log.error("%s failed: %s", what, exc)
            await self.notify(client, asker, DB_APOLOGY.format(what=f"finish {what}"), respond=respond)
        except Exception:
            log.exception("%s failed", what)
            await self.notify(client, asker, f"Sorry, {what} failed. Please try again.", respond=respond)

    async def _once(
        self,
        client: AsyncWebClient,
        asker: Asker,
        event_key: str,
        work: Callable[[], Awaitable[None]],
        thread_ts: str | None = None,
    ) -> None:
        """Run `work` for the first delivery of an event only (across retries and replicas).

        If the database fails, the user gets an apology and the event is left unclaimed, so a retry answers."""
        try:
            if not await self.store.claim(event_key):
                return
            await work()
        except StoreUnavailable as exc:
            log.error("database unavailable while answering %s: %s", event_key, exc)
            with contextlib.suppress(Exception):
                await self.store.release(event_key)
            await self.notify(client, asker, DB_APOLOGY.format(what="answer that"), thread_ts=thread_ts)

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

    # ---- /framework ------------------------------------------------------------------

    async def answer_command(
        self, client: AsyncWebClient, respond: Respond, asker: Asker, request: CommandRequest
    ) -> None:
        conversation = Conversation(self.engine)
        turn = conversation.turn(request.text)
        if turn.intent == CLARIFY:  # nothing understood: ask the asker alone, don't fill the channel
            question = turn.advice.clarification or "What are you building, and what matters most?"
            await self.notify(client, asker, blocks.notice(question, HELP_LINES), respond=respond)
            return
        parent, thread = self._answer_messages(turn, request.text, asker.user)
        try:
            parent_ts = await post(client, asker.channel, parent)
        except SlackApiError as exc:
            code = log_slack_error("posting an answer", exc, channel=asker.channel)
            if code in CANNOT_POST:  # still answer, where Slack lets us: through response_url
                await respond_all(respond, [_without_actions(parent), *thread][:3])
                await self.notify(client, asker, INVITE_HINT, respond=respond)
            else:
                await self.notify(client, asker, APOLOGY.format(code=code), respond=respond)
            return
        try:
            await self.store.save(
                asker.key(parent_ts), StoredConversation(conversation.state, request.text, asker.user)
            )
        except StoreUnavailable as exc:  # the answer is posted; deliver it all, and say follow-ups won't work
            log.error("could not store a new conversation: %s", exc)
            await self._post_in_thread(client, asker, parent_ts, thread)
            await self.notify(
                client, asker, DB_APOLOGY.format(what="remember this thread for follow-ups"), respond=respond
            )
            return
        await self._post_in_thread(client, asker, parent_ts, thread)
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
        try:
            await post_thread(client, asker.channel, thread_ts, messages)
        except SlackApiError as exc:
            code = log_slack_error("posting in a thread", exc, channel=asker.channel)
            await self.notify(client, asker, APOLOGY.format(code=code), respond=respond, thread_ts=thread_ts)

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
                    await self.notify(client, asker, DB_APOLOGY.format(what="answer that"), thread_ts=thread_ts)
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
        self,
        client: AsyncWebClient,
        asker: Asker,
        thread_ts: str,
        text: str,
        question: str | None = None,
        *,
        expired: bool = False,
    ) -> None:
        notice = [blocks.notice(EXPIRED.format(days=self.ttl_days))] if expired else []
        if not text.strip():
            await self._post_in_thread(client, asker, thread_ts, [*notice, self.help_message()])
            return
        conversation = Conversation(self.engine)
        turn = conversation.turn(text)
        parent, thread = self._answer_messages(turn, question if question is not None else text, asker.user)
        if not await self.store.save(asker.key(thread_ts), StoredConversation(conversation.state, text, asker.user)):
            stored = await self.store.load(asker.key(thread_ts))  # another turn started it first: continue it
            if stored is not None:
                await self._follow_up(client, asker, thread_ts, stored, text)
                return
        await self._post_in_thread(client, asker, thread_ts, [*notice, _without_actions(parent), *thread])

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
        turn = await self._apply_turn(asker.key(thread_ts), stored, text)
        messages = blocks.reply_messages(self.replies.reply(turn))
        await self._post_in_thread(client, asker, thread_ts, messages, respond)

    async def _apply_turn(self, key: ThreadKey, stored: StoredConversation, text: str) -> Turn:
        """One turn, saved by compare-and-set: if another turn in this thread saved first, reload and redo."""
        for attempt in range(SAVE_ATTEMPTS):
            conversation = Conversation(self.engine, stored.state)
            turn = conversation.turn(text)
            stored.state = conversation.state
            if await self.store.save(key, stored):
                return turn
            fresh = await self.store.load(key)
            if fresh is None:  # deleted meanwhile (TTL, uninstall): this turn starts it again
                stored = StoredConversation(ConversationState(), stored.question, stored.asked_by, stored.extra)
            else:
                stored = fresh
            await asyncio.sleep(random.uniform(0, 0.005 * (attempt + 1)))  # spread out racing turns
        raise StoreUnavailable(f"gave up saving a turn after {SAVE_ATTEMPTS} conflicting saves")

    # ---- buttons ---------------------------------------------------------------------

    async def _stored_or_tell(
        self, client: AsyncWebClient, respond: Respond | None, asker: Asker, thread_ts: str
    ) -> StoredConversation | None:
        stored = await self.store.load(asker.key(thread_ts))
        if stored is None:
            gone = GONE
            if await self.store.was_expired(asker.key(thread_ts)):
                gone = f"This conversation was idle for more than {self.ttl_days:g} days, so I deleted it. " + GONE
            await self.notify(client, asker, gone, respond=respond)
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
            permalink = str((await client.chat_getPermalink(channel=asker.channel, message_ts=thread_ts))["permalink"])
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
