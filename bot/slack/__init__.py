"""The Slack face: the Bolt app, its listeners, Block Kit builders, limits and posting."""
