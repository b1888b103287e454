"""Benchmarks for the knowledge core: parse+advise per query, and a cold `framework-bot ask`.

Targets (issue #2): parse+advise median < 1 ms; cold `ask` < 0.5 s. Run: `make bench`.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
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
    for _ in range(20):
        start = time.perf_counter_ns()
        engine.ask(LONG)
        long_samples.append(time.perf_counter_ns() - start)
    return {
        "parse_advise_median_ms": round(statistics.median(per_query), 4),
        "parse_advise_worst_query_median_ms": round(max(per_query), 4),
        "parse_advise_4000_chars_median_ms": round(statistics.median(long_samples) / 1e6, 3),
    }


def time_cold_start(runs: int = 7) -> dict[str, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "ask", QUERIES[0]], check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return {"cold_ask_median_s": round(statistics.median(samples), 3), "cold_ask_max_s": round(max(samples), 3)}


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
    ok = results["parse_advise_median_ms"] < 1.0 and results["cold_ask_median_s"] < 0.5
    print("targets met" if ok else "TARGETS MISSED: parse+advise < 1 ms median, cold ask < 0.5 s")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
