"""What a `/framework …` command asks for: help, a question, compare, migrate, and `--share`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.slack.slack_text import channel_refs, readable

_SHARE = re.compile(r"(?:^|\s)--share(?:\s+(<#[A-Z0-9]+(?:\|[^>]*)?>|#[\w-]+))?(?=\s|$)")
HELP_WORDS = frozenset({"", "help", "-h", "--help", "?", "usage"})


@dataclass(frozen=True)
class CommandRequest:
    kind: str  # "help" | "ask" | "compare" | "migrate"
    text: str  # what the conversation reads, with Slack markup resolved
    share: bool = False
    share_channels: list[str] = field(default_factory=list)  # empty + share: the default design channel
    share_unresolved: str | None = None  # "#name" Slack did not resolve (should_escape off)


def parse_command(raw_text: str, bot_user_id: str | None = None) -> CommandRequest:
    share, channels, unresolved = False, [], None
    match = _SHARE.search(raw_text)
    if match:
        share = True
        target = match.group(1) or ""
        channels = channel_refs(target)
        unresolved = target if target and not channels else None
        raw_text = raw_text[: match.start()] + " " + raw_text[match.end() :]
    text = readable(raw_text, bot_user_id)
    first = text.split(maxsplit=1)[0].lower() if text.split() else ""
    if text.lower().strip() in HELP_WORDS:
        kind = "help"
    elif first in ("compare", "migrate"):
        kind = first
    else:
        kind = "ask"
    return CommandRequest(kind, text, share, channels, unresolved)
