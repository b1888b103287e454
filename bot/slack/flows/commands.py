"""New questions in a channel: `/framework` (and its `--share`) and the guided form."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, delivery, views
from bot.slack.answer_cache import FirstAnswer
from bot.slack.command_text import CommandRequest
from bot.slack.flows.core import DB_APOLOGY, Asker, log, notify
from bot.slack.flows.fallbacks import INVITE_HINT, answer_elsewhere, direct_note, post_in_thread, without_actions
from bot.slack.flows.records import RecordFlow
from bot.slack.posting import CANNOT_POST, Respond, log_slack_error, post
from bot.storage.errors import StoreUnavailable
from bot.storage.store import StoredConversation
from knowledge.answer.reply_builder import HELP_LINES
from knowledge.reasoning.conversation import CLARIFY, Conversation

ANSWERED_HERE = (
    "Slack kept failing ({code}) when I posted in the channel, so I answered here instead. "
    "Follow-ups need a thread: ask again with `/framework …` to get one."
)


class CommandFlow(RecordFlow):  # a RecordFlow for `--share`
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

    async def answer_new(
        self, client: AsyncWebClient, asker: Asker, text: str, respond: Respond | None = None
    ) -> str | None:
        """A new question in a channel (command or form): a parent post, the details in its thread.

        Returns the parent's ts, or None when nothing public was posted.
        """
        answer = self._first_answer(text, text, asker.user)
        if answer.clarification is not None:  # nothing understood: ask the asker alone, don't fill the channel
            await notify(client, asker, blocks.notice(answer.clarification, HELP_LINES), respond=respond)
            return None
        parent, thread = answer.parent, answer.thread
        try:
            parent_ts = await post(client, asker.channel, parent)
        except SlackApiError as exc:
            code = log_slack_error("posting an answer", exc, channel=asker.channel)
            if respond is None and code in CANNOT_POST and asker.user:  # the form: no response_url, so a DM
                await direct_note(client, asker, code)
                return None
            # still answer, where Slack lets us: through response_url
            rest = [without_actions(parent), *thread][:3]
            if await answer_elsewhere(client, asker, rest, code, respond) and respond is not None:
                hint = INVITE_HINT if code in CANNOT_POST else ANSWERED_HERE.format(code=code)
                await notify(client, asker, hint, respond=respond)
            return None
        assert answer.advice is not None  # every answer that is not a clarification has its advice
        stored = StoredConversation(answer.state, text, asker.user)
        try:  # a new thread: compare-and-set inserts it (the cache never stands in for the save or the log)
            await self._save_conversation(asker, parent_ts, stored, text, answer.advice)
        except StoreUnavailable as exc:  # the answer is posted; deliver it all, and say follow-ups won't work
            log.error("could not store a new conversation: %s", exc)
            await post_in_thread(client, asker, parent_ts, thread, respond)
            await notify(client, asker, DB_APOLOGY.format(what="remember this thread for follow-ups"), respond=respond)
            return None
        await post_in_thread(client, asker, parent_ts, thread, respond)
        return parent_ts

    async def _share_from_command(
        self, client: AsyncWebClient, respond: Respond, asker: Asker, thread_ts: str, request: CommandRequest
    ) -> None:
        targets = request.share_channels or ([self.design_channel] if self.design_channel else [])
        for target in targets:
            await self.share(client, respond, asker, thread_ts, target=target)
        if not targets:
            seen = f" with a channel I can see (I got {request.share_unresolved})." if request.share_unresolved else "."
            await notify(
                client,
                asker,
                "I couldn't share: no design channel is set. Use `--share #channel`" + seen,
                respond=respond,
            )
