"""User text in and out of Slack: escaping what we echo, reading what Slack escaped for us."""

from __future__ import annotations

import re

_CHANNEL_REF = re.compile(r"<#(C[A-Z0-9]+|G[A-Z0-9]+)(?:\|[^>]*)?>")
_ANY_ENTITY = re.compile(r"<([@#!])([^>|]*)(?:\|([^>]*))?>")
_LINK = re.compile(r"<(https?://[^>|]+)(?:\|([^>]*))?>")


def escape(text: str) -> str:
    """Neutralise Slack markup in untrusted text: <!channel>, <@U…>, <url|label> become inert."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Slack sends & < > as entities (should_escape); the parser wants the characters."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def readable(text: str, bot_user_id: str | None = None) -> str:
    """Slack's wire text -> what the person typed, for the parser.

    Drops the bot's own mention, turns other entities into their labels (or nothing),
    keeps link labels. Never produces markup: the result is parsed, not posted.
    """
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _ANY_ENTITY.sub(lambda m: (m.group(3) or "").strip(), text)
    return unescape(text).strip()


def channel_refs(text: str) -> list[str]:
    """Channel IDs in `<#C123|name>` references (what should_escape delivers for #channel)."""
    return _CHANNEL_REF.findall(text)


def clip(text: str, limit: int, marker: str = "…") -> str:
    """Cut to at most `limit` characters, never in the middle of an &entity;."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(marker)]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + marker
