"""Structured logs with structlog: JSON lines when stderr is not a terminal, readable lines when it is.

Everything logs through the standard library (our `framework_advisor` logger, Bolt, slack-sdk, aiohttp);
structlog's ProcessorFormatter renders it, adding the request's context (team, channel, thread, request
id) bound by `bind_request` in a Bolt middleware. Token-shaped strings are masked in every field, and user
text is never logged at INFO: keys that would carry it are dropped below DEBUG.
"""

from __future__ import annotations

import logging
import re
import sys
import uuid
from collections.abc import MutableMapping
from typing import Any

import structlog

TOKEN = re.compile(r"\b(xox[abposre]-|xapp-)[A-Za-z0-9-]+")
USER_TEXT_KEYS = frozenset({"text", "question", "message_text"})
QUIET = {
    "aiohttp.access": logging.WARNING,  # no line per request: the metrics count them
    "slack_bolt": logging.WARNING,
    "slack_sdk": logging.INFO,  # an explicit level: unset, slack-sdk formats every call for a debug line
    "slack_sdk.web.async_base_client": logging.INFO,
}


def redact(text: str) -> str:
    return TOKEN.sub(r"\1[redacted]", text)


def _redact_values(_: Any, method: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    level = logging.getLevelName(method.upper()) if isinstance(method, str) else logging.INFO
    for key in list(event_dict):
        if key in USER_TEXT_KEYS and (not isinstance(level, int) or level > logging.DEBUG):
            del event_dict[key]
            continue
        value = event_dict[key]
        if isinstance(value, str):
            event_dict[key] = redact(value)
    return event_dict


class RedactTokens(logging.Filter):
    """Defense in depth on the standard-library side: mask anything token-shaped in each record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, dict):  # structlog's own events: _redact_values masks them field by field
            return True
        message = record.getMessage()
        if TOKEN.search(message):
            record.msg, record.args = redact(message), None
        return True


def configure_logging(level: str, fmt: str = "auto") -> None:
    as_json = fmt == "json" or (fmt == "auto" and not sys.stderr.isatty())
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    renderer: Any = structlog.processors.JSONRenderer() if as_json else structlog.dev.ConsoleRenderer(colors=False)
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            _redact_values,
            renderer,
        ],
    )
    handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name, quiet in QUIET.items():
        logging.getLogger(name).setLevel(max(quiet, logging.getLevelName(level)))


def bind_request(body: dict[str, Any]) -> None:
    """Context for every log line of this request: team, channel, thread and a fresh request id."""
    structlog.contextvars.clear_contextvars()
    event = body.get("event") or {}
    container = body.get("container") or {}
    team = body.get("team_id") or (body.get("team") or {}).get("id") or ""
    channel = body.get("channel_id") or event.get("channel") or (body.get("channel") or {}).get("id") or ""
    thread = event.get("thread_ts") or event.get("ts") or container.get("thread_ts") or container.get("message_ts")
    context: dict[str, Any] = {"request_id": uuid.uuid4().hex[:16], "team": team, "channel": channel}
    if thread:
        context["thread"] = thread
    if body.get("event_id"):
        context["event_id"] = body["event_id"]
    structlog.contextvars.bind_contextvars(**context)
