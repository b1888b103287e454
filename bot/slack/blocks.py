"""Block Kit messages built from knowledge replies. Pure: dicts in, dicts out, no Slack imports.

Every string that reaches Slack goes through `escape`, so text typed by users (and echoed
back) can never ping a channel, mention someone or smuggle a link. Builders respect the
limits in `bot.slack.limits` by construction: long text is split over sections, sections over
messages, and the one table rides in the first message of a reply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from bot.slack import limits
from bot.slack.slack_text import clip, escape
from knowledge.answer.comparison import NO_DATA, Table
from knowledge.answer.render_text import plain
from knowledge.answer.reply import Reply, Section
from knowledge.reasoning.advice import Advice

Message = dict[str, Any]
Block = dict[str, Any]

ACTION_SHARE = "share_design"
ACTION_COMPARE = "compare_select"
ACTION_MIGRATION = "migration_notes"
ACTION_RESET = "start_over"
PARENT_SECTIONS = ("I understood", "Recommendation", "To give a sound answer I need more", "Runner-up")
QUESTION_ECHO_LIMIT = 1500
CHANNEL_ID = re.compile(r"[CGD][A-Z0-9]{2,20}")


def text_block(text: str) -> Block:
    """A mrkdwn section; `text` must already be escaped. verbatim: Slack must not auto-link it."""
    return {
        "type": "section",
        "text": {"type": "mrkdwn", "text": clip(text, limits.MAX_SECTION_TEXT), "verbatim": True},
    }


def context_blocks(lines: Iterable[str]) -> list[Block]:
    """Lines packed into context elements (<= 3000 chars each, <= 10 per block)."""
    elements: list[str] = []
    for line in (escape(x) for x in lines):
        if elements and len(elements[-1]) + len(line) + 1 <= limits.MAX_TEXT_OBJECT:
            elements[-1] += "\n" + line
        else:
            elements.append(clip(line, limits.MAX_TEXT_OBJECT))
    return [
        {"type": "context", "elements": [{"type": "mrkdwn", "text": t, "verbatim": True} for t in elements[i : i + 10]]}
        for i in range(0, len(elements), limits.MAX_CONTEXT_ELEMENTS)
    ]


def section_blocks(section: Section) -> list[Block]:
    """A titled section, split over several blocks when longer than one section allows."""
    chunks: list[str] = [f"*{escape(section.title)}*"]
    for raw_line in section.lines:
        line = escape(raw_line)
        if len(chunks[-1]) + len(line) + 1 <= limits.MAX_SECTION_TEXT:
            chunks[-1] += "\n" + line
        else:
            chunks.append(clip(line, limits.MAX_SECTION_TEXT))
    if section.code:
        code = "```" + clip(escape(section.code), limits.MAX_SECTION_TEXT - 6) + "```"
        chunks.append(code)
    return [text_block(chunk) for chunk in chunks]


def table_block(table: Table) -> Block:
    """A native table: <= 100 rows x 20 cells, no empty cell, ~10k characters in all."""
    headers = table.headers[: limits.MAX_TABLE_CELLS]
    rows = [headers, *(row[: limits.MAX_TABLE_CELLS] for row in table.rows[: limits.MAX_TABLE_ROWS - 1])]
    per_cell = max(12, limits.MAX_TABLE_CHARS // max(1, sum(len(r) for r in rows)) - 1)
    cells = [[{"type": "raw_text", "text": clip(cell.strip() or NO_DATA, per_cell)} for cell in row] for row in rows]
    return {"type": "table", "column_settings": [{"is_wrapped": True} for _ in headers], "rows": cells}


def fallback(lines: Iterable[str], limit: int = 3000) -> str:
    """The plain `text` that notifications and screen readers show; never empty."""
    text = "\n".join(escape(plain(line)) for line in lines if line)
    return clip(text, limit) or "Framework Advisor"


def pack(blocks: list[Block], table: Table | None, summary: str) -> list[Message]:
    """Spread blocks over as few messages as the limits allow; the table goes in the first."""
    table_part = table_block(table) if table is not None and table.rows else None
    messages: list[Message] = []
    current: list[Block] = []
    budget = limits.MAX_BLOCKS_CHARS - (limits.block_chars(table_part) if table_part else 0)
    reserve = 1 if table_part else 0
    for block in blocks:
        size = limits.block_chars(block)
        if current and (
            len(current) + reserve >= limits.MAX_BLOCKS or sum(map(limits.block_chars, current)) + size > budget
        ):
            messages.append({"blocks": current})
            current, budget, reserve = [], limits.MAX_BLOCKS_CHARS, 0
        current.append(block)
    if current or table_part:
        messages.append({"blocks": current})
    if table_part:
        messages[0]["blocks"].append(table_part)
    for i, message in enumerate(messages):
        suffix = f" ({i + 1}/{len(messages)})" if len(messages) > 1 else ""
        message["text"] = clip(summary, limits.MAX_SECTION_TEXT) + suffix
    return messages


def reply_messages(reply: Reply, skip: tuple[str, ...] = ()) -> list[Message]:
    """A knowledge Reply as Slack messages: sections, the table, and sources as context."""
    blocks: list[Block] = []
    sources: list[str] = []
    for section in reply.sections:
        if section.title in skip:
            continue
        if section.title == "Sources":
            sources = list(section.lines)
            continue
        blocks += section_blocks(section)
    if sources:
        blocks += [text_block("*Sources*"), *context_blocks(sources)]
    summary_lines = [f"{s.title}: {s.lines[0]}" for s in reply.sections if s.lines and s.title not in skip][:3]
    return pack(blocks, reply.table, fallback(summary_lines) if summary_lines else "Framework Advisor")


def parent_message(
    reply: Reply,
    advice: Advice,
    question: str,
    user_id: str | None,
    *,
    frameworks: dict[str, str] | None = None,
    in_thread: str | None = None,
) -> Message:
    """The channel post: who asked, what was understood, the pick and the runner-up."""
    asked = f"<@{user_id}> asked" if user_id else "You asked"  # the asker is ours to mention, never user text
    blocks = [text_block(f"*{asked}:* {clip(escape(question), QUESTION_ECHO_LIMIT)}")]
    for section in reply.sections:
        if section.title in PARENT_SECTIONS:
            lines = section.lines[:4] if section.title == "Recommendation" else section.lines
            blocks += section_blocks(Section(section.title, lines))
    if frameworks:
        blocks.append(actions_block(frameworks))
    where = in_thread or "in the thread below"
    cited = ", ".join(advice.sources) or "none yet"
    blocks += context_blocks(
        [
            f"Comparison table, why-nots, migration notes and sources {where}. "
            f"Cited: {cited}. Reply in the thread to refine."
        ]
    )
    rec = advice.recommendation
    summary = (
        f"Framework Advisor recommends {rec.name} ({rec.confidence} confidence)"
        if rec
        else ("Framework Advisor needs a little more to go on")
    )
    return {"text": escape(summary), "blocks": blocks}


def actions_block(frameworks: dict[str, str]) -> Block:
    """The parent's buttons; `frameworks` (id -> name) feeds the Compare… picker."""
    options = [{"text": {"type": "plain_text", "text": name}, "value": fw} for fw, name in frameworks.items()]
    return {
        "type": "actions",
        "block_id": "advisor_actions",
        "elements": [
            {
                "type": "button",
                "action_id": ACTION_SHARE,
                "text": {"type": "plain_text", "text": "Share to design channel"},
                "value": "share",
            },
            {
                "type": "multi_static_select",
                "action_id": ACTION_COMPARE,
                "max_selected_items": 4,
                "placeholder": {"type": "plain_text", "text": "Compare…"},
                "options": options,
            },
            {
                "type": "button",
                "action_id": ACTION_MIGRATION,
                "text": {"type": "plain_text", "text": "Migration notes"},
                "value": "migration",
            },
            {
                "type": "button",
                "action_id": ACTION_RESET,
                "text": {"type": "plain_text", "text": "Start over"},
                "value": "reset",
                "style": "danger",
                "confirm": {
                    "title": {"type": "plain_text", "text": "Start over?"},
                    "text": {"type": "plain_text", "text": "This forgets the requirements gathered in this thread."},
                    "confirm": {"type": "plain_text", "text": "Start over"},
                    "deny": {"type": "plain_text", "text": "Keep them"},
                },
            },
        ],
    }


def notice(text: str, lines: Iterable[str] = ()) -> Message:
    """A short message: one escaped paragraph plus optional escaped context lines."""
    extra = clip("\n".join(lines), limits.MAX_TEXT_OBJECT)  # a notice stays one short message
    blocks = [text_block(escape(text)), *context_blocks([extra])] if extra else [text_block(escape(text))]
    return {"text": clip(escape(text), limits.MAX_SECTION_TEXT), "blocks": blocks}


def channel_link(channel_id: str) -> str:
    """`<#C…>` for an ID we validated; anything else is shown escaped, never as markup."""
    return f"<#{channel_id}>" if CHANNEL_ID.fullmatch(channel_id) else escape(channel_id)


def trusted_notice(mrkdwn: str) -> Message:
    """A notice whose markup is ours (channel links built by channel_link); never pass user text."""
    return {"text": mrkdwn, "blocks": [text_block(mrkdwn)]}


def share_message(reply: Reply, advice: Advice, question: str, user_id: str | None, permalink: str | None) -> Message:
    """For the design channel: the decision record, with the table and a link back to the discussion."""
    link = f"<{permalink}|the discussion thread>" if permalink else "the original thread"
    message = parent_message(reply, advice, question, user_id, in_thread=f"in {link}")
    table = reply.table
    if table is not None:
        message["blocks"].append(table_block(table))
    return message
