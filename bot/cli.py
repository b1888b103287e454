"""`framework-bot`: ask, kb check / kb schema, serve; `chat` is bot/chat.py.

Slack and aiohttp are imported only by `serve`, and `rich` only when text is printed, so `ask` starts fast.
"""

from __future__ import annotations

import argparse
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
    from knowledge.reasoning.conversation import Turn

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
        from bot.chat import cmd_chat

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
