"""What every Slack flow shares: who is asking, telling them, running work safely, and storing threads."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

from slack_sdk.web.async_client import AsyncWebClient

from bot.ops.work import ShuttingDown, WorkLimiter
from bot.slack import blocks
from bot.slack.answer_cache import AnswerCache
from bot.slack.canvas import RecordSaver, SavedRecord
from bot.slack.posting import Respond, tell_user
from bot.storage.decisions import DecisionEntry, DecisionLog
from bot.storage.errors import StoreUnavailable
from bot.storage.store import ConversationStore, StoredConversation, ThreadKey
from knowledge.answer.reply import Reply
from knowledge.answer.reply_builder import HELP_LINES, ReplyBuilder
from knowledge.engine import Engine
from knowledge.reading.intents import UPDATE
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.conversation import CLARIFY, Conversation, Turn
from knowledge.reasoning.thread_state import ConversationState

log = logging.getLogger("framework_advisor")
T = TypeVar("T")

RESTARTING = "I'm restarting and couldn't take this one. Please ask again in a minute."
GONE = "I no longer have this conversation. Ask again with `/framework …`."
DB_APOLOGY = (
    "Sorry, I can't reach my database right now, so I couldn't {what}. "
    "Please try again in a minute; if it keeps happening, tell whoever runs me."
)
SAVE_ATTEMPTS = 25  # compare-and-set retries for one turn; each loser reloads and re-applies its turn
HISTORY_LIMIT = 40  # turns remembered per thread for the decision record
HISTORY_TURN_CHARS = 500
USER_ID = re.compile(r"[UW][A-Z0-9]{1,20}")


@dataclass(frozen=True)
class Asker:
    """Who is talking to us, and where."""

    team: str
    channel: str
    user: str | None

    def key(self, thread_ts: str) -> ThreadKey:
        return ThreadKey(self.team, self.channel, thread_ts)


async def notify(
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


def remember_turn(stored: StoredConversation, text: str, user: str | None) -> None:
    """Keep the thread's turns and the people who spoke, for the record's history and deciders."""
    history = json.loads(stored.extra.get("history", "[]"))
    history = [*history, text[:HISTORY_TURN_CHARS]][-HISTORY_LIMIT:]
    stored.extra["history"] = json.dumps(history)
    deciders = json.loads(stored.extra.get("deciders", "[]"))
    if user and USER_ID.fullmatch(user) and user not in deciders:
        deciders.append(user)
    stored.extra["deciders"] = json.dumps(deciders)


class AdvisorCore:
    """The advisor's state and the helpers every flow uses; the flows in this package build on it."""

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
            await notify(client, asker, RESTARTING, respond=respond)
        except StoreUnavailable as exc:
            log.error("%s failed: %s", what, exc)
            await notify(client, asker, DB_APOLOGY.format(what=f"finish {what}"), respond=respond)
        except Exception:
            log.exception("%s failed", what)
            await notify(client, asker, f"Sorry, {what} failed. Please try again.", respond=respond)

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
            await notify(client, asker, DB_APOLOGY.format(what="answer that"), thread_ts=thread_ts)

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
        # One database for both (the usual set-up): the entry rides in the save's transaction.
        together = self.decisions is not None and self.decisions is cast(object, self.store)
        entry = self._decision_entry(asker, thread_ts, stored, advice) if together else None
        if not await self.store.save(asker.key(thread_ts), stored, entry):
            return False
        if not together:
            await self._log_decision(asker, thread_ts, stored, advice)
        return True

    async def _log_decision(
        self, asker: Asker, thread_ts: str, stored: StoredConversation, advice: Advice, saved: SavedRecord | None = None
    ) -> None:
        """Upsert the thread's entry (a saved record's ID and link are kept when `saved` is None)."""
        if self.decisions is None:
            return
        await self.decisions.record_decision(self._decision_entry(asker, thread_ts, stored, advice, saved))

    @staticmethod
    def _decision_entry(
        asker: Asker, thread_ts: str, stored: StoredConversation, advice: Advice, saved: SavedRecord | None = None
    ) -> DecisionEntry:
        rec = advice.recommendation
        return DecisionEntry(
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

    async def _stored_or_tell(
        self, client: AsyncWebClient, respond: Respond | None, asker: Asker, thread_ts: str
    ) -> StoredConversation | None:
        stored = await self.store.load(asker.key(thread_ts))
        if stored is None:
            gone = GONE
            if await self.store.was_expired(asker.key(thread_ts)):
                gone = f"This conversation was idle for more than {self.ttl_days:g} days, so I deleted it. " + GONE
            await notify(client, asker, gone, respond=respond)
        return stored
