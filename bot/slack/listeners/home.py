"""App Home: the decision log, published on app_home_opened."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.slack_advisor import SlackAdvisor

log = logging.getLogger("framework_advisor")


class HomeListeners:
    def __init__(self, advisor: SlackAdvisor) -> None:
        self.advisor = advisor

    async def on_home_opened(
        self, event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
    ) -> None:
        if event.get("tab") not in (None, "home"):
            return  # the Messages tab
        team = str(body.get("team_id") or context.team_id or "")
        try:
            async with self.advisor.work.slot():
                await self.advisor.publish_home(client, team, str(event.get("user") or ""))
        except Exception:  # Slack already has its 200
            log.exception("publishing App Home failed")


def register(app: AsyncApp, advisor: SlackAdvisor) -> HomeListeners:
    listeners = HomeListeners(advisor)
    app.event("app_home_opened")(listeners.on_home_opened)
    return listeners
