"""Plain-text rendering of a Reply, for terminals and for Slack's `text` fallback."""

from __future__ import annotations

import re
import textwrap

from knowledge.reply import Reply

_EMPHASIS = re.compile(r"(?<![\w*])\*(\S[^*\n]*?)\*(?![\w*])")


def plain(line: str) -> str:
    """Drop Slack emphasis markers that mean nothing in a terminal."""
    return _EMPHASIS.sub(r"\1", line)


def render_text(reply: Reply, width: int = 100, table: bool = True) -> str:
    out: list[str] = []
    if reply.echo:
        out.append(f"You asked: {reply.echo.strip()}")
    for section in reply.sections:
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
        if section.title == "Sources" and reply.table is not None and table:
            out.insert(len(out) - len(section.lines) - 2, "\n" + reply.table.as_text())
    if reply.table is not None and table and not any(s.title == "Sources" for s in reply.sections):
        out.append("\n" + reply.table.as_text())
    return "\n".join(out).strip() + "\n"
