"""Multi-workspace install, end to end against the stand-in: Add to Slack, the redirect, oauth.v2.access,
requests authorized with that workspace's token, and uninstalling forgets the workspace."""

from __future__ import annotations

import asyncio
import base64
import json
import re

import aiohttp
from sqlalchemy import text

from bot.config import Settings
from bot.storage.store import ThreadKey
from tests import signed
from tests.slack_standin import SlackStandIn
from tests.test_slack_http import RunningBot, serve_bot, stop_bot

SECRET = "oauth-signing-secret"


async def _start(standin: SlackStandIn, url: str) -> RunningBot:
    settings = Settings(
        _env_file=None,
        slack_client_id="111.222",
        slack_client_secret="client-secret",  # type: ignore[arg-type]
        slack_signing_secret=SECRET,  # type: ignore[arg-type]
        slack_api_url=standin.api_url,
        database_url=url,  # type: ignore[arg-type]
    )
    assert settings.oauth
    settings.require()  # no SLACK_BOT_TOKEN needed
    return await serve_bot(standin, settings)


async def _install(session: aiohttp.ClientSession, base: str, team: str) -> None:
    async with session.get(base + "/slack/install") as resp:
        assert resp.status == 200
        page = await resp.text()
        cookie = resp.headers["Set-Cookie"].split(";", 1)[0]
    link = re.search(r'<a href="([^"]+)"', page)
    assert link is not None
    authorize = link.group(1).replace("&amp;", "&")
    assert "/oauth/v2/authorize?state=" in authorize and "client_id=111.222" in authorize
    assert "chat:write" in authorize and "commands" in authorize
    state = re.search(r"state=([^&]+)", authorize)
    assert state is not None
    redirect = f"{base}/slack/oauth_redirect?code=code-{team}&state={state.group(1)}"
    async with session.get(redirect, headers={"Cookie": cookie}) as resp:
        assert resp.status == 200, await resp.text()


def _event_from(team: str, inner: dict[str, object]) -> str:
    body = json.loads(signed.event(inner))
    body["team_id"] = team
    body["authorizations"] = [{"team_id": team, "user_id": "UBOT", "is_bot": True}]
    return json.dumps(body)


async def test_install_authorize_and_uninstall_two_workspaces(standin: SlackStandIn, store_url: str) -> None:
    running = await _start(standin, store_url)
    store, events = running.store, running.url
    base = events.removesuffix("/slack/events")
    try:
        async with aiohttp.ClientSession() as session:
            for team in ("T2", "T3"):
                await _install(session, base, team)
            exchanges = [c for c in standin.calls if c.method == "oauth.v2.access"]
            basic = "Basic " + base64.b64encode(b"111.222:client-secret").decode()
            assert len(exchanges) == 2 and all(c.ok and c.authorization == basic for c in exchanges)
            for team in ("T2", "T3"):
                body = signed.slash_command("microservice", standin.response_url(team)).replace(
                    "team_id=T1", f"team_id={team}"
                )
                status, _ = await signed.send(session, events, SECRET, body, signed.FORM)
                assert status == 200
                await standin.wait_for(
                    lambda team=team: any(  # type: ignore[misc]
                        c.authorization == f"Bearer xoxb-{team}-token" for c in standin.posted(thread_ts="")
                    )
                )
            await standin.settle()
            by_token = {c.authorization for c in standin.posted()}
            assert by_token == {"Bearer xoxb-T2-token", "Bearer xoxb-T3-token"}
            t2_thread = next(
                str(c.response["ts"]) for c in standin.posted(thread_ts="") if c.authorization == "Bearer xoxb-T2-token"
            )
            assert await store.load(ThreadKey("T2", "C1", t2_thread)) is not None

            # A workspace that never installed is refused.
            stranger = signed.slash_command("microservice", standin.response_url()).replace("team_id=T1", "team_id=T9")
            calls = len(standin.calls)
            await signed.send(session, events, SECRET, stranger, signed.FORM)  # Bolt refuses: no token for T9
            await standin.settle()
            assert len(standin.calls) == calls

            # Uninstalling T2 deletes its installation and everything it said; T3 is untouched.
            status, _ = await signed.send(
                session, events, SECRET, _event_from("T2", {"type": "app_uninstalled"}), signed.JSON
            )
            assert status == 200
            for _ in range(100):
                if await store.load(ThreadKey("T2", "C1", t2_thread)) is None:
                    break
                await asyncio.sleep(0.05)
            async with store.engine.connect() as conn:
                teams = {r[0] for r in await conn.execute(text("SELECT team_id FROM slack_installations"))}
                bots = {r[0] for r in await conn.execute(text("SELECT team_id FROM slack_bots"))}
                left = {r[0] for r in await conn.execute(text("SELECT team FROM conversations"))}
            assert teams == bots == {"T3"} and left == {"T3"}
            status, _ = await signed.send(
                session,
                events,
                SECRET,
                _event_from("T3", {"type": "tokens_revoked", "tokens": {"bot": ["UBOT"]}}),
                signed.JSON,
            )
            assert status == 200
            for _ in range(100):
                async with store.engine.connect() as conn:
                    if not (await conn.execute(text("SELECT count(*) FROM slack_bots"))).scalar():
                        break
                await asyncio.sleep(0.05)
            async with store.engine.connect() as conn:
                assert (await conn.execute(text("SELECT count(*) FROM conversations"))).scalar() == 0
    finally:
        await stop_bot(running)


def test_the_manifest_has_the_redirect_url_and_still_validates() -> None:
    import jsonschema
    import yaml

    from bot.slack.oauth import REDIRECT_PATH
    from tests.test_deployment import ROOT, SCHEMA

    manifest = yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))
    if SCHEMA.exists():  # ../shared/slack beside the checkout (as in CI); test_deployment skips likewise
        jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(manifest)
    (redirect,) = manifest["oauth_config"]["redirect_urls"]
    assert redirect.startswith("https://") and redirect.endswith(REDIRECT_PATH)
    assert {"app_uninstalled", "tokens_revoked"} <= set(manifest["settings"]["event_subscriptions"]["bot_events"])
