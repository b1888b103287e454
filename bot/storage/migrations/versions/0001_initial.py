"""Initial schema: conversations (now versioned), seen_events (indexed), decisions, TTL tombstones, OAuth.

Adopts a database of the pre-Alembic versions (tables `conversations` and `seen_events` made by the old
SqliteConversationStore, and `decisions` once it kept the decision log): their rows stay, `conversations`
gains `version`, each gets its indexes.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "conversations" in existing:
        with op.batch_alter_table("conversations") as batch:
            batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="0"))
    else:
        op.create_table(
            "conversations",
            sa.Column("team", sa.Text, primary_key=True),
            sa.Column("channel", sa.Text, primary_key=True),
            sa.Column("thread_ts", sa.Text, primary_key=True),
            sa.Column("state", sa.Text, nullable=False),
            sa.Column("meta", sa.Text, nullable=False),
            sa.Column("updated_at", sa.Float, nullable=False),
            sa.Column("version", sa.Integer, nullable=False, server_default="0"),
        )
    op.create_index("ix_conversations_updated_at", "conversations", ["updated_at"])
    if "seen_events" not in existing:
        op.create_table(
            "seen_events",
            sa.Column("key", sa.Text, primary_key=True),
            sa.Column("seen_at", sa.Float, nullable=False),
        )
    op.create_index("ix_seen_events_seen_at", "seen_events", ["seen_at"])
    op.create_table(
        "expired_threads",
        sa.Column("team", sa.Text, primary_key=True),
        sa.Column("channel", sa.Text, primary_key=True),
        sa.Column("thread_ts", sa.Text, primary_key=True),
        sa.Column("expired_at", sa.Float, nullable=False),
    )
    op.create_index("ix_expired_threads_expired_at", "expired_threads", ["expired_at"])
    if "decisions" in existing:  # the decision log of the last pre-Alembic version: same columns
        op.execute("DROP INDEX IF EXISTS decisions_by_time")
    else:
        _create_decisions()
    op.create_index("ix_decisions_team_updated_at", "decisions", ["team", "updated_at"])
    # slack-sdk's OAuth tables, built by its own definitions so its AsyncSQLAlchemy stores find what they expect.
    oauth = sa.MetaData()
    SQLAlchemyInstallationStore.build_installations_table(oauth, "slack_installations")
    SQLAlchemyInstallationStore.build_bots_table(oauth, "slack_bots")
    SQLAlchemyOAuthStateStore.build_oauth_states_table(oauth, "slack_oauth_states")
    oauth.create_all(op.get_bind())


def _create_decisions() -> None:
    op.create_table(
        "decisions",
        sa.Column("team", sa.Text, primary_key=True),
        sa.Column("channel", sa.Text, primary_key=True),
        sa.Column("thread_ts", sa.Text, primary_key=True),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("pick", sa.String(64)),
        sa.Column("confidence", sa.String(64)),
        sa.Column("asked_by", sa.String(64)),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.Column("record_id", sa.String(255)),
        sa.Column("record_url", sa.Text),
    )


def downgrade() -> None:
    for table in ("slack_oauth_states", "slack_bots", "slack_installations", "decisions", "expired_threads"):
        op.drop_table(table)
    op.drop_index("ix_seen_events_seen_at", "seen_events")
    op.drop_index("ix_conversations_updated_at", "conversations")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("version")
