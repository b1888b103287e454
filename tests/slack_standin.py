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

from bot.slack.limits import problems, view_problems

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
    retry_after: int = 0  # the Retry-After (seconds) sent with each 429
    server_errors: dict[str, int] = field(default_factory=dict)  # method -> how many HTTP 500s to answer first
    fail_next: dict[str, list[str]] = field(default_factory=dict)  # method -> Slack error codes for the next calls
    response_url_errors: int = 0  # how many posts to response_url fail with HTTP 500 first
    record: bool = True  # False: count calls only (benchmarks), keep no bodies
    counts: dict[str, int] = field(default_factory=dict)  # method -> successful calls, recorded or not
    threads: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    fail: dict[str, str] = field(default_factory=dict)  # method -> error it answers, e.g. canvases.create
    canvases: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> {"title", "markdown", "channel"}
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> {"title", "content", "channel", ...}
    views: list[dict[str, Any]] = field(default_factory=list)  # views.publish / views.open, as sent
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
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/socket", self._socket)
        app.router.add_get("/_stats", self._stats)
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
        if call.ok:
            self.counts[call.method] = self.counts.get(call.method, 0) + 1
        if self.record:
            self.calls.append(call)
        self._changed.set()

    async def _stats(self, _: web.Request) -> web.Response:
        return web.json_response({"counts": self.counts, "responses": len(self.responses)})

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
            return web.json_response(body, status=429, headers={"Retry-After": str(self.retry_after)})
        if self.server_errors.get(method, 0) > 0:
            self.server_errors[method] -= 1
            self._record(Call(method, params, auth, 500, {"ok": False, "error": "internal_error"}))
            return web.Response(status=500, text="<html>Internal Server Error</html>", content_type="text/html")
        error = self.fail_next[method].pop(0) if self.fail_next.get(method) else ""
        if error:  # "" in the list lets that call through
            body = {"ok": False, "error": error}
            self._record(Call(method, params, auth, 200, body))
            return web.json_response(body)
        body = self._answer(method, params) if method not in self.fail else {"ok": False, "error": self.fail[method]}
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
        if method in ("canvases.create", "conversations.canvases.create", "canvases.edit"):
            return self._canvas(method, params)
        if method.startswith("files."):
            return self._file(method, params)
        if method in ("views.publish", "views.open"):
            view = params.get("view")
            view = json.loads(view) if isinstance(view, str) else view
            invalid = view_problems(view or {})
            if invalid:
                return {"ok": False, "error": "invalid_arguments", "errors": invalid}
            self.views.append({"method": method, **params, "view": view})
            return {"ok": True, "view": {"id": f"V{len(self.views)}", **(view or {})}}
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

    def _canvas(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        content = params.get("document_content") or {}
        if method == "canvases.edit":
            canvas = self.canvases.get(str(params.get("canvas_id")))
            if canvas is None:
                return {"ok": False, "error": "canvas_not_found"}
            for change in params.get("changes") or []:
                if change.get("operation") == "replace":
                    canvas["markdown"] = change["document_content"]["markdown"]
                    canvas["edits"] += 1
                elif change.get("operation") == "rename":
                    canvas["title"] = change["title_content"]["markdown"]
            return {"ok": True}
        if content.get("type") != "markdown" or not content.get("markdown"):
            return {"ok": False, "error": "invalid_arguments"}
        canvas_id = f"F{next(self._ts):08d}"
        channel = params.get("channel_id")
        self.canvases[canvas_id] = {
            "title": params.get("title"),
            "markdown": content["markdown"],
            "channel": channel,
            "method": method,
            "edits": 0,
        }
        return {"ok": True, "canvas_id": canvas_id}

    def _file(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "files.getUploadURLExternal":
            file_id = f"FU{next(self._ts):07d}"
            self.files[file_id] = {"filename": params.get("filename"), "length": int(params.get("length", 0))}
            return {"ok": True, "file_id": file_id, "upload_url": f"{self.url}/upload/{file_id}"}
        if method == "files.completeUploadExternal":
            listed = json.loads(params["files"]) if isinstance(params.get("files"), str) else params.get("files")
            out = []
            for item in listed or []:
                file = self.files.get(item["id"])
                if file is None or "content" not in file:
                    return {"ok": False, "error": "file_not_found"}
                file.update(
                    title=item.get("title"), channel=params.get("channel_id"), thread_ts=params.get("thread_ts")
                )
                permalink = f"https://test.example/files/{BOT_USER_ID}/{item['id']}/{file['filename']}"
                file["permalink"] = permalink
                out.append({"id": item["id"], "title": item.get("title"), "permalink": permalink})
            return {"ok": True, "files": out}
        if method == "files.delete":
            return (
                {"ok": True}
                if self.files.pop(str(params.get("file")), None)
                else {"ok": False, "error": "file_not_found"}
            )
        return {"ok": False, "error": "unknown_method"}

    async def _upload(self, request: web.Request) -> web.Response:
        file = self.files.get(request.match_info["file_id"])
        if file is None:
            return web.Response(status=404, text="no such upload")
        data = await request.read()
        file["content"] = data.decode("utf-8")
        self._changed.set()
        return web.Response(text=f"OK - {len(data)}")

    async def _response_url(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.response_url_errors > 0:
            self.response_url_errors -= 1
            return web.Response(status=500, text="server error")
        invalid = problems({"text": body.get("text", ""), "blocks": body.get("blocks", [])})
        self.responses.append({**body, "_name": request.match_info["name"], "_invalid": invalid})
        self._changed.set()
        return web.Response(text="ok" if not invalid else "invalid_blocks", status=200 if not invalid else 400)

    # ---- Socket Mode -----------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        self._changed.set()  # push() may be waiting for this connection: no other call need follow it
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
