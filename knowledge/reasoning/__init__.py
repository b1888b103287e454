"""Reasoning: scoring frameworks, incumbent and add-on rules, migration, conversation state."""
