"""Terminal rendering with `rich`: a headline, sections, and a comparison table that wraps to the width.

Colours on a terminal; plain text when piped or when NO_COLOR is set (rich honours both itself).
The CLI imports this module only when it prints text, so JSON output and `--help` never load `rich`.
"""

from __future__ import annotations

import re
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from knowledge.answer.comparison import Table as Comparison
from knowledge.answer.reply import Reply, Section
from knowledge.reasoning.advice import Advice

_MARKUP = re.compile(r"(?<![\w*])\*(\S[^*\n]*?)\*(?![\w*])|(?<![\w_])_(\S[^_\n]*?)_(?![\w_])|`([^`\n]+)`")
CONFIDENCE_STYLE = {"high": "bold green", "medium": "bold yellow", "low": "bold red"}
_MARKER = re.compile(r"^([•+−]|\d+\.|\[\d+\]) ")  # bullets, numbered steps, footnotes: hanging indent


def console_for(stream: TextIO, width: int | None = None) -> Console:
    """A Console on `stream`: colour only on a terminal, never with NO_COLOR; no rich markup parsing."""
    return Console(file=stream, width=width, highlight=False, emoji=False, soft_wrap=False)


def styled(line: str) -> Text:
    """Our Slack-style markup as terminal styles: *bold*, _italic_, `code`; the markers themselves vanish."""
    text = Text()
    last = 0
    for match in _MARKUP.finditer(line):
        text.append(line[last : match.start()])
        bold, italic, code = match.groups()
        if bold is not None:
            text.append(bold, style="bold")
        elif italic is not None:
            text.append(italic, style="italic")
        else:
            text.append(code, style="cyan")
        last = match.end()
    text.append(line[last:])
    return text


def headline(advice: Advice | None) -> tuple[str, str]:
    """('FastAPI recommended, high confidence', style) for the top of an answer."""
    rec = advice.recommendation if advice else None
    if rec is None:
        return "No clear pick yet", "bold"
    names = {s.framework: s.name for s in advice.ranking} if advice else {}
    others = ", ".join(names.get(fw, fw) for fw in rec.also)
    if rec.precedent and rec.also:
        also = f" (overruling the needs-scoring's {others})"
    else:
        also = f" (close call with {others})" if rec.also else ""
    return f"{rec.name} recommended, {rec.confidence} confidence{also}", CONFIDENCE_STYLE.get(rec.confidence, "bold")


def _section(console: Console, section: Section) -> None:
    console.print()
    console.print(section.title, style="bold underline")
    for line in section.lines:
        marked = _MARKER.match(line)
        if marked:
            marker, rest = marked.group(1), line[marked.end() :]
            grid = Table.grid(padding=(0, 1))
            grid.add_column(width=len(marker) + 1, justify="right")
            grid.add_column()
            grid.add_row(marker, styled(rest))
            console.print(grid)
        else:
            console.print(styled(line))
    if section.code:
        console.print()
        for code_line in section.code.splitlines():
            console.print("    " + code_line, style="dim", markup=False, overflow="fold")


def render_rich(reply: Reply, stream: TextIO, advice: Advice | None = None, width: int | None = None) -> None:
    """Print `reply`: a headline (the pick when advice is given, else the reply's title), the question,
    the sections, and the table just before the sources. Lines carry no trailing padding."""
    console = console_for(stream, width)
    with console.capture() as captured:
        if advice is not None:
            title, style = headline(advice)
            console.print(title, style=style)
        elif reply.title:
            console.print(reply.title, style="bold")
        if reply.echo:
            console.print(Text("You asked: " + " ".join(reply.echo.split())), style="dim")
        table_done = reply.table is None or not reply.table.rows
        for section in reply.sections:
            if section.title == "Sources" and not table_done and reply.table is not None:
                _table(console, reply.table)
                table_done = True
            _section(console, section)
        if not table_done and reply.table is not None:
            _table(console, reply.table)
    stream.write("\n".join(line.rstrip() for line in captured.get().splitlines()) + "\n")


def _table(console: Console, table: Comparison) -> None:
    """The comparison, every cell wrapping within the terminal's width (nothing cut off)."""
    grid = Table(box=box.SIMPLE_HEAD, expand=True, header_style="bold")
    for i, header in enumerate(table.headers):
        grid.add_column(header, overflow="fold", ratio=2 if i == 0 else 3, style="bold" if i == 0 else None)
    for row in table.rows:
        grid.add_row(*row)
    console.print()
    console.print("Comparison", style="bold underline")
    console.print(grid)
