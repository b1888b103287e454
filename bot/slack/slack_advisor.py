"""The advisor in Slack: answers in threads, carries conversations, shares decisions.

Listener callbacks (bot/listeners/) translate Bolt payloads into calls here. Everything
posted is built by bot.slack.blocks from knowledge replies; every failure ends in a message to
the user, never in silence.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, TypeVar

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.ops import metrics
from bot.ops.work import ShuttingDown, WorkLimiter
from bot.slack import blocks, delivery, limits, views
from bot.slack.answer_cache import AnswerCache, FirstAnswer
from bot.slack.canvas import RecordSaver, SavedRecord
from bot.slack.command_text import CommandRequest
from bot.slack.posting import CANNOT_POST, Respond, log_slack_error, post, respond_all, tell_user
from bot.slack.slack_text import escape, readable
from bot.storage.decisions import DecisionEntry, DecisionLog
from bot.storage.errors import StoreUnavailable
from bot.storage.store import ConversationStore, StoredConversation, ThreadKey
from knowledge.answer.madr import RecordMeta, is_save_request, madr_record, record_title
from knowledge.answer.reply import Reply
from knowledge.answer.reply_builder import HELP_LINES, ReplyBuilder
from knowledge.engine import Engine
from knowledge.reading.intents import UPDATE
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.conversation import CLARIFY, Conversation, ConversationState, Turn

log = logging.getLogger("framework_advisor")
T = TypeVar("T")

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
HISTORY_LIMIT = 40  # turns remembered per thread for the decision record
HISTORY_TURN_CHARS = 500
NO_RECORD = "I couldn't save the decision record: Slack refused both a canvas and a file upload here."
_USER_ID = re.compile(r"[UW][A-Z0-9]{1,20}")


@dataclass(frozen=True)
class Asker:
    """Who is talking to us, and where."""

    team: str
    channel: str
    user: str | None

    def key(self, thread_ts: str) -> ThreadKey:
        return ThreadKey(self.team, self.channel, thread_ts)


def remember_turn(stored: StoredConversation, text: str, user: str | None) -> None:
    """Keep the thread's turns and the people who spoke, for the record's history and deciders."""
    history = json.loads(stored.extra.get("history", "[]"))
    history = [*history, text[:HISTORY_TURN_CHARS]][-HISTORY_LIMIT:]
    stored.extra["history"] = json.dumps(history)
    deciders = json.loads(stored.extra.get("deciders", "[]"))
    if user and _USER_ID.fullmatch(user) and user not in deciders:
        deciders.append(user)
    stored.extra["deciders"] = json.dumps(deciders)


class SlackAdvisor:
    def __init__(
        self,
        engine: Engine,
        store: ConversationStore,
        design_channel: str | None = None,
        decisions: DecisionLog | None = None,
        *,
        work: WorkLimiter | None = None,
        answer_cache: int = 512,
        ttl_days: float = 90,
    ) -> None:
        self.engine = engine
        self.first_answers = AnswerCache(answer_cache)
        self.work = work or WorkLimiter()
        self.replies = ReplyBuilder(engine)
        self.store = store
        self.design_channel = design_channel
        self.decisions = decisions
        self.saver = RecordSaver()
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
            share = bool(self.design_channel)
            parent = blocks.parent_message(reply, turn.advice, question, user, frameworks=names, share=share)
            return parent, blocks.reply_messages(reply, skip=blocks.PARENT_SECTIONS, table_first=True)
        share = bool(self.design_channel)
        intro = blocks.parent_message(Reply(title=""), turn.advice, question, user, frameworks=names, share=share)
        return intro, blocks.reply_messages(self.replies.reply(turn), table_first=True)

    # ---- the decision log ------------------------------------------------------------

    async def _save_conversation(
        self, asker: Asker, thread_ts: str, stored: StoredConversation, text: str, advice: Advice
    ) -> bool:
        """Store a new thread's first turn and upsert its decision-log entry; False (nothing written) when
        another turn had already started this thread."""
        remember_turn(stored, text, asker.user)
        if not await self.store.save(asker.key(thread_ts), stored):
            return False
        await self._log_decision(asker, thread_ts, stored, advice)
        return True

    async def _log_decision(
        self, asker: Asker, thread_ts: str, stored: StoredConversation, advice: Advice, saved: SavedRecord | None = None
    ) -> None:
        """Upsert the thread's entry (a saved record's ID and link are kept when `saved` is None)."""
        if self.decisions is None:
            return
        rec = advice.recommendation
        entry = DecisionEntry(
            asker.team,
            asker.channel,
            thread_ts,
            stored.question,
            rec.framework if rec else None,
            rec.confidence if rec else None,
            stored.asked_by,
            time.time(),
            saved.record_id if saved else None,
            saved.url if saved else None,
        )
        await self.decisions.record_decision(entry)

    async def _permalink(self, client: AsyncWebClient, channel: str, ts: str) -> str | None:
        try:
            found = await delivery.call(
                "chat.getPermalink", lambda: client.chat_getPermalink(channel=channel, message_ts=ts)
            )
            return str(found["permalink"])
        except SlackApiError as exc:
            log_slack_error("getting a permalink", exc, channel=channel)
            return None

    async def save_record(self, client: AsyncWebClient, respond: Respond | None, asker: Asker, thread_ts: str) -> None:
        """Write the thread's decision record (canvas, else a file) and point the thread at it.

        Saving again updates the same record, so it always reflects the conversation so far.
        """
        stored = await self._stored_or_tell(client, respond, asker, thread_ts)
        if stored is None:
            return
        advice = self.engine.advisor.advise(Conversation(self.engine, stored.state).query())
        deciders = json.loads(stored.extra.get("deciders", "[]")) or ([stored.asked_by] if stored.asked_by else [])
        meta = RecordMeta(
            question=stored.question,
            date=datetime.datetime.now(datetime.UTC).date().isoformat(),
            deciders=tuple(f"![](@{u})" for u in deciders if _USER_ID.fullmatch(u)),
            thread_url=await self._permalink(client, asker.channel, thread_ts),
            history=tuple(json.loads(stored.extra.get("history", "[]"))),
        )
        title = record_title(advice, self.engine.kb, stored.question)
        markdown = madr_record(advice, self.engine.kb, meta)
        previous = await self.decisions.get_decision(asker.team, asker.channel, thread_ts) if self.decisions else None
        saved = await self.saver.save(
            client,
            team=asker.team,
            channel=asker.channel,
            thread_ts=thread_ts,
            title=title,
            markdown=markdown,
            previous=previous.record_id if previous else stored.extra.get("record_id"),
        )
        if saved is None:
            await self.notify(client, asker, NO_RECORD, respond=respond, thread_ts=thread_ts)
            return
        stored, _ = await self._compare_and_set(
            asker.key(thread_ts), stored, lambda current: current.extra.update(record_id=saved.record_id)
        )
        await self._log_decision(asker, thread_ts, stored, advice, saved)
        message = blocks.record_saved(title, saved.url, saved.kind, saved.updated)
        await self._post_in_thread(client, asker, thread_ts, [message], respond)

    async def publish_home(self, client: AsyncWebClient, team: str, user: str, offset: int = 0) -> None:
        """App Home: the workspace's decisions, newest first, one page at a time."""
        offset = max(0, offset)
        entries = await self.decisions.list_decisions(team, views.HOME_PAGE_SIZE + 1, offset) if self.decisions else []
        # A DM with the bot is private: only the person who asked sees it on their Home.
        page = [e for e in entries[: views.HOME_PAGE_SIZE] if not e.channel.startswith("D") or e.asked_by == user]
        permalinks = {}
        for entry in page:
            link = await self._permalink(client, entry.channel, entry.thread_ts)
            if link:
                permalinks[f"{entry.channel}/{entry.thread_ts}"] = link
        view = views.home_view(
            page,
            self.replies.names,
            offset=offset,
            has_more=len(entries) > views.HOME_PAGE_SIZE,
            permalinks=permalinks,
        )
        await delivery.call("views.publish", lambda: client.views_publish(user_id=user, view=view))

    async def open_form(self, client: AsyncWebClient, trigger_id: str, channel: str | None = None) -> None:
        form = views.question_form(self.engine.kb, channel)
        await delivery.call("views.open", lambda: client.views_open(trigger_id=trigger_id, view=form))

    def _first_answer(self, text: str, question: str, user: str | None) -> FirstAnswer:
        """A new conversation's first turn and its messages; the same (text, question, user) is cached."""

        def build() -> FirstAnswer:
            conversation = Conversation(self.engine)
            turn = conversation.turn(text)
            if turn.intent == CLARIFY:
                asked = turn.advice.clarification or "What are you building, and what matters most?"
                return FirstAnswer(conversation.state, asked, {}, [])
            parent, thread = self._answer_messages(turn, question, user)
            return FirstAnswer(conversation.state, None, parent, thread, turn.advice)

        return self.first_answers.get((text, question, user), build)

    # ---- /framework ------------------------------------------------------------------

    async def answer_command(
        self, client: AsyncWebClient, respond: Respond, asker: Asker, request: CommandRequest
    ) -> None:
        parent_ts = await self.answer_new(client, asker, request.text, respond)
        if parent_ts and request.share:
            await self._share_from_command(client, respond, asker, parent_ts, request)

    async def answer_form(self, client: AsyncWebClient, asker: Asker, text: str) -> None:
        """The guided form's question, posted in the chosen channel exactly as if it had been typed."""
        await self.answer_new(client, asker, text)

    async def _direct_note(self, client: AsyncWebClient, asker: Asker, code: str) -> None:
        """Tell the asker in their DM with the app why the answer did not appear where they asked."""
        where = blocks.channel_link(asker.channel)
        note = blocks.trusted_notice(
            f"I couldn't post your answer in {where} ({code}). Invite me there with "
            "`/invite @Framework Advisor` and ask again, or ask me here."
        )
        try:
            await post(client, str(asker.user), note)
        except SlackApiError as exc:
            log_slack_error("sending a direct note", exc, channel=asker.channel)

    async def answer_new(
        self, client: AsyncWebClient, asker: Asker, text: str, respond: Respond | None = None
    ) -> str | None:
        """A new question in a channel (command or form): a parent post, the details in its thread.

        Returns the parent's ts, or None when nothing public was posted.
        """
        answer = self._first_answer(text, text, asker.user)
        if answer.clarification is not None:  # nothing understood: ask the asker alone, don't fill the channel
            await self.notify(client, asker, blocks.notice(answer.clarification, HELP_LINES), respond=respond)
            return None
        parent, thread = answer.parent, answer.thread
        try:
            parent_ts = await post(client, asker.channel, parent)
        except SlackApiError as exc:
            code = log_slack_error("posting an answer", exc, channel=asker.channel)
            if respond is None and code in CANNOT_POST and asker.user:  # the form: no response_url, so a DM
                await self._direct_note(client, asker, code)
                return None
            # still answer, where Slack lets us: through response_url
            rest = [_without_actions(parent), *thread][:3]
            if await self._answer_elsewhere(client, asker, rest, code, respond) and respond is not None:
                hint = INVITE_HINT if code in CANNOT_POST else ANSWERED_HERE.format(code=code)
                await self.notify(client, asker, hint, respond=respond)
            return None
        assert answer.advice is not None  # every answer that is not a clarification has its advice
        stored = StoredConversation(answer.state, text, asker.user)
        try:  # a new thread: compare-and-set inserts it (the cache never stands in for the save or the log)
            await self._save_conversation(asker, parent_ts, stored, text, answer.advice)
        except StoreUnavailable as exc:  # the answer is posted; deliver it all, and say follow-ups won't work
            log.error("could not store a new conversation: %s", exc)
            await self._post_in_thread(client, asker, parent_ts, thread, respond)
            await self.notify(
                client, asker, DB_APOLOGY.format(what="remember this thread for follow-ups"), respond=respond
            )
            return None
        await self._post_in_thread(client, asker, parent_ts, thread, respond)
        return parent_ts

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
                if code in CANNOT_POST and respond is not None:  # e.g. a shortcut where the bot is not a member
                    if await self._answer_elsewhere(client, asker, rest[:3], code, respond, private=True):
                        await self.notify(client, asker, INVITE_HINT, respond=respond)
                    return
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
        private: bool = False,
    ) -> bool:
        """Posting failed even after retries: the answer through response_url (to the asker alone when
        `private`), else an apology that says what to do next. True when the answer itself got through."""
        if respond is not None:
            try:
                await respond_all(respond, messages, response_type="ephemeral" if private else "in_channel")
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
            await self._post_in_thread(client, asker, thread_ts, [*notice, self.help_message()], respond)
            return
        conversation = Conversation(self.engine)
        turn = conversation.turn(text)
        if turn.intent == CLARIFY and respond is not None:  # a shortcut on a message with nothing to go on
            hint = turn.advice.clarification or "What are you building, and what matters most?"
            await self.notify(client, asker, blocks.notice(hint, HELP_LINES), respond=respond)
            return
        asked = question if question is not None else text
        parent, thread = self._answer_messages(turn, asked, asker.user)
        stored = StoredConversation(conversation.state, asked, asker.user)
        if not await self._save_conversation(asker, thread_ts, stored, text, turn.advice):
            stored_first = await self.store.load(asker.key(thread_ts))  # another turn started it first: continue it
            if stored_first is not None:
                await self._follow_up(client, asker, thread_ts, stored_first, text, respond=respond)
                return
        await self._post_in_thread(client, asker, thread_ts, [*notice, parent, *thread], respond)

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
        await self._post_in_thread(client, asker, thread_ts, messages, respond)

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

    async def _apply_turn(self, asker: Asker, thread_ts: str, stored: StoredConversation, text: str) -> Turn:
        """One turn, saved by compare-and-set, then its decision-log entry."""

        def take_turn(current: StoredConversation) -> Turn:
            conversation = Conversation(self.engine, current.state)
            turn = conversation.turn(text)
            current.state = conversation.state
            remember_turn(current, text, asker.user)
            return turn

        saved, turn = await self._compare_and_set(asker.key(thread_ts), stored, take_turn)
        await self._log_decision(asker, thread_ts, saved, turn.advice)
        return turn

    async def _compare_and_set(
        self, key: ThreadKey, stored: StoredConversation, change: Callable[[StoredConversation], T]
    ) -> tuple[StoredConversation, T]:
        """Apply `change` to a copy and save it; if another turn in this thread saved first, reload and redo."""
        for attempt in range(SAVE_ATTEMPTS):
            current = replace(stored, extra=dict(stored.extra))  # a loser redoes its change on fresh data
            result = change(current)
            if await self.store.save(key, current):
                return current, result
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
        permalink = await self._permalink(client, asker.channel, thread_ts)
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
