"""How a close call is ordered: which of two frameworks within a few points is named first."""

from __future__ import annotations

from pydantic import Field

from knowledge.base.entry import Entry, Fact, Id, Text


class CloseCalls(Entry):
    """Two frameworks within `margin` points are named together with the question that decides between them;
    these settle which one leads. `against_choice_weight` sits with these numbers: how strongly the sources must
    count a stated need against a framework before an asker's chosen move to it does not stand."""

    margin: int = Field(ge=0, le=3, description="Points apart within which two frameworks are a close call.")
    lean_weight: int = Field(
        ge=0,
        le=2,
        description="A rule of this weight or less only says a framework copes with a need; above it, the sources "
        "name the framework as a pick for that need.",
    )
    against_choice_weight: int = Field(
        ge=-3,
        le=-1,
        description="A need's rule weighing this much or less against a framework the asker chose to move to (a cost "
        "the sources name) rules that framework out as the move.",
    )
    options_margin: int = Field(
        2,
        ge=0,
        le=3,
        description="Points below the leader within which a framework on the asker's own shortlist ('django or "
        "flask for …?') is answered instead of a leader left off it.",
    )
    agreeing_loose_cues: int = Field(
        2,
        ge=2,
        le=5,
        description="Loose cues from this many separate words, each putting the same framework first, add up to a "
        "need that decides ('an endpoint, a queue consumer'); fewer leave the kind of system open.",
    )
    agreeing_categories: list[Text] = Field(
        default_factory=list,
        description="Need categories whose loose cues may add up (what the system is: 'api', 'architecture'); "
        "virtues every framework claims ('quality', 'team') never do ('secure and maintainable').",
    )
    no_pain_needs: list[Id] = Field(
        default_factory=list,
        description="Needs that say only that what runs is fine ('it works'): beside a next project on the "
        "framework that runs, they ask for no change, so that framework is kept.",
    )
    ranked_still_loose: list[Id] = Field(
        default_factory=list,
        description="Loose needs that name no problem even when the asker ranks them first ('stability matters "
        "most'); other loose needs ranked first decide.",
    )
    option_leads: Fact | None = Field(
        None, description="Why a close fit on the asker's shortlist is answered rather than a leader off it."
    )
    option_stands_in: Fact | None = Field(
        None,
        description="Why a shortlisted lesser-known framework standing in for the leader ('plain flask, or "
        "quart?' when async leads to FastAPI) is answered.",
    )
    named_leads: Fact = Field(description="Why a framework the message names keeps the lead in a close call.")
    kin_leads: Fact = Field(
        description="Why a ranked framework leads a close call when the message names a lesser-known framework "
        "it is built on or that stands in for it ('Starlette for …?': FastAPI)."
    )
    pick_over_leans: Fact = Field(
        description="Why, in a tie, a framework the sources pick for a need leads one that only copes with each."
    )
