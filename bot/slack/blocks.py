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
ACTION_SAVE = "save_record"
ACTION_DECIDE = "decide_"  # + index: the deciding question's choices
PARENT_SECTIONS = (
    "I understood",
    "Recommendation",
    "Close call",
    "Add to it",
    "A split that fits",
    "To give a sound answer I need more",
    "The question that decides it",
    "Runner-up",
)
PARENT_REASONS = 3  # the parent shows the pick and its top three reasons; the thread has the rest
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
    room = limits.MAX_BLOCKS_JSON - 2 - (limits.json_chars([table_part]) - 1 if table_part else 0)
    reserve = 1 if table_part else 0
    for block in blocks:
        size, sent = limits.block_chars(block), limits.json_chars([block]) - 1  # (the list's brackets, one comma)
        if current and (
            len(current) + reserve >= limits.MAX_BLOCKS
            or sum(map(limits.block_chars, current)) + size > budget
            or limits.json_chars(current) - 2 + sent > room
        ):
            messages.append({"blocks": current})
            current, budget, room, reserve = [], limits.MAX_BLOCKS_CHARS, limits.MAX_BLOCKS_JSON - 2, 0
        current.append(block)
    if current or table_part:
        messages.append({"blocks": current})
    if table_part:
        messages[0]["blocks"].append(table_part)
    for i, message in enumerate(messages):
        suffix = f" ({i + 1}/{len(messages)})" if len(messages) > 1 else ""
        message["text"] = clip(summary, limits.MAX_SECTION_TEXT) + suffix
    return messages


def header_block(text: str) -> Block:
    """A header: plain text (nothing to escape), at most 150 characters."""
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, limits.MAX_HEADER_TEXT), "emoji": True}}


def table_message(table: Table) -> Message:
    """The comparison alone: the thread's first message, so it is read before the explanations."""
    names = ", ".join(table.headers[1:4])
    intro = "*Comparison* (numbers in brackets are the sources listed at the end of the thread)"
    return {
        "text": clip(escape(f"Comparison: {names}"), limits.MAX_SECTION_TEXT),
        "blocks": [text_block(intro), table_block(table)],
    }


def reply_messages(reply: Reply, skip: tuple[str, ...] = (), *, table_first: bool = False) -> list[Message]:
    """A knowledge Reply as Slack messages: sections, the table, and sources as context.

    `table_first` (a new answer's thread) posts the comparison alone before the explanations.
    """
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
    summary_lines = [f"{s.title}: {s.lines[0]}" for s in reply.sections if s.lines and s.title not in skip][:1]
    summary = fallback(summary_lines, 150) if summary_lines else "Framework Advisor"
    if not table_first:
        return pack(blocks, reply.table, summary)
    first = [table_message(reply.table)] if reply.table is not None and reply.table.rows else []
    return first + (pack(blocks, None, summary) if blocks else [])


def headline(advice: Advice, frameworks: dict[str, str] | None = None) -> str:
    """The one-line summary: the header block and the notification text ("FastAPI recommended, high confidence")."""
    rec = advice.recommendation
    if rec is None:
        return "Framework Advisor needs a little more to go on"
    names = frameworks or {}
    if rec.precedent and rec.also:
        engine = " and ".join(names.get(fw, fw) for fw in rec.also)
        return f"{rec.name} recommended over the needs-scoring's {engine}, {rec.confidence} confidence"
    if rec.also:
        pair = " and ".join([rec.name, *(names.get(fw, fw) for fw in rec.also)])
        return f"{pair}: a close call, {rec.confidence} confidence"
    return f"{rec.name} recommended, {rec.confidence} confidence"


def parent_message(
    reply: Reply,
    advice: Advice,
    question: str,
    user_id: str | None,
    *,
    frameworks: dict[str, str] | None = None,
    in_thread: str | None = None,
    share: bool = True,
) -> Message:
    """The channel post, short: the pick as a header, who asked, what was understood, top reasons, buttons."""
    title = headline(advice, frameworks)
    asked = f"<@{user_id}> asked" if user_id else "You asked"  # the asker is ours to mention, never user text
    blocks = [header_block(title), text_block(f"*{asked}:* {clip(escape(question), QUESTION_ECHO_LIMIT)}")]
    for section in reply.sections:
        if section.title not in PARENT_SECTIONS:
            continue
        lines = section.lines
        if section.title == "Recommendation":
            lines = lines[: 1 + PARENT_REASONS]
        elif section.title == "The question that decides it":
            lines = lines[:1]  # the choices are buttons
        blocks += section_blocks(Section(section.title, lines))
    if advice.deciding_question and advice.deciding_question.choices:
        blocks.append(decide_block(advice))
    if frameworks:
        blocks.append(actions_block(frameworks, share=share))
    where = in_thread or "in the thread below"
    blocks += context_blocks(
        [f"Comparison table, explanations and sources {where}. Reply in the thread to refine the answer."]
    )
    return {"text": clip(escape(title), limits.MAX_HEADER_TEXT), "blocks": blocks}


def decide_block(advice: Advice) -> Block:
    """The deciding question's choices as buttons; each carries the follow-up it stands for."""
    assert advice.deciding_question is not None
    choices = advice.deciding_question.choices[: limits.MAX_ACTION_ELEMENTS]
    return {
        "type": "actions",
        "block_id": "advisor_decide",
        "elements": [
            {
                "type": "button",
                "action_id": f"{ACTION_DECIDE}{i}",
                "text": {"type": "plain_text", "text": clip(choice.label, limits.MAX_BUTTON_TEXT)},
                "value": clip(choice.follow_up, limits.MAX_BUTTON_VALUE),
            }
            for i, choice in enumerate(choices)
        ],
    }


def button(action_id: str, label: str, value: str, style: str | None = None) -> Block:
    element: Block = {"type": "button", "action_id": action_id, "text": {"type": "plain_text", "text": label}}
    element["value"] = value
    if style:
        element["style"] = style
    return element


def save_block() -> Block:
    """The Save button alone, under follow-up answers."""
    return {
        "type": "actions",
        "block_id": "advisor_save",
        "elements": [button(ACTION_SAVE, "Save as decision record", "save")],
    }


def actions_block(frameworks: dict[str, str], *, share: bool = True) -> Block:
    """The parent's buttons; `frameworks` (id -> name) feeds the Compare… picker. Share only with a design channel."""
    options = [
        {"text": {"type": "plain_text", "text": clip(name, limits.MAX_OPTION_TEXT)}, "value": fw}
        for fw, name in list(frameworks.items())[: limits.MAX_SELECT_OPTIONS]
    ]
    elements: list[Block] = [button(ACTION_SAVE, "Save as decision record", "save", "primary")]
    if share:
        elements.append(button(ACTION_SHARE, "Share to design channel", "share"))
    elements += [
        {
            "type": "multi_static_select",
            "action_id": ACTION_COMPARE,
            "max_selected_items": 4,
            "placeholder": {"type": "plain_text", "text": "Compare…"},
            "options": options,
        },
        button(ACTION_MIGRATION, "Migration notes", "migration"),
        {
            **button(ACTION_RESET, "Start over", "reset", "danger"),
            "confirm": {
                "title": {"type": "plain_text", "text": "Start over?"},
                "text": {"type": "plain_text", "text": "This forgets the requirements gathered in this thread."},
                "confirm": {"type": "plain_text", "text": "Start over"},
                "deny": {"type": "plain_text", "text": "Keep them"},
            },
        },
    ]
    return {"type": "actions", "block_id": "advisor_actions", "elements": elements}


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
    message["blocks"] = [b for b in message["blocks"] if b["type"] != "actions"]  # buttons act on the thread
    table = reply.table
    if table is not None:
        message["blocks"].append(table_block(table))
    return message


def record_saved(title: str, url: str | None, kind: str, updated: bool) -> Message:
    """The short thread message that points at the saved record."""
    what = "Decision record updated" if updated else "Decision record saved"
    where = "canvas" if kind == "canvas" else "file in this thread"
    name = escape(title).replace("|", "¦")
    link = f"<{url}|{name}>" if url and url.startswith("https://") and "|" not in url and ">" not in url else name
    text = f":memo: *{what}* ({where}): {link}"
    hint = "Say `save this as a decision` again (or press the button) after more turns to bring it up to date."
    return {
        "text": clip(f"{what}: {name}", limits.MAX_SECTION_TEXT),
        "blocks": [text_block(text), *context_blocks([hint])],
    }
