"""`framework-bot chat`: a conversation in the terminal, turn by turn, as a Slack thread holds one.

Refinements show what changed first ('more' prints the rest); 'save this as a decision' prints the record so far;
`--format jsonl` writes one JSON object per turn. Interactive input keeps a readline history.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import sys
from pathlib import Path
from typing import TextIO

from knowledge.answer.jsonout import advice_json
from knowledge.answer.madr import RecordMeta, is_save_request, madr_record
from knowledge.answer.render_text import render_text
from knowledge.answer.reply import Reply, Section
from knowledge.answer.reply_builder import ReplyBuilder
from knowledge.engine import Engine, default_engine
from knowledge.reading.intents import UPDATE
from knowledge.reasoning.conversation import Conversation

CHAT_INTRO = (
    "Framework Advisor. Describe what you're building; then refine it ('we also need an admin panel', "
    "'why not flask?'). 'more' shows the rest of the last answer, 'help' lists what I understand, "
    "'exit' or Ctrl-D quits."
)
EXIT_WORDS = frozenset({"exit", "quit", ":q", "bye"})
MORE_WORDS = frozenset({"more", "details", "full answer", "show more", "the rest"})
CHANGE_FIRST = ("What changed", "Recommendation", "Runner-up", "The question that decides it")
HISTORY_FILE = Path("~/.framework_bot_history")


def _read_line(stdin: TextIO, stdout: TextIO, interactive: bool) -> str | None:
    """One turn; None at end of input. Interactive input goes through readline (editing, history)."""
    if not interactive:
        line = stdin.readline()
        return line if line else None
    try:
        return input("you> ")
    except EOFError:
        stdout.write("\n")
        return None


def _enable_history() -> Path | None:
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain input still works
        return None
    path = HISTORY_FILE.expanduser()
    with contextlib.suppress(OSError):
        readline.read_history_file(path)
    readline.set_history_length(1000)
    return path


def _save_history(path: Path | None) -> None:
    if path is None:
        return
    import readline

    with contextlib.suppress(OSError):
        readline.write_history_file(path)


def cmd_chat(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    engine = default_engine()
    conversation, replies = Conversation(engine), ReplyBuilder(engine)
    interactive = args.format == "text" and stdin.isatty() and stdin is sys.stdin
    history = _enable_history() if interactive else None
    rest: Reply | None = None  # what 'more' prints: the part of the last answer not shown
    asked: list[str] = []  # the turns typed, for the decision record
    if args.format == "text":
        from knowledge.answer.render_rich import console_for, render_rich

        if interactive:
            console_for(stdout).print(CHAT_INTRO, style="dim")
    try:
        while True:
            line = _read_line(stdin, stdout, interactive)
            if line is None:
                return 0
            text = line.strip()
            if not text:
                continue
            if text.lower() in EXIT_WORDS:
                return 0
            if args.format == "text" and text.lower() in MORE_WORDS:
                if rest is not None and rest.sections:
                    render_rich(rest, stdout)
                    rest = None
                else:
                    stdout.write("That was all of it. Ask something else, or 'exit'.\n")
                continue
            if is_save_request(text):  # as in a Slack thread: the record of the conversation so far, not a turn
                stdout.write(_chat_record(engine, conversation, asked, text, args.format))
                stdout.flush()
                continue
            turn = conversation.turn(text)
            asked.append(text)
            reply = replies.reply(turn)
            if args.format == "jsonl":
                record = advice_json(turn.advice, render_text(reply))
                record.update(
                    query=text,
                    intent=turn.intent,
                    focus=list(turn.focus),
                    change=turn.change.explanation if turn.change else None,
                    state=conversation.state.model_dump(),
                )
                stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                shown, rest = _changes_first(reply, turn.intent == UPDATE and turn.change is not None)
                render_rich(shown, stdout, turn.advice if turn.intent == UPDATE else None)
                if rest is not None and rest.sections:
                    stdout.write("\n(more: the full answer, comparison and sources)\n")
            stdout.flush()
    finally:
        _save_history(history)


def _chat_record(engine: Engine, conversation: Conversation, asked: list[str], text: str, fmt: str) -> str:
    """'save this as a decision' in `chat`: the MADR record of the conversation so far (Slack saves it as a canvas)."""

    if not asked:
        message = "Nothing to record yet: ask your question first, then say 'save this as a decision'."
        if fmt == "jsonl":
            return json.dumps({"query": text, "intent": "save", "record": None, "text": message}) + "\n"
        return message + "\n"
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    advice = conversation.standing_advice()
    record = madr_record(advice, engine.kb, RecordMeta(question=asked[0], date=today, history=tuple(asked)))
    if fmt == "jsonl":
        out = advice_json(advice, record)
        out.update(query=text, intent="save", record=record)
        return json.dumps(out, ensure_ascii=False) + "\n"
    return record if record.endswith("\n") else record + "\n"


def _changes_first(reply: Reply, changed: bool) -> tuple[Reply, Reply | None]:
    """After the first answer, a refinement shows what changed and the pick; the rest waits for 'more'."""
    if not changed:
        return reply, None
    shown = Reply(title=reply.title, footnotes=reply.footnotes)
    rest = Reply(title=reply.title, table=reply.table, footnotes=reply.footnotes)
    for section in reply.sections:
        if section.title == "Recommendation":
            shown.sections.append(Section(section.title, section.lines[:1]))
            rest.sections.append(section)  # the reasons in full come with the rest
        else:
            (shown if section.title in CHANGE_FIRST else rest).sections.append(section)
    return shown, rest
