"""Framework Advisor's brain: a cited knowledge base, a parser, an advisor and conversations.

Pure Python with no Slack in it. Start from `knowledge.engine.default_engine()`.
"""
