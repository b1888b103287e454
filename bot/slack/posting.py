"""Posting to Slack with the fallbacks users rely on, and logging errors without secrets."""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks import Message

log = logging.getLogger("framework_advisor")

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
_TOKEN = re.compile(r"\b(xox[abposr]-|xapp-)[A-Za-z0-9-]+")


class RedactTokens(logging.Filter):
    """Defense in depth: mask anything token-shaped in every log record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _TOKEN.search(message):
            record.msg, record.args = _TOKEN.sub(r"\1[redacted]", message), None
        return True


def error_code(exc: SlackApiError) -> str:
    data = exc.response.data if exc.response is not None else None
    return str(data.get("error", "unknown_error")) if isinstance(data, dict) else "unknown_error"


def log_slack_error(action: str, exc: SlackApiError, **where: str) -> str:
    code = error_code(exc)
    log.warning("slack error during %s: %s %s", action, code, " ".join(f"{k}={v}" for k, v in where.items()))
    return code


async def post(client: AsyncWebClient, channel: str, message: Message, thread_ts: str | None = None) -> str:
    """chat.postMessage with unfurls off; returns the new message's ts. Raises SlackApiError."""
    kwargs: dict[str, Any] = {
        "channel": channel,
        "text": message["text"],
        "blocks": message["blocks"],
        "unfurl_links": False,
        "unfurl_media": False,
    }
    if thread_ts:
        kwargs["thread_ts"] = thread_ts
    response = await client.chat_postMessage(**kwargs)
    return str(response["ts"])


async def post_thread(client: AsyncWebClient, channel: str, thread_ts: str, messages: list[Message]) -> None:
    for message in messages:
        await post(client, channel, message, thread_ts)


async def respond_all(respond: Respond, messages: list[Message], response_type: str = "in_channel") -> None:
    """Send through response_url (at most 5 posts per command; we stay under that)."""
    for message in messages[:4]:
        await respond(
            text=message["text"], blocks=message["blocks"], response_type=response_type, replace_original=False
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
            await respond(
                text=message["text"], blocks=message["blocks"], response_type="ephemeral", replace_original=False
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
        await client.chat_postEphemeral(**kwargs)
    except SlackApiError as exc:
        log_slack_error("ephemeral notice", exc, channel=channel)
    except Exception:  # the apology path must never raise
        log.exception("could not deliver an ephemeral notice in %s", channel)
