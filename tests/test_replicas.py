"""Two `framework-bot serve` processes on one real PostgreSQL, driven round-robin against the stand-in.

Slash commands go to one replica each; every follow-up event is delivered to BOTH replicas and then
retried to both (as Slack does after a timeout), in threads the other replica started, and some
threads get two follow-ups at the same moment, one through each replica.
"""

from __future__ import annotations

import asyncio
import collections
import json
import os
import socket
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
import pytest

from tests import signed
from tests.pg import PgServer, fresh_database
from tests.slack_standin import BOT_USER_ID, SlackStandIn

SECRET = "replica-secret"
COMMANDS = 500
FOLLOWED = 120  # threads that get follow-ups
RACED = 40  # of those, threads that get two follow-ups at once, one through each replica
QUESTION = "microservice, high concurrency"
FIRST, SECOND = ("what if we need an admin panel", "admin-panel"), ("what if we need websockets", "realtime")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _replica(standin: SlackStandIn, database_url: str, log: Path) -> tuple[asyncio.subprocess.Process, str]:
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DATABASE_"))},
        "SLACK_BOT_TOKEN": "xoxb-replica",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": standin.api_url,
        "DATABASE_URL": database_url,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }
    with log.open("wb") as out:  # a file, not a pipe: a full pipe would stall the replica
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "serve", env=env, cwd=log.parent, stdout=out, stderr=out
        )
    return proc, f"http://127.0.0.1:{port}"


async def _healthy(session: aiohttp.ClientSession, url: str) -> None:
    for _ in range(300):
        try:
            async with session.get(url + "/healthz") as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientConnectionError:
            pass
        await asyncio.sleep(0.1)
    raise AssertionError(f"{url} never became healthy")


def _follow_up(channel: str, thread_ts: str, text: str, n: int) -> str:
    inner = {
        "type": "message",
        "channel": channel,
        "channel_type": "channel",
        "user": "U2",
        "text": text,
        "ts": f"1800000000.{n:06d}",
        "thread_ts": thread_ts,
        "parent_user_id": BOT_USER_ID,
    }
    return signed.event(inner, event_id=f"EvF{n:06d}")


# Two server processes and a database on a loaded 2-core machine: its own waits allow 60 s, so the default 30 s cut
# (meant for hangs) would fire before them.
@pytest.mark.timeout(180)
async def test_two_replicas_answer_every_command_once_and_continue_each_others_threads(
    pg_server: PgServer, tmp_path: Path
) -> None:
    started = time.monotonic()
    database_url = await fresh_database(pg_server)
    standin = await SlackStandIn().start()
    replicas = [await _replica(standin, database_url, tmp_path / f"replica{i}.log") for i in range(2)]
    urls = [url + "/slack/events" for _, url in replicas]
    limit = asyncio.Semaphore(24)
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64)) as session:
            await asyncio.gather(*(_healthy(session, url) for _, url in replicas))

            async def send(url: str, body: str, content_type: str, **kwargs: Any) -> None:
                async with limit:
                    status, _ = await signed.send(session, url, SECRET, body, content_type, **kwargs)
                assert status == 200

            # 1. Slash commands, round-robin, one channel each so every answer is attributable.
            channels = [f"C{i:04d}" for i in range(COMMANDS)]
            await asyncio.gather(
                *(
                    send(urls[i % 2], signed.slash_command(QUESTION, standin.response_url(ch), channel=ch), signed.FORM)
                    for i, ch in enumerate(channels)
                )
            )

            def parents() -> dict[str, list[str]]:
                out: dict[str, list[str]] = collections.defaultdict(list)
                for call in standin.posted(thread_ts=""):
                    out[str(call.params["channel"])].append(str(call.response["ts"]))
                return out

            await standin.wait_for(lambda: len(parents()) == COMMANDS, within=60)
            tops = parents()
            assert all(len(tops[ch]) == 1 for ch in channels), "a command answered more than once"
            thread_of = {ch: tops[ch][0] for ch in channels}

            def details() -> collections.Counter[str]:
                return collections.Counter(
                    str(c.params.get("thread_ts")) for c in standin.posted() if c.params.get("thread_ts")
                )

            def all_detailed() -> bool:  # every thread has its details, and the same number (same question)
                counts = {details()[thread_of[ch]] for ch in channels}
                return len(counts) == 1 and min(counts) > 0

            await standin.wait_for(all_detailed, within=60)
            await standin.settle(0.5)
            assert all_detailed() and len(parents()) == COMMANDS
            per_thread = details()
            before = dict(per_thread)

            # 2. Follow-ups: each event to both replicas, then retried to both; the other replica gets it first.
            deliveries = []
            for i, ch in enumerate(channels[:FOLLOWED]):
                other = (i + 1) % 2
                bodies = [_follow_up(ch, thread_of[ch], FIRST[0], 2 * i)]
                if i < RACED:
                    bodies.append(_follow_up(ch, thread_of[ch], SECOND[0], 2 * i + 1))
                for body in bodies:
                    deliveries.append(send(urls[other], body, signed.JSON))
                    deliveries.append(send(urls[1 - other], body, signed.JSON))
                    deliveries.append(send(urls[other], body, signed.JSON, retry_num=1))
                    deliveries.append(send(urls[1 - other], body, signed.JSON, retry_num=1))
            control = channels[FOLLOWED]  # delivered once only: how many replies one follow-up makes
            deliveries.append(send(urls[0], _follow_up(control, thread_of[control], FIRST[0], 99999), signed.JSON))
            await asyncio.gather(*deliveries)

            async def states() -> dict[str, set[str]]:
                conn = await asyncpg.connect(database_url.replace("postgresql+asyncpg", "postgresql"))
                try:
                    rows = await conn.fetch("SELECT channel, state FROM conversations")
                finally:
                    await conn.close()
                return {r["channel"]: set(json.loads(r["state"])["requirements"]) for r in rows}

            deadline = time.monotonic() + 60
            while True:
                got = await states()
                done = all(FIRST[1] in got.get(ch, set()) for ch in channels[: FOLLOWED + 1]) and all(
                    SECOND[1] in got.get(ch, set()) for ch in channels[:RACED]
                )
                if done or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.2)

            def answered() -> bool:  # every follow-up's replies are out (at least as many as the control's)
                now = details()
                one = now[thread_of[control]] - before[thread_of[control]]
                return one > 0 and all(now[thread_of[ch]] - before[thread_of[ch]] >= one for ch in channels[:FOLLOWED])

            await standin.wait_for(answered, within=60)
            await standin.settle(1.0)
    finally:
        for proc, _ in replicas:
            proc.terminate()
        for proc, _ in replicas:
            await proc.wait()
        await standin.stop()
        logs = "\n".join((tmp_path / f"replica{i}.log").read_text(errors="replace")[-3000:] for i in range(2))

    # Every command answered exactly once; nothing fell back to response_url or an apology.
    assert len(standin.posted(thread_ts="")) == COMMANDS
    assert not standin.responses, standin.responses[:3]
    assert not [c for c in standin.calls if c.method == "chat.postEphemeral"]
    # Each follow-up continued its thread's conversation (the question's needs are still there) ...
    for ch in channels[:FOLLOWED]:
        expected = {"microservice", "high-concurrency", FIRST[1]} | ({SECOND[1]} if ch in channels[:RACED] else set())
        assert got[ch] == expected, (ch, got[ch])
    for ch in channels[FOLLOWED + 1 :]:
        assert got[ch] == {"microservice", "high-concurrency"}
    # ... and was answered exactly once, though delivered four times: the same number of replies everywhere.
    after = collections.Counter(str(c.params.get("thread_ts")) for c in standin.posted() if c.params.get("thread_ts"))
    single = {after[thread_of[ch]] - before[thread_of[ch]] for ch in channels[RACED:FOLLOWED]}
    double = {after[thread_of[ch]] - before[thread_of[ch]] for ch in channels[:RACED]}
    one = after[thread_of[control]] - before[thread_of[control]]
    assert single == {one} and one > 0, (single, one, logs)
    assert len(double) == 1 and min(double) > min(single), (double, logs)
    assert all(after[thread_of[ch]] == before[thread_of[ch]] for ch in channels[FOLLOWED + 1 :])
    assert "Traceback" not in logs, logs
    print(f"two replicas: {COMMANDS} commands, {len(deliveries)} event deliveries in {time.monotonic() - started:.1f}s")
    assert time.monotonic() - started < 120


def test_docker_compose_runs_postgresql_and_two_replicas_on_it() -> None:
    import yaml

    compose = yaml.safe_load((Path(__file__).resolve().parents[1] / "docker-compose.yml").read_text())
    services = compose["services"]
    bots = [s for name, s in services.items() if name != "db"]
    assert services["db"]["image"].startswith("postgres:15") and len(bots) == 2
    urls = {s["environment"]["DATABASE_URL"] for s in bots}
    assert len(urls) == 1 and next(iter(urls)).startswith("postgresql+asyncpg://") and "@db:5432/" in next(iter(urls))
    assert len({s["ports"][0] for s in bots}) == 2
