"""Alembic environment: runs on the connection bot.storage.migrate hands over (no alembic.ini, no URL here)."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only bot.storage.migrate runs these migrations
    raise RuntimeError("run migrations with `framework-bot db upgrade`, not the alembic command")
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
