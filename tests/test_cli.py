"""The `framework-bot` CLI contract: ask (text/json/jsonl), chat, kb check/schema, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from bot.cli import main

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
    assert "RECOMMENDATION\nFastAPI (score +6, high confidence" in out
    assert "| Criterion" in out and "| Score for your needs" in out
    assert "] Django vs Flask vs FastAPI: Python's Web Framework Showdown, § " in out


def test_ask_json_has_the_contract_shape() -> None:
    code, out, _ = run("ask", "--format", "json", "we run flask today; need websockets, no admin")
    data = json.loads(out)
    assert code == 0 and set(data) >= CONTRACT
    assert {"id": "admin-panel", "label": "Admin panel / back office", "negated": True} in data["requirements"]
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
