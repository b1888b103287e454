"""What one event's dedup claim costs as `seen_events` grows (issue 8: it used to grow with the table).

Run: `.venv/bin/python bench/bench_store.py [--pg]` (--pg starts a throw-away PostgreSQL, as the tests do).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from bot.storage.sql import SqlStore

SIZES = (0, 100_000, 1_000_000)
CLAIMS = 2000


async def measure(url: str) -> None:
    store = await SqlStore.open(url)
    try:
        filled = 0
        for size in SIZES:
            async with store.engine.begin() as conn:
                while filled < size:
                    chunk = min(50_000, size - filled)
                    old = time.time() - 7200
                    await conn.execute(
                        text("INSERT INTO seen_events (key, seen_at) VALUES (:k, :t)"),
                        [{"k": f"fill:{filled + i}", "t": old} for i in range(chunk)],
                    )
                    filled += chunk
            times = []
            for i in range(CLAIMS):
                started = time.perf_counter()
                await store.claim(f"event:{size}:{i}")
                times.append(time.perf_counter() - started)
            times.sort()
            print(
                f"{store.dialect:10} rows={size:>9,}  claim median {statistics.median(times) * 1000:.3f} ms"
                f"  p99 {times[int(len(times) * 0.99)] * 1000:.3f} ms"
            )
        started = time.perf_counter()
        purged = await store.purge_seen_events(time.time() - 3600)
        print(f"{store.dialect:10} purge of {purged:,} expired rows in batches: {time.perf_counter() - started:.1f} s")
    finally:
        await store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg", action="store_true", help="also on a throw-away PostgreSQL")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        asyncio.run(measure(f"sqlite+aiosqlite:///{tmp}/bench.db"))
    if args.pg:
        from tests.pg import fresh_database, running_server

        with running_server() as server:
            asyncio.run(measure(asyncio.run(fresh_database(server))))


if __name__ == "__main__":
    main()
