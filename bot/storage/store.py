"""Where conversations live between messages: the interface. bot.storage.sql implements it.

Keys are (team, channel, thread_ts): one conversation per thread. The same database also
remembers which events were already handled, so Slack's retries never answer twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from bot.storage.decisions import DecisionEntry, DecisionLog
from knowledge.reasoning.thread_state import ConversationState


@dataclass(frozen=True)
class ThreadKey:
    team: str
    channel: str
    thread_ts: str


@dataclass
class StoredConversation:
    state: ConversationState
    question: str = ""
    asked_by: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    version: int | None = None  # None: not saved yet; else the version loaded (compare-and-set on save)


class ConversationStore(Protocol):
    async def load(self, key: ThreadKey) -> StoredConversation | None: ...

    async def save(
        self, key: ThreadKey, conversation: StoredConversation, decision: DecisionEntry | None = None
    ) -> bool:
        """Compare-and-set on `conversation.version`: False (nothing written) when another turn saved first.
        A `decision` is upserted into the decision log in the same transaction, only when the save wins."""
        ...

    async def was_expired(self, key: ThreadKey) -> bool:
        """True when this thread's conversation was deleted for its age (CONVERSATION_TTL_DAYS)."""
        ...

    async def claim(self, event_key: str) -> bool:
        """True the first time `event_key` is seen, False for every repeat."""
        ...

    async def release(self, event_key: str) -> None:
        """Undo a claim whose work failed, so a retry is answered."""
        ...

    async def ping(self) -> bool:
        """True when the database answers (GET /readyz)."""
        ...

    async def schema_current(self) -> bool:
        """True when the database is at the migrations' head (GET /readyz)."""
        ...

    async def close(self) -> None:
        """After this, every call raises StoreClosed instead of reopening the database."""
        ...


class Store(ConversationStore, DecisionLog, Protocol):
    """What the bot runs on: conversations, event dedup and the decision log (bot.storage.sql.SqlStore)."""
