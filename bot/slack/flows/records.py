"""Decision records: saving a thread's record, sharing it to a design channel, and App Home's list."""

from __future__ import annotations

import datetime
import json

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack import blocks, delivery, views
from bot.slack.flows.core import USER_ID, AdvisorCore, Asker, notify
from bot.slack.flows.fallbacks import post_in_thread
from bot.slack.posting import CANNOT_POST, Respond, log_slack_error, post
from knowledge.answer.madr import RecordMeta, madr_record, record_title
from knowledge.reasoning.conversation import Conversation

NO_RECORD = "I couldn't save the decision record: Slack refused both a canvas and a file upload here."


class RecordFlow(AdvisorCore):
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
        advice = Conversation(self.engine, stored.state).standing_advice()
        deciders = json.loads(stored.extra.get("deciders", "[]")) or ([stored.asked_by] if stored.asked_by else [])
        meta = RecordMeta(
            question=stored.question,
            date=datetime.datetime.now(datetime.UTC).date().isoformat(),
            deciders=tuple(f"![](@{u})" for u in deciders if USER_ID.fullmatch(u)),
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
            await notify(client, asker, NO_RECORD, respond=respond, thread_ts=thread_ts)
            return
        stored, _ = await self._compare_and_set(
            asker.key(thread_ts), stored, lambda current: current.extra.update(record_id=saved.record_id)
        )
        await self._log_decision(asker, thread_ts, stored, advice, saved)
        message = blocks.record_saved(title, saved.url, saved.kind, saved.updated)
        await post_in_thread(client, asker, thread_ts, [message], respond)

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

    async def share(
        self, client: AsyncWebClient, respond: Respond | None, asker: Asker, thread_ts: str, *, target: str | None
    ) -> None:
        """Post the decision record to a design channel, with a permalink back to the thread."""
        target = target or self.design_channel
        if not target:
            await notify(
                client,
                asker,
                "No design channel is set (DESIGN_CHANNEL). Use `/framework … --share #channel`.",
                respond=respond,
            )
            return
        stored = await self._stored_or_tell(client, respond, asker, thread_ts)
        if stored is None:
            return
        advice = Conversation(self.engine, stored.state).standing_advice()
        permalink = await self._permalink(client, asker.channel, thread_ts)
        record = blocks.share_message(self.replies.answer(advice), advice, stored.question, stored.asked_by, permalink)
        link = blocks.channel_link(target)
        try:
            await post(client, target, record)
        except SlackApiError as exc:
            code = log_slack_error("sharing", exc, channel=target)
            hint = " Invite me there with `/invite @Framework Advisor` first." if code in CANNOT_POST else ""
            await notify(
                client, asker, blocks.trusted_notice(f"I couldn't post in {link} ({code}).{hint}"), respond=respond
            )
            return
        await notify(client, asker, blocks.trusted_notice(f"Shared to {link}."), respond=respond)
