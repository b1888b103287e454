"""A small local stand-in for Slack's Web API, response_url and Socket Mode, recording every call.

Tests point the bot's AsyncWebClient at `url + "/api/"`. Run it alone for a manual demo:
    python -m tests.slack_standin --port 8099
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from bot.slack.limits import problems

BOT_USER_ID = "UBOT"
TEAM_ID = "T1"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    authorization: str | None
    status: int
    response: dict[str, Any]

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))


@dataclass
class SlackStandIn:
    """State and behaviour knobs; `calls` and `responses` are what the bot sent."""

    calls: list[Call] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)  # posts to response_url
    socket_acks: list[dict[str, Any]] = field(default_factory=list)
    cannot_post: dict[str, str] = field(default_factory=dict)  # channel -> error, e.g. "not_in_channel"
    rate_limit: dict[str, int] = field(default_factory=dict)  # method -> how many 429s to answer first
    threads: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    port: int = 0
    _ts: Any = field(default_factory=lambda: itertools.count(1))
    _sockets: list[web.WebSocketResponse] = field(default_factory=list)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.url}/response/{name}"

    # ---- what tests read -------------------------------------------------------------

    def posted(self, channel: str | None = None, thread_ts: str | None = None, ok: bool = True) -> list[Call]:
        """chat.postMessage calls, filtered; thread_ts="" means top-level only."""
        out = [c for c in self.calls if c.method == "chat.postMessage" and c.ok == ok]
        if channel is not None:
            out = [c for c in out if c.params.get("channel") == channel]
        if thread_ts == "":
            out = [c for c in out if not c.params.get("thread_ts")]
        elif thread_ts is not None:
            out = [c for c in out if c.params.get("thread_ts") == thread_ts]
        return out

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]

    async def wait_for(self, condition: Callable[[], bool], within: float = 10.0) -> None:
        async def poll() -> None:
            while not condition():
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(poll(), within)

    async def settle(self, quiet: float = 0.3) -> None:
        """Wait until no call has arrived for `quiet` seconds (to prove nothing more comes)."""
        while True:
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), quiet)
            except TimeoutError:
                return

    # ---- server ----------------------------------------------------------------------

    async def start(self) -> SlackStandIn:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # slack-sdk sends some reads (conversations.replies) as GET
        app.router.add_post("/response/{name}", self._response_url)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for ws in self._sockets:
            await ws.close()
        if self._runner:
            await self._runner.cleanup()

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._changed.set()

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        else:
            params.update(dict(await request.post()))
        for key in ("blocks", "attachments"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        return params

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        auth = request.headers.get("Authorization")
        if self.rate_limit.get(method, 0) > 0:
            self.rate_limit[method] -= 1
            body = {"ok": False, "error": "ratelimited"}
            self._record(Call(method, params, auth, 429, body))
            return web.json_response(body, status=429, headers={"Retry-After": "0"})
        body = self._answer(method, params)
        self._record(Call(method, params, auth, 200, body))
        return web.json_response(body)

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        channel = str(params.get("channel", ""))
        if method == "auth.test":
            return {
                "ok": True,
                "user_id": BOT_USER_ID,
                "bot_id": "BBOT",
                "team_id": TEAM_ID,
                "user": "advisor",
                "team": "Test",
                "url": "https://test.example/",
            }
        if method in ("chat.postMessage", "chat.postEphemeral"):
            if channel in self.cannot_post:
                return {"ok": False, "error": self.cannot_post[channel]}
            invalid = problems({"text": params.get("text", ""), "blocks": params.get("blocks", [])})
            if invalid:
                return {"ok": False, "error": "invalid_blocks", "errors": invalid}
            ts = f"{1700000000 + next(self._ts)}.000100"
            return {"ok": True, "channel": channel, "ts": ts, "message": {"ts": ts, "text": params.get("text")}}
        if method == "chat.getPermalink":
            return {
                "ok": True,
                "channel": channel,
                "permalink": f"https://test.example/archives/{channel}/p{str(params.get('message_ts')).replace('.', '')}",  # noqa: E501  # one URL
            }
        if method == "conversations.replies":
            return {"ok": True, "messages": self.threads.get((channel, str(params.get("ts"))), []), "has_more": False}
        if method == "oauth.v2.access":  # the code names the workspace being installed: "code-T2" installs T2
            team = str(params.get("code", "")).removeprefix("code-")
            if not team:
                return {"ok": False, "error": "invalid_code"}
            return {
                "ok": True,
                "app_id": "A1",
                "authed_user": {"id": "U1"},
                "scope": str(params.get("scope") or "commands,chat:write"),
                "token_type": "bot",
                "access_token": f"xoxb-{team}-token",
                "bot_user_id": BOT_USER_ID,
                "team": {"id": team, "name": f"Workspace {team}"},
                "enterprise": None,
                "is_enterprise_install": False,
            }
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"}
        return {"ok": True}

    async def _response_url(self, request: web.Request) -> web.Response:
        body = await request.json()
        invalid = problems({"text": body.get("text", ""), "blocks": body.get("blocks", [])})
        self.responses.append({**body, "_name": request.match_info["name"], "_invalid": invalid})
        self._changed.set()
        return web.Response(text="ok" if not invalid else "invalid_blocks", status=200 if not invalid else 400)

    # ---- Socket Mode -----------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": 1,
                "debug_info": {"host": "standin"},
                "connection_info": {"app_id": "A1"},
            }
        )
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                self.socket_acks.append(json.loads(msg.data))
                self._changed.set()
        return ws

    async def push(self, envelope: dict[str, Any]) -> None:
        """Send an envelope to the connected Socket Mode client."""
        await self.wait_for(lambda: bool(self._sockets))
        await self._sockets[-1].send_json(envelope)


async def _main(port: int) -> None:
    standin = await SlackStandIn(port=port).start()
    print(f"Slack stand-in on {standin.api_url} (Ctrl-C to stop); calls are printed as they arrive")
    seen = 0
    while True:
        await asyncio.sleep(0.5)
        for call in standin.calls[seen:]:
            print(
                f"{call.method} {call.params.get('channel', '')} thread={call.params.get('thread_ts', '-')} "
                f"ok={call.ok} text={str(call.params.get('text', ''))[:100]!r}"
            )
        seen = len(standin.calls)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8099)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main(parser.parse_args().port))
