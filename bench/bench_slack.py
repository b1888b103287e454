"""The bot against a bare Bolt app, side by side on loopback against the Slack stand-in.

Three processes besides this driver: the stand-in (tests/slack_standin.py, counting only), `framework-bot
serve` (HTTP mode) and a bare slack-bolt app that acks each /framework and posts exactly the messages the bot
would post for that question. The driver alternates the two apps in rounds, sends signed slash commands at a
fixed concurrency, and waits until every message of every command has reached the stand-in.

Prints, bot ÷ bare: answers per second, ack p99, CPU per command; and the bot's RSS after all its commands.
Targets (issue 8): answers/s ≥ 1.0x, ack p99 ≤ 1.3x, RSS < 120 MB after 10,000 commands.

    python bench/bench_slack.py                       # 4 rounds x 500 commands per app (about a minute)
    python bench/bench_slack.py --rounds 10 --per-round 1000   # 10,000 commands per app
    python bench/bench_slack.py --bot-env ANSWER_CACHE_SIZE=0    # every answer built afresh
    python bench/bench_slack.py --postgres                     # the bot on a throwaway local PostgreSQL
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.signed and tests.slack_standin
SECRET = "bench-secret"
TOKEN = "xoxb-bench-token"
QUERIES = [
    "microservice, high concurrency, 5-year horizon",
    "We're building a full-stack web app for customers plus a back office for staff",
    "Headless backend: just a REST API, maybe GraphQL later",
    "we run flask today; need websockets, async and swagger docs",
    "anything except django - ML inference API with 40 python developers",
    "multi-tenant SaaS with billing, security matters, long term",
    "compare django fastapi flask",
    "migrate flask fastapi",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def expected_messages() -> dict[str, list[dict[str, Any]]]:
    """What the bot posts for each query (parent first, then the thread), built by the bot's own code."""
    from bot.slack.command_text import parse_command
    from bot.slack.slack_advisor import SlackAdvisor, _without_actions
    from knowledge.engine import default_engine
    from knowledge.reasoning.conversation import Conversation

    engine = default_engine()
    advisor = SlackAdvisor(engine, store=None)  # type: ignore[arg-type]  # building messages needs no store
    out: dict[str, list[dict[str, Any]]] = {}
    for query in QUERIES:
        text = parse_command(query).text
        turn = Conversation(engine).turn(text)
        parent, thread = advisor._answer_messages(turn, text, "U1")
        out[query] = [dict(_without_actions(parent)), *[dict(m) for m in thread]]
    return out


# ---- the bare app and the stand-in, each run as `bench_slack.py bare|standin` ----------------------------


def run_bare(port: int, api_url: str, messages_file: str) -> None:
    from aiohttp import web
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    messages = json.loads(Path(messages_file).read_text())

    async def main() -> None:
        app = AsyncApp(client=AsyncWebClient(token=TOKEN, base_url=api_url), signing_secret=SECRET)

        @app.command("/framework")
        async def on_command(ack: Any, command: dict[str, Any], client: AsyncWebClient) -> None:
            await ack()
            posts = messages[command["text"]]
            first = await client.chat_postMessage(channel=command["channel_id"], **posts[0])
            for message in posts[1:]:
                await client.chat_postMessage(channel=command["channel_id"], thread_ts=first["ts"], **message)

        runner = web.AppRunner(app.web_app(path="/slack/events"))
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        await asyncio.Event().wait()

    asyncio.run(main())


def run_standin(port: int) -> None:
    from tests.slack_standin import SlackStandIn

    async def main() -> None:
        await SlackStandIn(port=port, record=False).start()
        await asyncio.Event().wait()

    asyncio.run(main())


# ---- the driver -----------------------------------------------------------------------------------------


async def wait_http(url: str, within: float = 30.0) -> None:
    import aiohttp

    deadline = time.monotonic() + within
    async with aiohttp.ClientSession() as session:
        while True:
            try:
                async with session.get(url) as resp:
                    if resp.status < 500:
                        return
            except aiohttp.ClientError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(url)
            await asyncio.sleep(0.1)


async def posted(session: Any, standin_url: str) -> int:
    async with session.get(standin_url + "/_stats") as resp:
        return int((await resp.json())["counts"].get("chat.postMessage", 0))


async def one_round(
    session: Any, url: str, standin_url: str, commands: list[str], per_query: dict[str, int], *, concurrency: int
) -> tuple[float, list[float]]:
    """Send the commands; returns (seconds until every message landed, ack latencies)."""
    from tests import signed

    start_count = await posted(session, standin_url)
    target = start_count + sum(per_query[q] for q in commands)
    acks: list[float] = []
    queue = iter(commands)

    async def worker() -> None:
        for text in queue:
            body = signed.slash_command(text, standin_url + "/response/bench")
            t0 = time.perf_counter()
            status, _ = await signed.send(session, url, SECRET, body, signed.FORM)
            acks.append(time.perf_counter() - t0)
            if status != 200:
                raise RuntimeError(f"HTTP {status} from {url}")

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    deadline = time.monotonic() + 120
    while await posted(session, standin_url) < target:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url}: only {await posted(session, standin_url) - start_count} messages landed")
        await asyncio.sleep(0.02)
    return time.perf_counter() - start, acks


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


async def drive(args: argparse.Namespace, pids: dict[str, int], urls: dict[str, str], standin_url: str) -> None:
    import aiohttp

    messages = expected_messages()
    per_query = {q: len(m) for q, m in messages.items()}
    cycle = itertools.cycle(QUERIES)
    results: dict[str, dict[str, list[float]]] = {name: {"secs": [], "acks": [], "cpu": []} for name in urls}
    connector = aiohttp.TCPConnector(limit=args.concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        for url in urls.values():  # warm up both: imports, first auth.test, caches
            warm = [next(cycle) for _ in range(50)]
            await one_round(session, url, standin_url, warm, per_query, concurrency=args.concurrency)
        for r in range(args.rounds):
            order = list(urls) if r % 2 == 0 else list(reversed(urls))
            for name in order:
                commands = [next(cycle) for _ in range(args.per_round)]
                cpu0 = cpu_seconds(pids[name])
                secs, acks = await one_round(
                    session, urls[name], standin_url, commands, per_query, concurrency=args.concurrency
                )
                results[name]["cpu"].append((cpu_seconds(pids[name]) - cpu0) / len(commands))
                results[name]["secs"].append(secs)
                results[name]["acks"].extend(acks)
                print(
                    f"round {r + 1} {name:4}: {len(commands) / secs:7.1f} answers/s  ack p99 {p99(acks) * 1e3:6.1f} ms"
                )
    total = args.rounds * args.per_round
    rate = {n: total / sum(v["secs"]) for n, v in results.items()}
    ack = {n: p99(v["acks"]) for n, v in results.items()}
    cpu = {n: statistics.mean(v["cpu"]) for n, v in results.items()}
    print(f"\n{total} commands per app, concurrency {args.concurrency}, {len(QUERIES)} questions in turn")
    print(f"answers/s   bot {rate['bot']:7.1f}  bare {rate['bare']:7.1f}  ratio {rate['bot'] / rate['bare']:.2f}x")
    print(f"ack p99     bot {ack['bot'] * 1e3:5.1f} ms  bare {ack['bare'] * 1e3:5.1f} ms", end="  ")
    print(f"ratio {ack['bot'] / ack['bare']:.2f}x")
    print(f"CPU/command bot {cpu['bot'] * 1e3:5.2f} ms  bare {cpu['bare'] * 1e3:5.2f} ms", end="  ")
    print(f"ratio {cpu['bot'] / cpu['bare']:.2f}x")
    print(f"RSS after {total + 50} commands: bot {rss_mb(pids['bot']):.0f} MB, bare {rss_mb(pids['bare']):.0f} MB")
    async with (
        aiohttp.ClientSession() as session,
        session.get(urls["bot"].replace("/slack/events", "/metrics")) as resp,
    ):
        samples = dict(
            line.rsplit(" ", 1) for line in (await resp.text()).splitlines() if line and not line.startswith("#")
        )
    count = float(samples.get("advisor_ack_to_answer_seconds_count", 0)) or 1.0
    mean = float(samples.get("advisor_ack_to_answer_seconds_sum", 0)) / count
    print(f"bot ack-to-answer mean {mean * 1e3:.0f} ms over {count:.0f} answers (from its /metrics)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("role", nargs="?", default="drive", choices=["drive", "bare", "standin"])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--per-round", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--api-url", default="")
    parser.add_argument("--messages", default="")
    parser.add_argument("--postgres", action="store_true", help="run the bot on a local PostgreSQL (initdb)")
    parser.add_argument("--bot-env", action="append", default=[], metavar="NAME=VALUE", help="e.g. ANSWER_CACHE_SIZE=0")
    args = parser.parse_args()
    if args.role == "bare":
        run_bare(args.port, args.api_url, args.messages)
        return
    if args.role == "standin":
        run_standin(args.port)
        return

    if args.postgres:
        import contextlib

        from tests.pg import fresh_database, running_server

        with running_server() as server:
            url = asyncio.run(fresh_database(server))
            args.bot_env.append(f"DATABASE_URL={url}")
            print(f"bot database: PostgreSQL on port {server.port}")
            with contextlib.suppress(KeyboardInterrupt):
                compare(args)
        return
    compare(args)


def compare(args: argparse.Namespace) -> None:
    ports = {"standin": free_port(), "bot": free_port(), "bare": free_port()}
    standin_url = f"http://127.0.0.1:{ports['standin']}"
    api_url = standin_url + "/api/"
    tmp = Path(tempfile.mkdtemp(prefix="bench-slack-"))
    messages_file = tmp / "messages.json"
    messages_file.write_text(json.dumps(expected_messages()))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    bot_env = {
        **env,
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": api_url,
        "PORT": str(ports["bot"]),
        "HOST": "127.0.0.1",
        "DATABASE_PATH": str(tmp / "bench.db"),
    }
    bot_env.pop("SLACK_APP_TOKEN", None)
    bot_env.update(dict(item.split("=", 1) for item in args.bot_env))
    me = [sys.executable, str(Path(__file__).resolve())]
    procs = {
        "standin": subprocess.Popen([*me, "standin", "--port", str(ports["standin"])], env=env, cwd=ROOT),
        "bot": subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"], env=bot_env, cwd=tmp, stderr=(tmp / "bot.log").open("w")
        ),
        "bare": subprocess.Popen(
            [*me, "bare", "--port", str(ports["bare"]), "--api-url", api_url, "--messages", str(messages_file)],
            env=env,
            cwd=ROOT,
        ),
    }
    urls = {name: f"http://127.0.0.1:{ports[name]}/slack/events" for name in ("bot", "bare")}
    print(f"bot log: {tmp / 'bot.log'}")
    try:

        async def run() -> None:
            await wait_http(standin_url + "/_stats")
            for url in urls.values():
                await wait_http(url)
            await drive(args, {n: p.pid for n, p in procs.items()}, urls, standin_url)

        asyncio.run(run())
    finally:
        for proc in procs.values():
            proc.send_signal(signal.SIGTERM)
        for proc in procs.values():
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    main()
