"""`framework-bot`: ask, chat, kb check / kb schema, serve.

Slack and aiohttp are imported only by `serve`, and `rich` only when text is printed, so `ask` starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import gc
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from knowledge.answer.reply import Reply
    from knowledge.engine import Engine
    from knowledge.reasoning.conversation import Conversation, Turn

EXIT_USAGE = 2
DEFAULT_QUERY = "microservice, high concurrency, 5-year horizon"
EXAMPLES = """examples:
  framework-bot ask "microservice, high concurrency, 5-year horizon"
  framework-bot ask "compare django and fastapi"
  framework-bot ask "we run flask today; why not fastapi?"
  framework-bot ask --format madr "public API for partners, large team" > docs/adr/0007-framework.md
  framework-bot ask --format markdown "internal tool with an admin panel"
  framework-bot ask --format jsonl - < questions.txt
  framework-bot chat
  framework-bot kb check
  NO_COLOR=1 framework-bot ask "admin panel"   # plain text, no colours
"""
CHAT_INTRO = (
    "Framework Advisor. Describe what you're building; then refine it ('we also need an admin panel', "
    "'why not flask?'). 'more' shows the rest of the last answer, 'help' lists what I understand, "
    "'exit' or Ctrl-D quits."
)
EXIT_WORDS = frozenset({"exit", "quit", ":q", "bye"})
MORE_WORDS = frozenset({"more", "details", "full answer", "show more", "the rest"})
CHANGE_FIRST = ("What changed", "Recommendation", "Runner-up", "The question that decides it")
HISTORY_FILE = Path("~/.framework_bot_history")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("framework-advisor")
    except PackageNotFoundError:
        return "unknown"


class _VersionAction(argparse.Action):
    """`--version`, looked up only when asked: reading the package metadata costs every other command ~20 ms."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest=dest, nargs=0, help="show the version and exit", **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{parser.prog} {_version()}")  # to stdout, as argparse's own version action
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framework-bot",
        description="Framework Advisor: pick a Python web framework, with sources.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser(
        "ask",
        help="answer one question (or one per line with --format jsonl -)",
        description="Answer one question, the same way a conversation's first turn is answered "
        "(so 'compare django and fastapi' and 'why not flask' work too).",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ask.add_argument("text", nargs="*", help="the requirements; '-' reads standard input")
    ask.add_argument(
        "--format",
        choices=("text", "markdown", "madr", "json", "jsonl"),
        default="text",
        help="text: for people (colours on a terminal); markdown: the same answer as markdown; "
        "madr: a decision record (MADR); json/jsonl: for programs",
    )
    chat = sub.add_parser("chat", help="a conversation: interactive, or one turn per line on stdin")
    chat.add_argument("--format", choices=("text", "jsonl"), default="text")
    kb = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_sub.add_parser("check", help="validate the knowledge base; exit 1 on error")
    check.add_argument("--dir", type=Path, default=None, help="a knowledge-base folder (default: the shipped one)")
    kb_sub.add_parser("schema", help="print the JSON Schema of a knowledge-base YAML file")
    sub.add_parser("serve", help="run the Slack app (Socket Mode if SLACK_APP_TOKEN is set, else HTTP)")
    db = sub.add_parser("db", help="database tools")
    db.add_subparsers(dest="db_command", required=True).add_parser("upgrade", help="apply migrations to DATABASE_URL")
    return parser


def _turn_reply(engine: Engine, text: str) -> tuple[Turn, Reply]:
    """One question through the conversation's path, rendered as Slack renders a new thread's answer."""
    from knowledge.answer.reply_builder import ReplyBuilder
    from knowledge.reading.intents import UPDATE
    from knowledge.reasoning.conversation import CLARIFY, Conversation

    turn = Conversation(engine).turn(text)
    replies = ReplyBuilder(engine)
    reply = replies.answer(turn.advice) if turn.intent in (UPDATE, CLARIFY) else replies.reply(turn, echo=text)
    reply.echo = text
    return turn, reply


def _answer(text: str, fmt: str, stdout: TextIO) -> str | None:
    """The answer in `fmt`; None when it was printed straight to `stdout` (rich text). The collector is off
    meanwhile: a cold `ask` imports and reads back hundreds of thousands of long-lived objects and makes little
    garbage, so its passes are wasted (collected after, should a question leave cycles)."""
    gc.disable()
    try:
        return _answer_in(text, fmt, stdout)
    finally:
        gc.enable()


def _answer_in(text: str, fmt: str, stdout: TextIO) -> str | None:
    from knowledge.engine import default_engine

    engine = default_engine()
    turn, reply = _turn_reply(engine, text)
    if fmt == "text":
        from knowledge.answer.render_rich import render_rich
        from knowledge.reading.intents import UPDATE
        from knowledge.reasoning.conversation import CLARIFY

        render_rich(reply, stdout, turn.advice if turn.intent in (UPDATE, CLARIFY) else None)
        return None
    if fmt == "markdown":
        from knowledge.answer.markdown import reply_markdown

        return reply_markdown(reply)
    if fmt == "madr":
        from knowledge.answer.madr import RecordMeta, madr_record

        today = datetime.datetime.now(datetime.UTC).date().isoformat()
        return madr_record(turn.advice, engine.kb, RecordMeta(question=text, date=today, history=(text,)))
    from knowledge.answer.jsonout import advice_json
    from knowledge.answer.render_text import render_text

    # The JSON is the turn's advice, as the text is: one path from a question to its answer, so a question that
    # picks nothing ("sqlalchemy or the django orm?") has no recommendation in the JSON either.
    record = advice_json(turn.advice, render_text(reply))
    record["query"] = text  # the turn's state holds what was read, not the words asked
    return json.dumps(record, ensure_ascii=False, indent=2 if fmt == "json" else None)


def _lines(stream: TextIO) -> Iterable[str]:
    for line in stream:
        if line.strip():
            yield line.strip()


def cmd_ask(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    words = list(args.text)
    if args.format == "jsonl":
        queries = _lines(stdin) if words in ([], ["-"]) else [" ".join(words)]
        for query in queries:
            stdout.write(f"{_answer(query, 'jsonl', stdout)}\n")
            stdout.flush()
        return 0
    text = stdin.read() if words == ["-"] else " ".join(words)
    if not text.strip():
        stderr.write('framework-bot: the question is empty. Try: framework-bot ask "microservice, high concurrency"\n')
        return EXIT_USAGE
    out = _answer(text.strip(), args.format, stdout)
    if out is not None:
        stdout.write(out.rstrip("\n") + "\n")
    return 0


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
    from knowledge.answer.jsonout import advice_json
    from knowledge.answer.madr import is_save_request
    from knowledge.answer.render_text import render_text
    from knowledge.answer.reply_builder import ReplyBuilder
    from knowledge.engine import default_engine
    from knowledge.reading.intents import UPDATE
    from knowledge.reasoning.conversation import Conversation

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
    from knowledge.answer.jsonout import advice_json
    from knowledge.answer.madr import RecordMeta, madr_record

    if not asked:
        message = "Nothing to record yet: ask your question first, then say 'save this as a decision'."
        if fmt == "jsonl":
            return json.dumps({"query": text, "intent": "save", "record": None, "text": message}) + "\n"
        return message + "\n"
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    advice = engine.advisor.advise(conversation.query())
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
    from knowledge.answer.reply import Reply, Section

    shown = Reply(title=reply.title, footnotes=reply.footnotes)
    rest = Reply(title=reply.title, table=reply.table, footnotes=reply.footnotes)
    for section in reply.sections:
        if section.title == "Recommendation":
            shown.sections.append(Section(section.title, section.lines[:1]))
            rest.sections.append(section)  # the reasons in full come with the rest
        else:
            (shown if section.title in CHANGE_FIRST else rest).sections.append(section)
    return shown, rest


def cmd_kb(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from knowledge.base.loader import DATA_DIR, KnowledgeBaseError, json_schema, load_knowledge_base

    if args.kb_command == "schema":
        stdout.write(json.dumps(json_schema(), indent=2) + "\n")
        return 0
    directory = args.dir or DATA_DIR
    try:
        kb = load_knowledge_base(directory)
    except KnowledgeBaseError as exc:
        stderr.write(f"{exc}\n")
        return 1
    data = kb.data
    stdout.write(
        f"knowledge base OK ({directory}): {len(data.frameworks)} frameworks, {len(data.requirements)} "
        f"requirements, {len(data.rules)} rules, {len(data.disagreements)} disagreements, "
        f"{len(data.scenarios)} scenarios, {len(data.sources)} sources\n"
    )
    return 0


def main(
    argv: Sequence[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    args = _parser().parse_args(argv)
    if args.command == "ask":
        return cmd_ask(args, stdin, stdout, stderr)
    if args.command == "chat":
        return cmd_chat(args, stdin, stdout, stderr)
    if args.command == "kb":
        return cmd_kb(args, stdout, stderr)
    if args.command == "db":
        from bot.serve import db_upgrade

        return db_upgrade(stderr)
    from bot.serve import serve  # imports Slack; only when serving

    return serve(stderr)


def run() -> None:
    """Console-script entry point."""
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `framework-bot ask … | head` closed the pipe
        sys.exit(0)
