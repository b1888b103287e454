"""Getting an answer to Slack when Slack misbehaves: retries within a budget, and degraded forms.

- 429: wait `Retry-After` and try again, for as long as the answer's budget allows (RETRY_BUDGET_S, 30 s).
- 5xx and connection errors: retry with exponential backoff and full jitter, RETRY_TRIES tries in all.
- A message Slack rejects (msg_too_long, invalid_blocks, …) is never resent as is: `degraded` gives
  smaller forms of it (the table as preformatted text, no buttons, fewer blocks), then plain text alone.

slack-sdk's own retry handlers are off (see bot.slack.app.make_client) so that every call, retry and
wait is decided and counted here. The budget is per answer: `answer_budget()` starts it, and every call
made while answering shares it (a context variable, so concurrent answers each have their own).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import aiohttp
from slack_sdk.errors import SlackApiError

from bot.ops import metrics

log = logging.getLogger("framework_advisor")
T = TypeVar("T")
Message = dict[str, Any]

# Slack refused the message itself: sending it again unchanged can only fail again.
REJECTED = frozenset(
    {"msg_too_long", "msg_blocks_too_long", "invalid_blocks", "invalid_blocks_format", "too_many_attachments"}
)
TEXT_CHUNK = 3500  # plain-text fallback per message: far under Slack's 40,000, and readable
DEGRADED_BLOCKS = 20


@dataclass(frozen=True)
class RetryPolicy:
    budget_s: float = 30.0  # per answer: the longest we keep waiting out 429s and retrying 5xx
    tries: int = 4  # 5xx and connection errors: tries in all (the first included)
    backoff_s: float = 0.5  # first backoff; doubles each try, full jitter
    backoff_max_s: float = 8.0


_policy = RetryPolicy()
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("slack_answer_deadline", default=None)


def configure(policy: RetryPolicy) -> None:
    global _policy  # noqa: PLW0603  # one policy per process, set once from Settings at start-up
    _policy = policy


def policy() -> RetryPolicy:
    return _policy


@contextmanager
def answer_budget() -> Iterator[None]:
    """Every Slack call inside shares one retry budget (nested budgets keep the outer one)."""
    if _deadline.get() is not None:
        yield
        return
    token = _deadline.set(time.monotonic() + _policy.budget_s)
    try:
        yield
    finally:
        _deadline.reset(token)


def _remaining() -> float:
    deadline = _deadline.get()
    return _policy.budget_s if deadline is None else deadline - time.monotonic()


class _NoResponse:
    """Stands in for a Slack response when there was none (connection error)."""

    status_code = 0
    headers: dict[str, str] = {}  # noqa: RUF012  # read-only

    def __init__(self, error: str) -> None:
        self.data = {"ok": False, "error": error}


class SlackUnreachable(SlackApiError):
    """Connection errors outlasted the retries; `error_code` reads it as `connection_error`."""

    def __init__(self, message: str) -> None:
        super().__init__(message, _NoResponse("connection_error"))  # type: ignore[no-untyped-call]


def _status(exc: SlackApiError) -> int:
    return int(getattr(exc.response, "status_code", 0) or 0)


def _error(exc: SlackApiError) -> str:
    data = getattr(exc.response, "data", None)
    if isinstance(data, dict) and data.get("error"):
        return str(data["error"])
    status = _status(exc)
    return f"http_{status}" if status else "unknown_error"


def _retry_after(exc: SlackApiError) -> float:
    headers = getattr(exc.response, "headers", None) or {}
    try:
        return max(0.0, float(headers.get("Retry-After", headers.get("retry-after", 1))))
    except (TypeError, ValueError):
        return 1.0


def _backoff(attempt: int) -> float:
    ceiling = min(_policy.backoff_max_s, _policy.backoff_s * 2 ** (attempt - 1))
    return random.uniform(ceiling / 2, ceiling)  # jitter, not cryptography


async def call(method: str, send: Callable[[], Awaitable[T]]) -> T:
    """One Web API call with the retries above; raises SlackApiError when it gives up."""
    failures = 0
    while True:
        try:
            result = await send()
        except SlackApiError as exc:
            error, status = _error(exc), _status(exc)
            metrics.SLACK_CALLS.labels(method, error).inc()
            if status == 429:
                wait = _retry_after(exc)
                if wait <= _remaining():
                    metrics.SLACK_429_RETRIES.labels(method).inc()
                    log.info("slack rate-limited %s; retrying in %.1fs", method, wait)
                    await asyncio.sleep(wait)
                    continue
                log.warning("slack rate limit on %s outlasted the retry budget", method)
                raise
            if status >= 500:
                failures += 1
                if await _may_retry(method, failures, error):
                    continue
            raise
        except (aiohttp.ClientError, TimeoutError) as exc:
            metrics.SLACK_CALLS.labels(method, "connection_error").inc()
            failures += 1
            if await _may_retry(method, failures, type(exc).__name__):
                continue
            raise SlackUnreachable(f"{method}: {type(exc).__name__}") from exc
        metrics.SLACK_CALLS.labels(method, "ok").inc()
        return result


async def _may_retry(method: str, failures: int, error: str) -> bool:
    if failures >= _policy.tries:
        return False
    wait = _backoff(failures)
    if wait > _remaining():
        return False
    metrics.SLACK_RETRIES.labels(method).inc()
    log.info("slack %s failed (%s); retry %d in %.2fs", method, error, failures, wait)
    await asyncio.sleep(wait)
    return True


async def respond(respond: Callable[..., Awaitable[Any]], **message: Any) -> None:
    """A post to response_url, retried like a Web API call; raises SlackApiError if it fails."""

    async def send() -> Any:
        response = await respond(**message)
        status = int(getattr(response, "status_code", 200) or 200)
        if status != 200:
            body = str(getattr(response, "body", "") or "")
            raise SlackApiError(f"response_url: HTTP {status}", _Webhook(status, body))  # type: ignore[no-untyped-call]
        return response

    await call("response_url", send)


class _Webhook:
    headers: dict[str, str] = {}  # noqa: RUF012  # read-only

    def __init__(self, status: int, body: str) -> None:
        self.status_code = status
        self.data = {"ok": False, "error": body.strip()[:60] or f"http_{status}"}


# ---- degraded forms of a message ---------------------------------------------------------------


def _mrkdwn(obj: Any) -> str:
    return str(obj.get("text", "")) if isinstance(obj, dict) else ""


def table_text(block: dict[str, Any]) -> str:
    """A table block as aligned columns inside a preformatted (```) block."""
    rows = [[str(cell.get("text", "")).replace("\n", " ") for cell in row] for row in block.get("rows", [])]
    if not rows:
        return ""
    widths = [min(28, max(len(row[i]) if i < len(row) else 0 for row in rows)) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [(row[i] if i < len(row) else "")[: widths[i]].ljust(widths[i]) for i in range(len(widths))]
        lines.append(" | ".join(cells).rstrip())
    return "```\n" + "\n".join(lines) + "\n```"


def block_text(block: dict[str, Any]) -> str:
    """What a reader sees in one block, as mrkdwn (buttons and menus have no text worth keeping)."""
    kind = block.get("type")
    if kind == "table":
        return table_text(block)
    if kind in ("section", "header"):
        parts = [_mrkdwn(block.get("text"))] + [_mrkdwn(f) for f in block.get("fields", [])]
        return "\n".join(p for p in parts if p)
    if kind == "context":
        return "\n".join(_mrkdwn(e) for e in block.get("elements", []) if _mrkdwn(e))
    return ""


def _chunks(text: str, size: int) -> list[str]:
    """Split on line breaks where possible; never a piece longer than `size`."""
    out: list[str] = []
    current = ""
    for whole in text.split("\n"):
        line = whole
        while len(line) > size:
            if current:
                out.append(current)
                current = ""
            out.append(line[:size])
            line = line[size:]
        if current and len(current) + 1 + len(line) > size:
            out.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        out.append(current)
    return out


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text, "verbatim": True}}


def smaller_blocks(message: Message) -> list[Message]:
    """Only sections: the table as preformatted text, no buttons, at most DEGRADED_BLOCKS per message."""
    texts = [t for b in message.get("blocks", []) for t in _chunks(block_text(b), 2900) if t.strip()]
    if not texts:
        return plain_text(message)
    fallback = str(message.get("text") or texts[0])[:TEXT_CHUNK]
    return [
        {"text": fallback, "blocks": [_section(t) for t in texts[i : i + DEGRADED_BLOCKS]]}
        for i in range(0, len(texts), DEGRADED_BLOCKS)
    ]


def plain_text(message: Message) -> list[Message]:
    """No blocks at all: everything as mrkdwn text, in messages of at most TEXT_CHUNK characters."""
    body = "\n\n".join(t for t in (block_text(b) for b in message.get("blocks", [])) if t.strip())
    body = body or str(message.get("text") or "")
    return [{"text": chunk, "blocks": []} for chunk in _chunks(body, TEXT_CHUNK)]


def degraded(message: Message) -> list[tuple[str, list[Message]]]:
    """The forms to try, in order, after Slack rejected `message`: smaller blocks, then plain text."""
    return [("degraded", smaller_blocks(message)), ("plain_text", plain_text(message))]
