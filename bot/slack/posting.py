"""Posting to Slack with the fallbacks users rely on, and logging errors without secrets."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.ops import metrics
from bot.ops.logs import RedactTokens
from bot.slack import delivery
from bot.slack.blocks import Message

log = logging.getLogger("framework_advisor")
__all__ = ["RedactTokens"]  # re-exported: callers import it from here

CANNOT_POST = frozenset(
    {
        "not_in_channel",
        "channel_not_found",
        "is_archived",
        "restricted_action",
        "cannot_reply_to_message",
        "ekm_access_denied",
    }
)
Respond = Callable[..., Awaitable[Any]]


def error_code(exc: SlackApiError) -> str:
    data = exc.response.data if exc.response is not None else None
    return str(data.get("error", "unknown_error")) if isinstance(data, dict) else "unknown_error"


def log_slack_error(action: str, exc: SlackApiError, **where: str) -> str:
    code = error_code(exc)
    log.warning("slack error during %s: %s %s", action, code, " ".join(f"{k}={v}" for k, v in where.items()))
    return code


async def _post_once(client: AsyncWebClient, channel: str, message: Message, thread_ts: str | None) -> str:
    kwargs: dict[str, Any] = {
        "channel": channel,
        "text": message["text"],
        "unfurl_links": False,
        "unfurl_media": False,
    }
    if message.get("blocks"):
        kwargs["blocks"] = message["blocks"]
    if thread_ts:
        kwargs["thread_ts"] = thread_ts
    response = await delivery.call("chat.postMessage", lambda: client.chat_postMessage(**kwargs))
    return str(response["ts"])


async def post(client: AsyncWebClient, channel: str, message: Message, thread_ts: str | None = None) -> str:
    """chat.postMessage with unfurls off and retries (bot.slack.delivery); returns the new message's ts.

    A message Slack rejects (too long, invalid blocks) is posted again in a degraded form: smaller blocks
    with the table as preformatted text, then plain text. Raises SlackApiError when nothing could be posted.
    """
    try:
        return await _post_once(client, channel, message, thread_ts)
    except SlackApiError as exc:
        if error_code(exc) not in delivery.REJECTED:
            raise
        rejected = exc
        log_slack_error("posting a message", exc, channel=channel)
    for kind, versions in delivery.degraded(message):
        try:
            first_ts: str | None = None
            for version in versions:
                ts = await _post_once(client, channel, version, thread_ts or first_ts)
                first_ts = first_ts or ts
        except SlackApiError as exc:
            if error_code(exc) not in delivery.REJECTED:
                raise
            continue
        metrics.FALLBACKS.labels(kind).inc()
        log.warning("posted a %s form of a message Slack rejected in %s", kind, channel)
        return first_ts or ""
    raise rejected


async def post_thread(client: AsyncWebClient, channel: str, thread_ts: str, messages: list[Message]) -> None:
    for message in messages:
        await post(client, channel, message, thread_ts)


async def respond_all(respond: Respond, messages: list[Message], response_type: str = "in_channel") -> None:
    """Send through response_url (at most 5 posts per command; we stay under that)."""
    for message in messages[:4]:
        await delivery.respond(
            respond, text=message["text"], blocks=message["blocks"], response_type=response_type, replace_original=False
        )


async def tell_user(
    client: AsyncWebClient,
    channel: str,
    user: str,
    message: Message,
    *,
    thread_ts: str | None = None,
    respond: Respond | None = None,
) -> None:
    """An ephemeral note; through response_url when we have one, else chat.postEphemeral. Never raises."""
    try:
        if respond is not None:
            await delivery.respond(
                respond,
                text=message["text"],
                blocks=message["blocks"],
                response_type="ephemeral",
                replace_original=False,
            )
            return
        kwargs: dict[str, Any] = {
            "channel": channel,
            "user": user,
            "text": message["text"],
            "blocks": message["blocks"],
        }
        if thread_ts:
            kwargs["thread_ts"] = thread_ts
        await delivery.call("chat.postEphemeral", lambda: client.chat_postEphemeral(**kwargs))
    except SlackApiError as exc:
        log_slack_error("ephemeral notice", exc, channel=channel)
    except Exception:  # the apology path must never raise
        log.exception("could not deliver an ephemeral notice in %s", channel)
