"""Block Kit's limits, and a checker every outgoing message passes in tests.

Numbers are from Slack's Block Kit reference (see ../shared/slack/NOTES.md).
"""

from __future__ import annotations

import json
from typing import Any

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_TEXT_OBJECT = 3000
MAX_HEADER_TEXT = 150
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_CONTEXT_ELEMENTS = 10
MAX_BLOCK_ID = 255
MAX_ACTION_ELEMENTS = 25
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_MESSAGE_TEXT = 40_000
MAX_TABLE_ROWS = 100
MAX_TABLE_CELLS = 20
MAX_TABLE_CHARS = 10_000
MAX_BLOCKS_CHARS = 12_000  # payloads above ~13k characters of blocks have been rejected (msg_blocks_too_long)
# (whether Slack counts the text or the blocks' JSON is not documented: the JSON, markup and keys included, is
# the larger count, so the blocks as sent stay under the same bound)
MAX_BLOCKS_JSON = 12_000
MAX_OPTION_TEXT = 75
MAX_SELECT_OPTIONS = 100
MAX_VIEW_BLOCKS = 100  # modals and Home
MAX_INPUT_LABEL = 2000
MAX_VIEW_TITLE = 24
MAX_PLACEHOLDER = 150


def _text_len(obj: dict[str, Any] | None) -> int:
    return len(obj.get("text", "")) if obj else 0


def block_chars(block: dict[str, Any]) -> int:
    """Characters of visible text in one block (what the size limits count)."""
    if block["type"] == "table":
        return sum(len(cell.get("text", "")) for row in block["rows"] for cell in row)
    total = _text_len(block.get("text"))
    total += sum(_text_len(f) for f in block.get("fields", []))
    total += sum(len(e.get("text", "")) for e in block.get("elements", []) if isinstance(e.get("text"), str))
    return total


def json_chars(blocks: list[dict[str, Any]]) -> int:
    """Characters of the blocks as sent (compact JSON, non-ASCII kept as itself)."""
    return len(json.dumps(blocks, ensure_ascii=False, separators=(",", ":")))


def problems(message: dict[str, Any]) -> list[str]:
    """Every way `message` breaks a Block Kit limit; empty when it is valid."""
    out: list[str] = []
    blocks = message.get("blocks", [])
    text = message.get("text", "")
    if not text or len(text) > MAX_MESSAGE_TEXT:
        out.append(f"text fallback missing or too long ({len(text)})")
    if len(blocks) > MAX_BLOCKS:
        out.append(f"{len(blocks)} blocks (max {MAX_BLOCKS})")
    tables = [b for b in blocks if b["type"] == "table"]
    if len(tables) > 1:
        out.append(f"{len(tables)} tables (max 1)")
    if sum(block_chars(b) for b in blocks) > MAX_BLOCKS_CHARS:
        out.append(f"{sum(block_chars(b) for b in blocks)} characters of blocks (max {MAX_BLOCKS_CHARS})")
    if json_chars(blocks) > MAX_BLOCKS_JSON:
        out.append(f"{json_chars(blocks)} characters of blocks as JSON (max {MAX_BLOCKS_JSON})")
    for i, block in enumerate(blocks):
        where = f"block {i} ({block['type']})"
        if len(block.get("block_id", "")) > MAX_BLOCK_ID:
            out.append(f"{where}: block_id too long")
        out.extend(f"{where}: {p}" for p in _block_problems(block))
    return out


def _block_problems(block: dict[str, Any]) -> list[str]:
    out = []
    kind = block["type"]
    if kind == "section":
        if not (block.get("text") or block.get("fields")):
            out.append("section needs text or fields")
        if block.get("text") and not 1 <= _text_len(block["text"]) <= MAX_SECTION_TEXT:
            out.append(f"section text length {_text_len(block['text'])}")
        if len(block.get("fields", [])) > MAX_FIELDS:
            out.append("too many fields")
        out += [f"field length {_text_len(f)}" for f in block.get("fields", []) if _text_len(f) > MAX_FIELD_TEXT]
    elif kind == "header":
        if not 1 <= _text_len(block["text"]) <= MAX_HEADER_TEXT or block["text"]["type"] != "plain_text":
            out.append("header must be plain_text of 1-150 characters")
    elif kind == "context":
        elements = block.get("elements", [])
        if not 1 <= len(elements) <= MAX_CONTEXT_ELEMENTS:
            out.append(f"{len(elements)} context elements")
        out += [
            f"context text length {len(e['text'])}"
            for e in elements
            if not 1 <= len(e.get("text", "x")) <= MAX_TEXT_OBJECT
        ]
    elif kind == "actions":
        elements = block.get("elements", [])
        if not 1 <= len(elements) <= MAX_ACTION_ELEMENTS:
            out.append("actions need 1-25 elements")
        for e in elements:
            if e.get("type") == "button" and not 1 <= len(e["text"]["text"]) <= MAX_BUTTON_TEXT:
                out.append("button text length")
            if len(e.get("value", "")) > MAX_BUTTON_VALUE:
                out.append("button value too long")
            out += ["option text too long" for o in e.get("options", []) if len(o["text"]["text"]) > MAX_OPTION_TEXT]
    elif kind == "table":
        out += _table_problems(block)
    elif kind not in ("divider", "rich_text", "input"):
        out.append(f"unexpected block type {kind}")
    return out


def _table_problems(block: dict[str, Any]) -> list[str]:
    out = []
    rows = block.get("rows", [])
    if not 1 <= len(rows) <= MAX_TABLE_ROWS:
        out.append(f"{len(rows)} table rows (1-{MAX_TABLE_ROWS})")
    for r, row in enumerate(rows):
        if not 1 <= len(row) <= MAX_TABLE_CELLS:
            out.append(f"row {r}: {len(row)} cells")
        for cell in row:
            if cell.get("type") not in ("raw_text", "raw_number", "rich_text"):
                out.append(f"row {r}: bad cell type")
            elif cell.get("type") == "raw_text" and not cell.get("text", "").strip():
                out.append(f"row {r}: empty cell")
    if len({len(row) for row in rows}) > 1:
        out.append("rows have different widths")
    if len(block.get("column_settings", [])) > MAX_TABLE_CELLS:
        out.append("too many column settings")
    if block_chars(block) > MAX_TABLE_CHARS:
        out.append(f"table has {block_chars(block)} characters (max {MAX_TABLE_CHARS})")
    return out


def view_problems(view: dict[str, Any]) -> list[str]:
    """Every way a modal or Home view breaks a limit (100 blocks, titles, labels, options per select)."""
    out: list[str] = []
    blocks = view.get("blocks", [])
    if not 1 <= len(blocks) <= MAX_VIEW_BLOCKS:
        out.append(f"{len(blocks)} blocks in a view (1-{MAX_VIEW_BLOCKS})")
    for key in ("title", "submit", "close"):
        if key in view and not 1 <= _text_len(view[key]) <= MAX_VIEW_TITLE:
            out.append(f"view {key} length {_text_len(view[key])}")
    if len(view.get("private_metadata", "")) > 3000:
        out.append("private_metadata too long")
    for i, block in enumerate(blocks):
        where = f"block {i} ({block['type']})"
        if block["type"] == "input":
            if not 1 <= _text_len(block.get("label")) <= MAX_INPUT_LABEL:
                out.append(f"{where}: input label length")
            out += [f"{where}: {p}" for p in _element_problems(block.get("element", {}))]
        else:
            out.extend(f"{where}: {p}" for p in _block_problems(block))
            out += [f"{where}: {p}" for e in block.get("elements", []) for p in _element_problems(e)]
    return out


def _element_problems(element: dict[str, Any]) -> list[str]:
    out = []
    options = element.get("options", [])
    if len(options) > MAX_SELECT_OPTIONS:
        out.append(f"{len(options)} options (max {MAX_SELECT_OPTIONS})")
    if "static_select" in element.get("type", "") and not options:
        out.append("a static select needs options")
    out += ["option text too long" for o in options if not 1 <= _text_len(o.get("text")) <= MAX_OPTION_TEXT]
    if element.get("placeholder") and _text_len(element["placeholder"]) > MAX_PLACEHOLDER:
        out.append("placeholder too long")
    return out
