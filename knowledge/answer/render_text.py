"""Plain-text rendering of a Reply, for terminals and for Slack's `text` fallback."""

from __future__ import annotations

import re
import textwrap

from knowledge.answer.reply import Reply

_EMPHASIS = re.compile(r"(?<![\w*])\*(\S[^*\n]*?)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(\S[^_\n]*?)_(?![\w_])")
_CODE = re.compile(r"`([^`\n]+)`")


def plain(line: str) -> str:
    """Drop Slack markup (*bold*, _italic_, `code`) that means nothing in a terminal."""
    return _CODE.sub(r"\1", _ITALIC.sub(r"\1", _EMPHASIS.sub(r"\1", line)))


def render_text(reply: Reply, width: int = 100, table: bool = True) -> str:
    out: list[str] = []
    if reply.echo:
        out.append(f"You asked: {reply.echo.strip()}")
    pending_table = reply.table.as_text() if reply.table is not None and table else None
    for section in reply.sections:
        if section.title == "Sources" and pending_table:  # the table reads best just before the sources
            out.append("\n" + pending_table)
            pending_table = None
        out.append("")
        out.append(section.title.upper())
        for line in section.lines:
            indent = "  " if line.startswith(("• ", "+ ", "− ")) or line[:2].rstrip(".").isdigit() else ""
            out.append(
                textwrap.fill(
                    plain(line),
                    width=width,
                    subsequent_indent=indent + "  ",
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        if section.code:
            out.append(textwrap.indent(section.code, "    "))
    if pending_table:
        out.append("\n" + pending_table)
    return "\n".join(out).strip() + "\n"
