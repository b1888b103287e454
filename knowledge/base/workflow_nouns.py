"""Back-office steps named as things, with no staff role and verb ('refunds over $500 need an approval step', 'a
trail of who edited each record'): the words that say it, and the concepts it is read as (vocabulary.yaml
`workflow_nouns`)."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources, Text


class WorkflowNounCues(Entry):
    """A handling step named as a noun, or a 'who did what' trail, says people of the business act on records."""

    nouns: Annotated[list[Text], Field(min_length=1)] = Field(
        description="'approvals', 'sign-offs', 'review queue': a step someone takes on a record, named as a thing "
        "(matched as written: by stem, 'approve' and 'review' would count as verbs of anyone)."
    )
    trail_leads: list[Text] = Field(
        default_factory=list, description="'who': the word opening a trail of who did something to records."
    )
    trail_verbs: list[Text] = Field(
        default_factory=list,
        description="'edited', 'changed', 'approved': right after a trail lead, the act kept on record ('who "
        "changed what').",
    )
    trail_marks: list[Text] = Field(
        default_factory=list,
        description="'what', 'each', 'log', 'history': within reach of a trail, a word saying it is kept of records "
        "('a log of who touched each record'), not a person described ('the dev who edited the config').",
    )
    not_near: list[Text] = Field(
        default_factory=list,
        description="'pr', 'merge', 'release', 'api', 'webhook': a word within reach either side that makes the "
        "step the builders' own (a code review) or a call other systems make, no record handled by staff "
        "(compared by stem).",
    )
    gone_after: list[Text] = Field(
        default_factory=list,
        description="'gone', 'dropped': within reach after the step, a word saying it is no more ('approvals are "
        "gone'), compared by stem.",
    )
    reach: Annotated[int, Field(gt=0, le=6)] = Field(
        3, description="Words either side of the step searched for a `not_near` word."
    )
    concept: Id = Field(description="The lexicon concept a named handling step is read as.")
    trail_concept: Id = Field(description="The lexicon concept a 'who did what' trail is read as.")
    sources: Sources
