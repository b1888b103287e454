"""The decision log: one entry per answered thread, newest first on App Home, linked to its record."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class DecisionEntry:
    """A thread's current decision. Upserted on every answer, keyed by (team, channel, thread_ts)."""

    team: str
    channel: str
    thread_ts: str
    question: str
    pick: str | None  # framework id, None while the thread is unresolved
    confidence: str | None
    asked_by: str | None
    updated_at: float
    record_id: str | None = None  # canvas id or file id of the saved decision record
    record_url: str | None = None


class DecisionLog(Protocol):
    async def record_decision(self, entry: DecisionEntry) -> None:
        """Insert or update the entry for its thread, keeping any record_id/record_url already saved
        when the new entry has none."""
        ...

    async def get_decision(self, team: str, channel: str, thread_ts: str) -> DecisionEntry | None: ...

    async def list_decisions(self, team: str, limit: int, offset: int = 0) -> list[DecisionEntry]:
        """The team's entries, newest `updated_at` first."""
        ...

    async def delete_team(self, team: str) -> None:
        """Forget every conversation, event and decision of a workspace (uninstall)."""
        ...
