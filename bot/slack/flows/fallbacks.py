"""Getting an answer to the asker when Slack won't take it where they asked: response_url, plain text, a DM,
else an apology that says what to do next."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.ops import metrics
from bot.slack import blocks, delivery
from bot.slack.flows.core import Asker, notify
from bot.slack.posting import CANNOT_POST, Respond, log_slack_error, post, respond_all

INVITE_HINT = (
    "I'm not a member of this conversation, so I answered here without a thread. "
    "Invite me with `/invite @Framework Advisor` to get threaded follow-ups."
)
APOLOGY = (
    "Sorry, Slack returned an error ({code}) while I was answering, and I could not deliver the answer another "
    "way. Please ask again in a minute; if it keeps happening, Slack may be having trouble (status.slack.com)."
)


async def post_in_thread(
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
            rest = [without_actions(m) for m in messages[i:]]
            if code in CANNOT_POST and respond is not None:  # e.g. a shortcut where the bot is not a member
                if await answer_elsewhere(client, asker, rest[:3], code, respond, private=True):
                    await notify(client, asker, INVITE_HINT, respond=respond)
                return
            await answer_elsewhere(client, asker, rest, code, respond, thread_ts=thread_ts)
            return
    metrics.ANSWERS.labels("thread").inc()


async def answer_elsewhere(
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
    elif code not in CANNOT_POST and await post_plain(client, asker, messages, thread_ts):
        return True
    metrics.FALLBACKS.labels("apology").inc()
    metrics.ANSWERS.labels("apology").inc()
    await notify(client, asker, APOLOGY.format(code=code), respond=respond, thread_ts=thread_ts)
    return False


async def post_plain(
    client: AsyncWebClient, asker: Asker, messages: list[blocks.Message], thread_ts: str | None
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


async def direct_note(client: AsyncWebClient, asker: Asker, code: str) -> None:
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


def without_actions(message: blocks.Message) -> blocks.Message:
    """Buttons need a stored thread to act on; drop them where there will be none."""
    return {**message, "blocks": [b for b in message["blocks"] if b["type"] != "actions"]}
