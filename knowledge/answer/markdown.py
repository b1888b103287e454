"""Markdown rendering: a Reply as markdown (`ask --format markdown`) and the helpers the record uses.

Reply lines carry Slack-style emphasis (*bold*, _italic_, `code`); here *bold* becomes **bold**.
Text a user typed goes through `md_escape`, so it can never become a link, a mention or a heading.
"""

from __future__ import annotations

import re

from knowledge.answer.comparison import Table
from knowledge.answer.reply import Reply

_SLACK_BOLD = re.compile(r"(?<![\w*])\*(\S[^*\n]*?)\*(?![\w*])")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()<>#!|~])")


def md_escape(text: str) -> str:
    """Untrusted text as inert markdown: every character markdown (or a canvas) could act on is escaped."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def md_line(line: str) -> str:
    """One of our own Reply lines (trusted) in markdown: Slack *bold* becomes **bold**."""
    return _SLACK_BOLD.sub(r"**\1**", line)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|") or "-"


def md_table(table: Table) -> str:
    """A GitHub-flavoured markdown table (canvases render these too)."""
    head = "| " + " | ".join(map(_cell, table.headers)) + " |"
    rule = "|" + "|".join(" --- " for _ in table.headers) + "|"
    rows = ["| " + " | ".join(map(_cell, row)) + " |" for row in table.rows]
    return "\n".join([head, rule, *rows])


def reply_markdown(reply: Reply) -> str:
    """The same answer the terminal shows, as markdown: a heading per section, the table before the sources."""
    out: list[str] = []
    if reply.echo:
        out += [f"> {md_escape(reply.echo)}", ""]
    table_done = reply.table is None or not reply.table.rows
    for section in reply.sections:
        if section.title == "Sources" and not table_done and reply.table is not None:
            out += ["## Comparison", "", md_table(reply.table), ""]
            table_done = True
        out += [f"## {section.title}", ""]
        for line in section.lines:
            bullet = line.startswith(("• ", "+ ", "− "))
            numbered = line[:3].rstrip(". ").isdigit()
            text = md_line(line[2:] if bullet else line)
            out.append(f"- {text}" if bullet else text if numbered else text + "  ")
        if section.code:
            out += ["", "```python", section.code, "```"]
        out.append("")
    if not table_done and reply.table is not None:
        out += ["## Comparison", "", md_table(reply.table), ""]
    return "\n".join(out).rstrip() + "\n"
