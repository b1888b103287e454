"""Multi-workspace install: Bolt's OAuth flow on slack-sdk's async SQLAlchemy stores, on the app's database.

On when SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_SIGNING_SECRET are set: `GET /slack/install`
(Add to Slack) and `GET /slack/oauth_redirect`; each request is then authorized with the bot token of
the workspace it came from. Uninstalling (or revoking the tokens) forgets the workspace entirely.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import AsyncSQLAlchemyOAuthStateStore
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import SLACK_API_URL, Settings
from bot.storage.decisions import DecisionLog

log = logging.getLogger("framework_advisor")

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_TTL_S = 600  # an Add to Slack click must come back within 10 minutes


def authorization_url(api_url: str) -> str:
    """Slack's authorize page; beside SLACK_API_URL's host, so a stand-in can play it too."""
    if api_url == SLACK_API_URL:
        return "https://slack.com/oauth/v2/authorize"
    parts = urlsplit(api_url)
    return f"{parts.scheme}://{parts.netloc}/oauth/v2/authorize"


def oauth_settings(settings: Settings, engine: AsyncEngine, scopes: frozenset[str]) -> AsyncOAuthSettings:
    assert settings.slack_client_id and settings.slack_client_secret
    client_id = settings.slack_client_id
    return AsyncOAuthSettings(
        client_id=client_id,
        client_secret=settings.slack_client_secret.get_secret_value(),
        scopes=sorted(scopes),
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        authorization_url=authorization_url(settings.slack_api_url),
        installation_store=AsyncSQLAlchemyInstallationStore(client_id=client_id, engine=engine, logger=log),
        state_store=AsyncSQLAlchemyOAuthStateStore(expiration_seconds=STATE_TTL_S, engine=engine, logger=log),
    )


def register_uninstall(app: AsyncApp, store: DecisionLog) -> None:
    """app_uninstalled / tokens_revoked (bot): delete the installation and all the workspace's data."""

    async def forget(body: dict[str, Any], event: dict[str, Any]) -> None:
        team = str(body.get("team_id") or "")
        if event.get("type") == "tokens_revoked" and not (event.get("tokens") or {}).get("bot"):
            return  # only user tokens revoked: the bot still works there
        if team:
            await store.delete_team(team)  # conversations, decisions, installation and bots rows
            log.info("forgot workspace %s (%s)", team, event.get("type"))

    app.event("app_uninstalled")(forget)
    app.event("tokens_revoked")(forget)
