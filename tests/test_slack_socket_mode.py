"""Socket Mode: the real AsyncSocketModeHandler against the stand-in's WebSocket."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from bot.config import Settings
from bot.slack.app import close_client, create_app
from bot.storage.sql import SqlStore
from tests import signed
from tests.slack_standin import SlackStandIn


async def test_socket_mode_acks_envelopes_and_answers(tmp_path: Path) -> None:
    standin = await SlackStandIn().start()
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test",
        slack_app_token="xapp-test",  # type: ignore[call-arg]
        slack_api_url=standin.api_url,
        database_path=str(tmp_path / "c.db"),
    )
    store = await SqlStore.open(settings.store_url)
    app, _ = create_app(settings, store)
    handler = AsyncSocketModeHandler(app, "xapp-test")
    try:
        await handler.connect_async()
        await standin.wait_for(lambda: "apps.connections.open" in standin.methods())
        open_call = next(c for c in standin.calls if c.method == "apps.connections.open")
        assert open_call.authorization == "Bearer xapp-test"

        command = dict(parse_qsl(signed.slash_command("microservice, high concurrency", standin.response_url())))
        await standin.push(
            {"envelope_id": "env-cmd", "type": "slash_commands", "payload": command, "accepts_response_payload": True}
        )
        await standin.wait_for(lambda: any(a.get("envelope_id") == "env-cmd" for a in standin.socket_acks))
        await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts="")))
        parent = standin.posted("C1", thread_ts="")[0]
        assert "FastAPI" in json.dumps(parent.params["blocks"])
        ts = str(parent.response["ts"])
        await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts=ts)))
        await standin.settle()

        before = len(standin.posted("C1", thread_ts=ts))
        inner = {
            "type": "message",
            "channel": "C1",
            "channel_type": "channel",
            "user": "U2",
            "text": "why not flask?",
            "ts": "1800.000100",
            "thread_ts": ts,
        }
        envelope = {
            "envelope_id": "env-evt",
            "type": "events_api",
            "accepts_response_payload": False,
            "retry_attempt": 0,
            "retry_reason": "",
            "payload": json.loads(signed.event(inner, "EvSock1")),
        }
        await standin.push(envelope)
        await standin.wait_for(lambda: any(a.get("envelope_id") == "env-evt" for a in standin.socket_acks))
        await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
        assert "Why not Flask?" in json.dumps(standin.posted("C1", thread_ts=ts)[-1].params["blocks"])

        # Slack's retry of the same event over the socket: acked, never answered twice
        await standin.push({**envelope, "envelope_id": "env-evt-2", "retry_attempt": 1, "retry_reason": "timeout"})
        await standin.wait_for(lambda: any(a.get("envelope_id") == "env-evt-2" for a in standin.socket_acks))
        await standin.settle(0.5)
        assert len(standin.posted("C1", thread_ts=ts)) == before + 1
    finally:
        await handler.close_async()
        await close_client(app)
        await store.close()
        await standin.stop()
