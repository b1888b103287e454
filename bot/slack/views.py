"""Block Kit views (App Home and the guided question form). Pure: dicts in, dicts out.

Views allow 100 blocks; the decision log pages so that a page stays far below that, and the form's
selects hold at most 100 options each. Everything a user typed is escaped or shown as plain_text.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.slack import limits
from bot.slack.blocks import Block, button, context_blocks, header_block, text_block
from bot.slack.slack_text import clip, escape
from bot.storage.decisions import DecisionEntry
from knowledge.base.kb import KnowledgeBase

View = dict[str, Any]
HOME_PAGE_SIZE = 10  # 3 blocks per decision: a page stays under 40 blocks
ACTION_HOME_ASK = "home_ask"
ACTION_HOME_PAGE = "home_page"
FORM_CALLBACK = "ask_form"
SHORTCUT_ASK = "ask_framework_advisor"  # global shortcut: opens the form
SHORTCUT_MESSAGE = "ask_about_message"  # message shortcut: answers in the message's thread
GREENFIELD = "none"

# What the form offers, mapped to words the parser reads (tests check that each is understood).
PROJECT_KINDS = {
    "api": ("A REST / JSON API", "rest api"),
    "public-api": ("A public or partner (B2B) API", "public api"),
    "microservice": ("A microservice", "microservice"),
    "full-stack": ("A full-stack web application", "full stack web app"),
    "saas": ("A SaaS product", "saas"),
    "internal-tool": ("An internal tool", "internal tool"),
    "content-site": ("A content site / CMS", "cms"),
    "ecommerce": ("An online store", "ecommerce"),
    "realtime": ("A real-time app (chat, live updates)", "real-time"),
    "ml": ("An ML inference service", "ml inference"),
    "dashboard": ("A data dashboard", "data dashboard"),
    "prototype": ("A prototype / MVP", "prototype"),
}
TEAM_SIZES = {
    "solo": ("Just me, or 2–3 people", "small team"),
    "medium": ("A team of 4–10", ""),
    "large": ("More than 10 people, or growing", "large team"),
}
HORIZONS = {
    "short": ("Weeks or months (throwaway)", "short term"),
    "medium": ("A year or two", ""),
    "long": ("Years (long-lived)", "long term"),
}


def _plain(text: str, limit: int = limits.MAX_OPTION_TEXT) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit), "emoji": True}


def _option(value: str, label: str) -> dict[str, Any]:
    return {"text": _plain(label), "value": value}


def _when(ts: float) -> str:
    """Slack's date formatting shows each reader's own time zone; the fallback is UTC."""
    fallback = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(ts))
    return f"<!date^{int(ts)}^{{date_short_pretty}} at {{time}}|{fallback}>"


def decision_blocks(entry: DecisionEntry, names: dict[str, str], permalink: str | None) -> list[Block]:
    pick = names.get(entry.pick, entry.pick) if entry.pick else "no pick yet"
    confidence = f", {entry.confidence} confidence" if entry.pick and entry.confidence else ""
    question = clip(escape(" ".join(entry.question.split())) or "(no question text)", 500)
    who = f"<@{entry.asked_by}>" if entry.asked_by and entry.asked_by.isalnum() else "someone"
    links = []
    if permalink:
        links.append(f"<{permalink}|thread>")
    if entry.record_url and entry.record_url.startswith("https://") and not set("|<>") & set(entry.record_url):
        links.append(f"<{entry.record_url}|decision record>")
    context = f"Asked by {who} · {_when(entry.updated_at)}" + (" · " + " · ".join(links) if links else "")
    return [
        text_block(f"*{escape(pick)}*{confidence}\n{question}"),
        {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(context, limits.MAX_TEXT_OBJECT)}]},
        {"type": "divider"},
    ]


def home_view(
    entries: Sequence[DecisionEntry],
    names: dict[str, str],
    *,
    offset: int,
    has_more: bool,
    permalinks: dict[str, str] | None = None,
) -> View:
    """The Home tab: an Ask button, then the workspace's decisions, newest first, paged."""
    blocks: list[Block] = [
        header_block("Framework decisions"),
        text_block("Pick a Python web framework with sources, then keep the decision on record."),
        {
            "type": "actions",
            "block_id": "home_top",
            "elements": [button(ACTION_HOME_ASK, "Ask a question", "ask", "primary")],
        },
        {"type": "divider"},
    ]
    if not entries:
        blocks += context_blocks(["No decisions yet. Ask a question, or use /framework in any channel."])
    for entry in entries:
        key = f"{entry.channel}/{entry.thread_ts}"
        blocks += decision_blocks(entry, names, (permalinks or {}).get(key))
    paging = []
    if offset > 0:
        paging.append(button(ACTION_HOME_PAGE, "← Newer", str(max(0, offset - HOME_PAGE_SIZE))))
    if has_more:
        paging.append(button(ACTION_HOME_PAGE, "Older →", str(offset + HOME_PAGE_SIZE)))
    if paging:
        blocks.append({"type": "actions", "block_id": "home_paging", "elements": paging})
    first = offset + 1
    blocks += context_blocks([f"Showing decisions {first}–{offset + len(entries)}." if entries else " "])
    return {"type": "home", "blocks": blocks[: limits.MAX_VIEW_BLOCKS]}


@dataclass(frozen=True)
class FormAnswer:
    """What a submitted form says, as the question text the conversation reads."""

    text: str
    channel: str | None


def question_form(kb: KnowledgeBase, channel: str | None = None) -> View:
    """The guided question: kind, needs (from the knowledge base), team, horizon, current framework, channel."""
    needs = [
        _option(rid, req.label)
        for rid, req in kb.requirements.items()
        if rid not in ("greenfield", "small-team", "large-team", "long-horizon", "short-horizon", "prototype")
    ][: limits.MAX_SELECT_OPTIONS]
    known = [_option(fw, f.name) for fw, f in kb.frameworks.items()]
    current = [_option(GREENFIELD, "None: a new codebase"), *known][: limits.MAX_SELECT_OPTIONS]
    channel_select: dict[str, Any] = {
        "type": "conversations_select",
        "action_id": "channel",
        "placeholder": _plain("Where should the answer go?"),
        "default_to_current_conversation": True,
        "filter": {"include": ["public", "private", "im", "mpim"], "exclude_bot_users": True},
    }
    if channel:
        channel_select["initial_conversation"] = channel

    def select(block_id: str, label: str, options: list[dict[str, Any]], optional: bool = True) -> Block:
        return {
            "type": "input",
            "block_id": block_id,
            "optional": optional,
            "label": _plain(label),
            "element": {"type": "static_select", "action_id": block_id, "options": options},
        }

    blocks = [
        select("kind", "What are you building?", [_option(k, v[0]) for k, v in PROJECT_KINDS.items()], False),
        {
            "type": "input",
            "block_id": "needs",
            "optional": True,
            "label": _plain("The needs that matter"),
            "element": {
                "type": "multi_static_select",
                "action_id": "needs",
                "placeholder": _plain("Admin panel, websockets, auth…"),
                "options": needs,
            },
        },
        select("team", "Team size", [_option(k, v[0]) for k, v in TEAM_SIZES.items()]),
        select("horizon", "How long must it live?", [_option(k, v[0]) for k, v in HORIZONS.items()]),
        select("current", "The framework you use today", current),
        {
            "type": "input",
            "block_id": "details",
            "optional": True,
            "label": _plain("Anything else?"),
            "element": {
                "type": "plain_text_input",
                "action_id": "details",
                "multiline": True,
                "max_length": 1000,
                "placeholder": _plain("e.g. we must keep SQLAlchemy"),
            },
        },
        {"type": "input", "block_id": "channel", "label": _plain("Post the answer in"), "element": channel_select},
    ]
    return {
        "type": "modal",
        "callback_id": FORM_CALLBACK,
        "title": _plain("Framework Advisor", limits.MAX_VIEW_TITLE),
        "submit": _plain("Ask"),
        "close": _plain("Cancel"),
        "private_metadata": json.dumps({"channel": channel or ""}),
        "blocks": blocks,
    }


def _selected(values: dict[str, Any], block: str) -> list[str]:
    element = (values.get(block) or {}).get(block) or {}
    if element.get("selected_option"):
        return [str(element["selected_option"].get("value"))]
    return [str(o.get("value")) for o in element.get("selected_options") or []]


def read_form(kb: KnowledgeBase, view: dict[str, Any]) -> FormAnswer:
    """The submitted form as the sentence a person would have typed (the parser reads it like any other)."""
    values = (view.get("state") or {}).get("values") or {}
    parts: list[str] = []
    for kind in _selected(values, "kind"):
        parts.append(PROJECT_KINDS.get(kind, ("", ""))[1])
    needs = [kb.requirements[r].phrases[0] for r in _selected(values, "needs") if r in kb.requirements]
    parts += needs
    parts += [TEAM_SIZES.get(v, ("", ""))[1] for v in _selected(values, "team")]
    parts += [HORIZONS.get(v, ("", ""))[1] for v in _selected(values, "horizon")]
    for fw in _selected(values, "current"):
        if fw == GREENFIELD:
            parts.append("greenfield")
        elif fw in kb.frameworks:
            parts.append(f"we run {kb.frameworks[fw].name} today")
    details = ((values.get("details") or {}).get("details") or {}).get("value")
    if details:
        parts.append(" ".join(str(details).split()))
    channel_state = (values.get("channel") or {}).get("channel") or {}
    channel = channel_state.get("selected_conversation") or json.loads(view.get("private_metadata") or "{}").get(
        "channel"
    )
    return FormAnswer("; ".join(p for p in parts if p), str(channel) if channel else None)
