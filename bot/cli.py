"""`framework-bot`: ask, chat, kb check / kb schema, serve.

Slack and aiohttp are imported only by `serve`, so `ask` starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

EXIT_USAGE = 2
DEFAULT_QUERY = "microservice, high concurrency, 5-year horizon"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framework-bot", description="Framework Advisor: pick a Python web framework."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question (or one per line with --format jsonl -)")
    ask.add_argument("text", nargs="*", help="the requirements; '-' reads standard input")
    ask.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
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


def _answer(text: str, fmt: str) -> str:
    from knowledge.answer.jsonout import advice_json
    from knowledge.answer.render_text import render_text
    from knowledge.answer.reply_builder import ReplyBuilder
    from knowledge.engine import default_engine

    engine = default_engine()
    advice = engine.ask(text)
    rendered = render_text(ReplyBuilder(engine).answer(advice))
    if fmt == "text":
        return rendered
    return json.dumps(advice_json(advice, rendered), ensure_ascii=False, indent=2 if fmt == "json" else None)


def _lines(stream: TextIO) -> Iterable[str]:
    for line in stream:
        if line.strip():
            yield line.strip()


def cmd_ask(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    words = list(args.text)
    if args.format == "jsonl":
        queries = _lines(stdin) if words in ([], ["-"]) else [" ".join(words)]
        for query in queries:
            stdout.write(_answer(query, "jsonl") + "\n")
            stdout.flush()
        return 0
    text = stdin.read() if words == ["-"] else " ".join(words)
    if not text.strip():
        stderr.write('framework-bot: the question is empty. Try: framework-bot ask "microservice, high concurrency"\n')
        return EXIT_USAGE
    stdout.write(_answer(text.strip(), args.format).rstrip("\n") + "\n")
    return 0


def cmd_chat(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from knowledge.answer.jsonout import advice_json
    from knowledge.answer.render_text import render_text
    from knowledge.answer.reply_builder import ReplyBuilder
    from knowledge.engine import default_engine
    from knowledge.reasoning.conversation import Conversation

    engine = default_engine()
    conversation, replies = Conversation(engine), ReplyBuilder(engine)
    interactive = args.format == "text" and stdin.isatty()
    if interactive:
        stdout.write("Framework Advisor. Describe what you're building; 'help' for more, Ctrl-D to quit.\n")
    while True:
        if interactive:
            stdout.write("you> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            return 0
        if not line.strip():
            continue
        turn = conversation.turn(line.strip())
        text = render_text(replies.reply(turn))
        if args.format == "jsonl":
            record = advice_json(turn.advice, text)
            record.update(
                query=line.strip(),
                intent=turn.intent,
                focus=list(turn.focus),
                change=turn.change.explanation if turn.change else None,
                state=conversation.state.model_dump(),
            )
            stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            stdout.write(text + "\n")
        stdout.flush()


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
