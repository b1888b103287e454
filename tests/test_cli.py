"""The `framework-bot` CLI contract: ask (text/json/jsonl), chat, kb check/schema, exit codes."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from knowledge.answer.madr import SECTIONS

CONTRACT = {
    "query",
    "requirements",
    "excluded",
    "recommendation",
    "ranking",
    "migration",
    "clarification",
    "sources",
    "text",
}


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_ask_text_prints_a_readable_answer_with_a_table() -> None:
    code, out, _ = run("ask", "microservice, high concurrency, 5-year horizon")
    assert code == 0
    assert out.startswith("FastAPI recommended, high confidence\nYou asked: microservice")
    assert "\nRecommendation\nFastAPI (score +6, high confidence" in out
    assert "Criterion" in out and "Score for" in out and "\x1b[" not in out  # plain when not a terminal
    assert "] Django vs Flask vs FastAPI: Python's Web Framework Showdown, § " in out
    assert out.index("Comparison\n") < out.index("Sources\n")
    assert "Migration notes" not in out  # greenfield: no migration section
    assert all(len(line) <= 80 and line == line.rstrip() for line in out.splitlines())
    assert not re.search(r"(?<![\w*])\*\w|`|(?<!\w)_\w[^_]*_(?!\w)", out)  # no Slack markup leaks


def test_ask_goes_through_the_conversation_path() -> None:
    code, out, _ = run("ask", "compare django and fastapi")
    assert code == 0 and out.startswith("Compare\n") and "In one line each" in out and "FastAPI" in out
    code, out, _ = run("ask", "why not flask?")
    assert code == 0 and "Why not Flask?" in out
    code, out, _ = run("ask", "--format", "json", "compare django and fastapi")
    data = json.loads(out)
    assert set(data) >= CONTRACT and "IN ONE LINE EACH" in data["text"]


def test_ask_colours_on_a_terminal_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    out = Tty()
    assert main(["ask", "admin panel"], stdin=io.StringIO(), stdout=out, stderr=io.StringIO()) == 0
    assert "\x1b[" in out.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    out = Tty()
    main(["ask", "admin panel"], stdin=io.StringIO(), stdout=out, stderr=io.StringIO())
    assert "\x1b[3" not in out.getvalue()  # no colour codes


def test_ask_markdown_and_madr() -> None:
    code, out, _ = run("ask", "--format", "markdown", "we run flask today; websockets and async")
    assert code == 0 and out.startswith("> we run flask today") and "## Recommendation" in out
    assert "**FastAPI**" in out and "| Criterion | Django | Flask | FastAPI |" in out
    assert out.index("## Comparison") < out.index("## Sources") and "## Migration notes" in out
    code, out, _ = run("ask", "--format", "madr", "public API for partners with openapi docs, large team")
    assert code == 0 and out.startswith("# Use FastAPI for public API for partners with openapi docs, large team\n")
    for section in SECTIONS:
        assert f"\n## {section}\n" in out, section
    assert "* Team: Large or growing team" in out and "* Status: proposed" in out


def test_version_and_examples_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("framework-bot ")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert 'framework-bot ask --format madr "' in capsys.readouterr().out


def test_chat_shows_changes_first_then_the_rest_on_request_and_exits() -> None:
    turns = "microservice, high concurrency\nwe also need an admin panel\nmore\nexit\nwhy not flask?\n"
    code, out, _ = run("chat", stdin=turns)
    assert code == 0 and "Why not Flask?" not in out  # 'exit' ended the conversation
    second = out.split("(more: the full answer, comparison and sources)")
    assert len(second) == 2
    refinement = second[0].rsplit("FastAPI recommended", 1)[-1]
    assert "What changed" in refinement and "Why not the others" not in refinement
    assert "Why not the others" in second[1] and "Sources" in second[1]
    assert "`" not in out


def test_ask_json_has_the_contract_shape() -> None:
    code, out, _ = run("ask", "--format", "json", "we run flask today; need websockets, no admin")
    data = json.loads(out)
    assert code == 0 and set(data) >= CONTRACT
    admin = next(r for r in data["requirements"] if r["id"] == "admin-panel")
    assert admin["label"] == "Admin panel / back office" and admin["negated"] is True and admin["from_text"] == "admin"
    rec = data["recommendation"]
    assert set(rec) >= {"framework", "name", "score", "confidence", "reasons"} and rec["framework"] == "fastapi"
    assert data["ranking"][0] == {"framework": "fastapi", "score": rec["score"]}
    assert data["migration"]["from"] == "flask" and data["migration"]["to"] == "fastapi" and data["migration"]["notes"]
    assert all(s.endswith(".txt") for s in data["sources"])


def test_ask_jsonl_reads_one_query_per_line_and_skips_blanks() -> None:
    code, out, _ = run("ask", "--format", "jsonl", "-", stdin="admin panel\n\n  \nI like turtles\nnot django\n")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [d["query"] for d in lines] == ["admin panel", "I like turtles", "not django"]
    assert all(set(d) >= CONTRACT for d in lines)
    assert lines[1]["recommendation"] is None and lines[1]["clarification"]
    assert lines[2]["excluded"] == ["django"]


def test_empty_query_exits_2_with_a_message() -> None:
    for argv, stdin in ((("ask", ""), ""), (("ask", "-"), "  \n"), (("ask",), "")):
        code, out, err = run(*argv, stdin=stdin)
        assert code == 2 and out == "" and "empty" in err


def test_chat_jsonl_turns_with_intents() -> None:
    turns = "microservice, high concurrency\nwhat if we also need an admin panel?\nwhy not flask?\nstart over\n"
    code, out, _ = run("chat", "--format", "jsonl", stdin=turns)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["intent"] for r in records] == ["update", "update", "why-not", "reset"]
    assert all(CONTRACT | {"intent"} <= set(r) for r in records)
    assert records[1]["change"].startswith("Still FastAPI")
    assert records[3]["requirements"] == []


def test_kb_check_and_schema(tmp_path: Path) -> None:
    code, out, _ = run("kb", "check")
    assert code == 0 and "knowledge base OK" in out
    code, out, _ = run("kb", "schema")
    assert code == 0 and "rules" in json.loads(out)["properties"]
    (tmp_path / "bad.yaml").write_text("rules:\n  - id: Bad Id\n", encoding="utf-8")
    code, _, err = run("kb", "check", "--dir", str(tmp_path))
    assert code == 1 and "bad.yaml: rules entry #1 (id: Bad Id): id: String should match pattern" in err


def test_the_installed_entry_point_runs_without_slack_imports() -> None:
    """`python -m bot ask` is the real program; Slack must not be imported for it (cold start)."""
    probe = (
        "import sys, runpy; sys.argv=['framework-bot','ask','admin panel'];"
        "\ntry: runpy.run_module('bot', run_name='__main__')\nexcept SystemExit as e: code=e.code"
        "\nassert code == 0, code\nbad=[m for m in sys.modules if m.startswith(('slack','aiohttp'))]"
        "\nassert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "Django" in result.stdout
