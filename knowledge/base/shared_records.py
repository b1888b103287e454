"""Several kinds of people each doing something to the same records ('secretaries enter athletes, referees submit
results, the office publishes rankings'): the parties, their acts, and the concept the whole is read as
(vocabulary.yaml `shared_records`)."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources, Text


class SharedRecordCues(Entry):
    """A party word with a record act a few words after it; `min_parties` different parties so paired in one
    message say a system of users with roles working on shared records."""

    parties: Annotated[list[Text], Field(min_length=1)] = Field(
        description="'tenants', 'referees', 'club secretaries', 'the office': people who use the records. Compared "
        "as written, with the last word's singular or plural, so 'referee' and 'referees' are one entry (by stem, "
        "'managers' would be the act 'manage')."
    )
    party_endings: list[Text] = Field(
        default_factory=list,
        description="'ers', 'ors', 'ists': a plural word with one of these endings names people by what they do "
        "('groomers', 'assessors', 'hygienists'), so professions need no entry each.",
    )
    singular_leads: list[Text] = Field(
        default_factory=list,
        description="'the', 'each': a word before a singular with a party ending ('the assessor', 'each reviewer') "
        "that singles one person out; without it, 'ender' or 'order' words are too often things or adjectives.",
    )
    not_parties: list[Text] = Field(
        default_factory=list,
        description="'servers', 'workers', 'orders': words with a party ending that name things, not people.",
    )
    acts: Annotated[list[Text], Field(min_length=1)] = Field(
        description="'submit', 'approve', 'hand in', 'publish': acts on a record. Compared by stem ('submits')."
    )
    not_after: list[Text] = Field(
        default_factory=list,
        description="'support engineers', 'student loans': a word right after the party that makes it another thing.",
    )
    not_before: list[Text] = Field(
        default_factory=list,
        description="'their nurses', 'the client's editors': a word right before the party that makes the people "
        "someone else's, working in another system. Compared as written, so 'schools' (an owner) does not block "
        "'the school secretary'.",
    )
    object_openers: list[Text] = Field(
        default_factory=list,
        description="'the', 'their', 'each': a word opening an object. After a `not_after` word that is also an "
        "act ('growers list their harvest'), it shows the word is the act, not a compound ('the customer list').",
    )
    reach: Annotated[int, Field(ge=0, le=6)] = Field(
        3, description="Words allowed between party and act: 'tenants can then file'."
    )
    min_parties: Annotated[int, Field(ge=2)] = Field(
        2, description="How many different parties, each with its own act, the message must name."
    )
    concept: Id = Field(description="The lexicon concept the whole is read as.")
    sources: Sources
