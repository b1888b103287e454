"""The advisor in Slack: answers in threads, carries conversations, shares decisions.

Listener callbacks (bot/slack/listeners/) translate Bolt payloads into calls here. Everything
posted is built by bot.slack.blocks from knowledge replies; every failure ends in a message to
the user, never in silence. The flows live in bot/slack/flows/, one module each.
"""

from __future__ import annotations

from bot.slack.flows.commands import CommandFlow
from bot.slack.flows.core import Asker
from bot.slack.flows.fallbacks import without_actions as _without_actions
from bot.slack.flows.threads import ThreadFlow

__all__ = ["Asker", "SlackAdvisor", "_without_actions"]  # Asker and _without_actions: callers import them from here


class SlackAdvisor(CommandFlow, ThreadFlow):
    """Every flow over one shared state (bot.slack.flows.core.AdvisorCore)."""
