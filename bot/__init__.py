"""Framework Advisor's Slack face: Bolt listeners, Block Kit rendering, storage, config, CLI."""
