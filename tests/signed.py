"""Build and send properly signed Slack requests (slash commands, events, button clicks).

Also a tiny CLI for the README's manual check:
    python -m tests.signed --url http://127.0.0.1:3000/slack/events --secret S \
        --response-url http://127.0.0.1:8099/response/demo "microservice, high concurrency"
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import time
from typing import Any
from urllib.parse import urlencode

import aiohttp
from slack_sdk.signature import SignatureVerifier

from tests.slack_standin import TEAM_ID

_event_ids = itertools.count(1)


def headers(
    secret: str, body: str, content_type: str, timestamp: int | None = None, retry_num: int | None = None
) -> dict[str, str]:
    ts = str(timestamp if timestamp is not None else int(time.time()))
    out = {
        "X-Slack-Request-Timestamp": ts,
        "Content-Type": content_type,
        "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body),
    }
    if retry_num is not None:
        out.update({"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"})
    return out


def slash_command(text: str, response_url: str, channel: str = "C1", user: str = "U1") -> str:
    return urlencode(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "team_domain": "test",
            "channel_id": channel,
            "channel_name": "design",
            "user_id": user,
            "user_name": "ada",
            "command": "/framework",
            "text": text,
            "api_app_id": "A1",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": "1.2.3",
        }
    )


def event(inner: dict[str, Any], event_id: str | None = None) -> str:
    return json.dumps(
        {
            "token": "legacy",
            "team_id": TEAM_ID,
            "api_app_id": "A1",
            "event": inner,
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_event_ids):06d}",
            "event_time": int(time.time()),
            "authorizations": [{"team_id": TEAM_ID, "user_id": "UBOT", "is_bot": True}],
        }
    )


def block_action(action: dict[str, Any], channel: str, message_ts: str, response_url: str, user: str = "U1") -> str:
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM_ID, "domain": "test"},
        "user": {"id": user, "team_id": TEAM_ID},
        "api_app_id": "A1",
        "token": "legacy",
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": False},
        "trigger_id": "1.2.3",
        "channel": {"id": channel, "name": "design"},
        "message": {"ts": message_ts, "type": "message", "text": "x"},
        "response_url": response_url,
        "actions": [{**action, "block_id": "advisor_actions", "action_ts": str(time.time())}],
    }
    return urlencode({"payload": json.dumps(payload)})


def interaction(payload: dict[str, Any]) -> str:
    """Any interactive payload (shortcut, message_action, view_submission), form-encoded as Slack sends it."""
    base = {"team": {"id": TEAM_ID, "domain": "test"}, "api_app_id": "A1", "token": "legacy", "trigger_id": "1.2.3"}
    return urlencode({"payload": json.dumps({**base, **payload})})


def global_shortcut(callback_id: str, user: str = "U1") -> str:
    return interaction({"type": "shortcut", "callback_id": callback_id, "user": {"id": user, "team_id": TEAM_ID}})


def message_shortcut(
    callback_id: str, channel: str, message: dict[str, Any], response_url: str, user: str = "U1"
) -> str:
    return interaction(
        {
            "type": "message_action",
            "callback_id": callback_id,
            "user": {"id": user, "team_id": TEAM_ID},
            "channel": {"id": channel, "name": "design"},
            "message": message,
            "message_ts": message["ts"],
            "response_url": response_url,
        }
    )


def view_submission(view: dict[str, Any], values: dict[str, Any], user: str = "U1") -> str:
    submitted = {**view, "id": "V1", "state": {"values": values}}
    return interaction({"type": "view_submission", "user": {"id": user, "team_id": TEAM_ID}, "view": submitted})


FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


async def send(
    session: aiohttp.ClientSession, url: str, secret: str, body: str, content_type: str, **kwargs: Any
) -> tuple[int, str]:
    async with session.post(url, data=body.encode(), headers=headers(secret, body, content_type, **kwargs)) as resp:
        return resp.status, await resp.text()


async def _main(args: argparse.Namespace) -> None:
    async with aiohttp.ClientSession() as session:
        status, text = await send(session, args.url, args.secret, slash_command(args.text, args.response_url), FORM)
        print(f"HTTP {status} {text!r}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Send a signed /framework command to a running bot.")
    parser.add_argument("--url", default="http://127.0.0.1:3000/slack/events")
    parser.add_argument("--secret", required=True)
    parser.add_argument("--response-url", default="http://127.0.0.1:8099/response/demo")
    parser.add_argument("text")
    asyncio.run(_main(parser.parse_args()))
