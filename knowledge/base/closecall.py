"""How a close call is ordered: which of two frameworks within a few points is named first."""

from __future__ import annotations

from pydantic import Field

from knowledge.base.entry import Entry, Fact


class CloseCalls(Entry):
    """Two frameworks within `margin` points are named together with the question that decides between them;
    these settle which one leads."""

    margin: int = Field(ge=0, le=3, description="Points apart within which two frameworks are a close call.")
    lean_weight: int = Field(
        ge=0,
        le=2,
        description="A rule of this weight or less only says a framework copes with a need; above it, the sources "
        "name the framework as a pick for that need.",
    )
    named_leads: Fact = Field(description="Why a framework the message names keeps the lead in a close call.")
    pick_over_leans: Fact = Field(
        description="Why, in a tie, a framework the sources pick for a need leads one that only copes with each."
    )
