"""Answering: replies, comparison tables, terminal and JSON renderings."""
