"""vocabulary.yaml `neighbours`: a message describing a system beside the one being chosen for ("our 12-year-old,
300k-line monolith stays; which framework for the new small pricing services?"). The seeds size a framework to the
service it runs (003 "When each wins": single-purpose microservices; 000 "Real-world business scenarios >
Microservices"), so the size, age and head count of the system beside it are not the new service's."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class NeighbourCues(Entry):
    """A clause marked as about another (older, main) system, and a clause marked as about the new one."""

    other: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'legacy', 'the old', 'monolith': the clause describes a system beside ours."),
    ]
    systems: Annotated[
        frozenset[Word],
        Field(
            min_length=1,
            description="'app', 'codebase', 'erp': an `other` mark counts only when it is one of these or one follows "
            "it within `reach` words ('the old php app'); 'our legacy of secure defaults', 'our old team lead' name "
            "no system.",
        ),
    ]
    reach: Annotated[int, Field(ge=0, le=6, description="How many words after an `other` mark may name the system.")]
    fresh: Annotated[
        frozenset[WordRun],
        Field(
            min_length=1, description="'new', 'beside it', 'split off': the clause describes the system asked about."
        ),
    ]
    others_own: list[str] = Field(
        default_factory=list,
        description="'zendesk has its own admin and agent logins', 'a vendor wms (with its own users)': a possession "
        "said of another product, so the parts listed after it, up to the clause's end, are that product's, not "
        "needs of the system asked about.",
    )
    others_own_ours: list[str] = Field(
        default_factory=list,
        description="'our agents each have their own login': a word of ours just before an `others_own` cue makes "
        "the owner ours, so the parts stay needs.",
    )
    others_own_each: list[str] = Field(
        default_factory=list,
        description="'each tenant has its own admin', 'every store has its own dashboard': a word taking the owners "
        "one by one just before an `others_own` cue makes them units of the system asked about, so the parts stay "
        "needs.",
    )
    scoped: Annotated[
        list[str],
        Field(
            min_length=1,
            description="Requirement ids of size, age and team ('large-app', 'large-team'): said only in a clause "
            "about the other system, they are that system's, not the new one's.",
        ),
    ]
