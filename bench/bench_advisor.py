"""Benchmarks for the knowledge core: parse+advise per query, and a cold `framework-bot ask`.

Targets: parse+advise median < 1 ms; p99 < 5 ms for 4,000-character inputs; cold `ask` < 0.5 s.
Run: `make bench`. The long inputs are distinct pastes built from the evaluation questions, so
word caches do not flatter them.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

QUERIES = [
    "microservice, high concurrency, 5-year horizon",
    "We're building a full-stack web app for customers plus a back office for staff",
    "Headless backend: just a REST API, maybe GraphQL later",
    "we run flask today; need websockets, async and swagger docs",
    "anything except django - ML inference API with 40 python developers",
    "Microservise with hi concurency; 5yr; no admin panel",
    "multi-tenant SaaS with billing, security matters, long term",
    "a tiny prototype script with a small dashboard",
    "I like turtles",
    "we don't need async or an admin, small team, internal tool for support",
]
LONG = ("we need websockets and an admin panel, 🚀 <!here> & <@U123> lots of forms and a cms " * 60)[:4000]


def time_queries(rounds: int = 300) -> dict[str, float]:
    from knowledge.engine import default_engine
    from knowledge.reasoning.conversation import Conversation

    engine = default_engine()
    for q in QUERIES:  # warm caches (typo repairs), as a running bot would be
        engine.ask(q)
    per_query = []
    for q in QUERIES:
        samples = []
        for _ in range(rounds):
            start = time.perf_counter_ns()
            engine.ask(q)
            samples.append(time.perf_counter_ns() - start)
        per_query.append(statistics.median(samples) / 1e6)
    long_samples = []
    for text in [LONG, *_long_pastes()]:
        start = time.perf_counter_ns()
        Conversation(engine).turn(text)  # the one pipeline every face uses
        long_samples.append(time.perf_counter_ns() - start)
    eval_samples = []
    for text in _eval_texts():
        start = time.perf_counter_ns()
        Conversation(engine).turn(text)
        eval_samples.append(time.perf_counter_ns() - start)
    return {
        "parse_advise_median_ms": round(statistics.median(per_query), 4),
        "parse_advise_worst_query_median_ms": round(max(per_query), 4),
        "eval_questions_turn_median_ms": round(statistics.median(eval_samples) / 1e6, 4),
        "eval_questions_turn_p99_ms": round(_p99(eval_samples) / 1e6, 3),
        "parse_advise_4000_chars_median_ms": round(statistics.median(long_samples) / 1e6, 3),
        "parse_advise_4000_chars_p99_ms": round(_p99(long_samples) / 1e6, 3),
    }


def _p99(samples: list[int]) -> float:
    return statistics.quantiles(samples, n=100)[98]


def _eval_texts() -> list[str]:
    import yaml

    folder = Path(__file__).parent / "eval" / "dev"  # (held-out text is read only by `make eval`)
    return [
        str(case["text"])
        for path in sorted(folder.glob("*.yaml"))
        for case in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("cases") or []
    ]


def _long_pastes(count: int = 300) -> list[str]:
    texts = _eval_texts()
    rng = random.Random(7)
    pastes = []
    for _ in range(count):
        rng.shuffle(texts)
        pastes.append(" ".join(texts)[:4000])
    return pastes


def time_cold_start(runs: int = 9) -> dict[str, float]:
    """A new `framework-bot ask` process, as a user's machine runs it: with the packages' bytecode compiled (the
    first run writes it, and `pip install .` compiles it), and once without any (the first run after an edit)."""
    root = Path(__file__).parent.parent
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", "knowledge", "bot"], cwd=root, env=env, check=True)
    _ask(env, root)  # (fills the engine cache, should the sources have changed)
    samples = [_ask(env, root) for _ in range(runs)]
    return {
        "cold_ask_median_s": round(statistics.median(samples), 3),
        "cold_ask_max_s": round(max(samples), 3),
        "cold_ask_no_bytecode_s": round(_ask_without_bytecode(root, env), 3),
    }


def _ask(env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bot", "ask", QUERIES[0]], check=True, capture_output=True, env=env, cwd=cwd)
    return time.perf_counter() - start


def _ask_without_bytecode(root: Path, env: dict[str, str]) -> float:
    """One ask from a copy of the packages with no bytecode, none written: every module of ours compiled from
    source, while the standard library and the dependencies keep theirs."""
    with tempfile.TemporaryDirectory() as folder:
        for package in ("knowledge", "bot"):
            shutil.copytree(root / package, Path(folder) / package, ignore=shutil.ignore_patterns("__pycache__"))
        return _ask({**env, "PYTHONPATH": folder, "PYTHONDONTWRITEBYTECODE": "1"}, cwd=Path(folder))


def measure_memory() -> dict[str, float]:
    tracemalloc.start()
    from knowledge.base.loader import load_knowledge_base
    from knowledge.engine import Engine

    Engine(load_knowledge_base())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"engine_load_peak_mib": round(peak / 2**20, 1)}


def main() -> int:
    results = {**measure_memory(), **time_queries(), **time_cold_start()}
    print(json.dumps(results, indent=2))
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    targets = {
        "median < 1 ms": results["parse_advise_median_ms"] < 1.0,
        "4,000-char p99 < 5 ms": results["parse_advise_4000_chars_p99_ms"] < 5.0,
        "cold ask < 0.5 s": results["cold_ask_median_s"] < 0.5,
    }
    missed = [name for name, met in targets.items() if not met]
    print(f"TARGETS MISSED: {', '.join(missed)}" if missed else "targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
