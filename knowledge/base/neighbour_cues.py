"""vocabulary.yaml `neighbours`: a message describing a system beside the one being chosen for ("our 12-year-old,
300k-line monolith stays; which framework for the new small pricing services?"). The seeds size a framework to the
service it runs (003 "When each wins": single-purpose microservices; 000 "Real-world business scenarios >
Microservices"), so the size, age and head count of the system beside it are not the new service's."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id
from knowledge.base.words import Word, WordRun


class KeptPartCues(Entry):
    """A part of the running app said to stay where it is ("the admin and billing remain on django; the new tracking
    service is what I ask about"): the needs said of that part are the running app's, not the new piece's (003
    "Deployment patterns": a new service beside a running Django app; 000 "Final recommendation": the problem this
    piece solves decides). What runs is still read from the clause; only its needs stop counting."""

    stays: Annotated[
        frozenset[WordRun],
        Field(
            min_length=1,
            description="'stay on', 'remain where', 'stays for': a verb of staying and the word after it; the clause "
            "holding it is about the kept part.",
        ),
    ]
    keepers: Annotated[
        frozenset[Word],
        Field(
            min_length=1,
            description="'we', 'team': one of these within `keeper_reach` words before the cue makes the team the "
            "one staying ('we stay on django because we need the admin'), so its needs stay needs.",
        ),
    ]
    keeper_reach: Annotated[int, Field(ge=0, le=5, description="How many words before the cue a keeper is looked for.")]
    rebuilt: Annotated[
        frozenset[WordRun],
        Field(
            min_length=1,
            description="'rebuilt', 'rewritten', 'split out': besides `fresh`, words naming the new piece; one must be "
            "said outside the kept clauses, else nothing is dropped.",
        ),
    ]
    reasons: Annotated[
        frozenset[WordRun],
        Field(
            min_length=1,
            description="'because', 'bc', 'since': a comma followed by one of these keeps the kept clause going "
            "('reports stay on flask, since the dashboards work there').",
        ),
    ]
    held: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'patient records stay in our postgres', 'data must remain in the EU': data kept where it is "
        "stored, not a part of the app; a clause naming one of these and no framework keeps no part.",
    )
    spared: list[Id] = Field(
        default_factory=list,
        description="Requirement ids said in a kept clause that still count: they say the new piece is apart "
        "('the rest stays as is': separate-service) or describe the team, not the part ('large-team').",
    )

    separating: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'as its own service', 'splitting off', 'into a separate service': the piece asked about said to "
        "be built apart from what runs; said in a sentence with no `weighing` word, the separation is decided.",
    )
    weighing: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'or', 'should', 'whether': a sentence holding one weighs the separate service as an option "
        "('add DRF or spin up fastapi next to it?'), so nothing is decided.",
    )
    asks: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'what', 'which': right before a `weighing` word, the question asks for the framework ('what "
        "should the new service use?'), not whether to separate.",
    )
    modals: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'should', 'could': `weighing` words that weigh only opening a clause or asked, before one of "
        "`modal_subjects` ('should we split it out?'); 'the export should be rebuilt as its own service' decides.",
    )
    modal_subjects: frozenset[Word] = Field(
        default_factory=frozenset, description="'we', 'it': the subject after a modal that makes it a question."
    )
    owning: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'has', 'already': just before a `separating` cue, a service that exists ('the app already has "
        "its own service for emails'), not the piece asked about.",
    )
    apart: Id | None = Field(
        default=None,
        description="The need a kept part adds when it drops: the piece asked about stands beside what runs "
        "(separate-service, which incumbents.yaml's beside rules read).",
    )


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
    same_builders: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'same org', 'the same team builds it': the people on the other system build the new one too, "
        "so a head count said of the other system is the new one's team.",
    )
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
    kept_parts: KeptPartCues | None = Field(
        default=None, description="A part of the running app said to stay: its needs are not the new piece's."
    )
    scoped: Annotated[
        list[str],
        Field(
            min_length=1,
            description="Requirement ids of size, age and team ('large-app', 'large-team'): said only in a clause "
            "about the other system, they are that system's, not the new one's.",
        ),
    ]
