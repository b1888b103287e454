"""The Slack flows SlackAdvisor is made of (bot.slack.slack_advisor puts them together)."""
