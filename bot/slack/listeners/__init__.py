"""Bolt listener groups; each module has one `register(app, advisor)`."""
