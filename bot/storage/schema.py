"""The tables, in SQLAlchemy Core. Alembic migrations (bot/storage/migrations) create and change them.

Times are epoch seconds (floats), as the first SQLite version stored them. Every column a purge
filters on is indexed, so a purge costs what it deletes, not what the table holds.
"""

from __future__ import annotations

from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

conversations = Table(
    "conversations",
    metadata,
    Column("team", Text, primary_key=True),
    Column("channel", Text, primary_key=True),
    Column("thread_ts", Text, primary_key=True),
    Column("state", Text, nullable=False),
    Column("meta", Text, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("version", Integer, nullable=False, server_default="0"),  # compare-and-set on every save
    Index("ix_conversations_updated_at", "updated_at"),
)

seen_events = Table(
    "seen_events",
    metadata,
    Column("key", Text, primary_key=True),
    Column("seen_at", Float, nullable=False),
    Index("ix_seen_events_seen_at", "seen_at"),
)

expired_threads = Table(  # threads whose conversation the TTL purge deleted, so a follow-up can say so
    "expired_threads",
    metadata,
    Column("team", Text, primary_key=True),
    Column("channel", Text, primary_key=True),
    Column("thread_ts", Text, primary_key=True),
    Column("expired_at", Float, nullable=False),
    Index("ix_expired_threads_expired_at", "expired_at"),
)

decisions = Table(
    "decisions",
    metadata,
    Column("team", Text, primary_key=True),
    Column("channel", Text, primary_key=True),
    Column("thread_ts", Text, primary_key=True),
    Column("question", Text, nullable=False),
    Column("pick", String(64)),
    Column("confidence", String(64)),
    Column("asked_by", String(64)),
    Column("updated_at", Float, nullable=False),
    Column("record_id", String(255)),
    Column("record_url", Text),
    Index("ix_decisions_team_updated_at", "team", "updated_at"),
)

# slack-sdk's OAuth tables, as its AsyncSQLAlchemy stores expect them (same names, same columns).
INSTALLATIONS_TABLE = SQLAlchemyInstallationStore.default_installations_table_name
BOTS_TABLE = SQLAlchemyInstallationStore.default_bots_table_name
OAUTH_STATES_TABLE = SQLAlchemyOAuthStateStore.default_table_name
slack_installations = SQLAlchemyInstallationStore.build_installations_table(metadata, INSTALLATIONS_TABLE)
slack_bots = SQLAlchemyInstallationStore.build_bots_table(metadata, BOTS_TABLE)
slack_oauth_states = SQLAlchemyOAuthStateStore.build_oauth_states_table(metadata, OAUTH_STATES_TABLE)
