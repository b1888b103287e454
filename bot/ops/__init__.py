"""Operating the bot: metrics, health and readiness, logging set-up, bounded work, shutdown."""
