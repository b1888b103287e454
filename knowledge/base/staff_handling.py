"""In-house people who do not build the system handling its records themselves ('the receptionists fix
appointments', 'customer success looks up accounts'): the words that say it, and the concept it is read as
(vocabulary.yaml `staff_handling`)."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources, Text


class StaffHandlingCues(Entry):
    """A staff role, then a record-handling verb a few words on, says non-developers work on the data by hand."""

    roles: Annotated[list[Text], Field(min_length=1)] = Field(
        description="'receptionists', 'customer success', 'the support team', 'none of them code'."
    )
    verbs: Annotated[list[Text], Field(min_length=1)] = Field(
        description="'fix', 'edit', 'look up', 'issue refunds': handling records, not using a product."
    )
    not_before: list[Text] = Field(
        default_factory=list,
        description="'package', 'password': a word right before a role that makes it a program ('package manager').",
    )
    not_after: list[Text] = Field(
        default_factory=list, description="'support engineers', 'ops devs': a role word that names builders."
    )
    not_objects: list[Text] = Field(
        default_factory=list,
        description="'support staff change nothing', 'the hr team changes its tools', 'compliance signs off on "
        "releases': a word a few words after the verb naming no record (none at all, the tools used, the builders' "
        "own work); the staff handle no data of the system.",
    )
    elsewhere_leads: list[Text] = Field(
        default_factory=list,
        description="'in', 'through', 'via': after the verb, a word leading to where the staff do the handling ("
        "staff work served elsewhere, reading/served_elsewhere.py).",
    )
    elsewhere: list[Text] = Field(
        default_factory=list,
        description="'zendesk', 'stripes dashboard': a product with screens of its own; led to after the verb, the "
        "staff handle the records there, so nothing is to be built for them. Add a product staff work in ('zendesk' "
        "for 'agents close tickets in zendesk') here; a tool said to serve a part ('handled by zendesk') needs "
        "vocabulary `elsewhere_cues` instead (both read in reading/served_elsewhere.py).",
    )
    elsewhere_own: list[Text] = Field(
        default_factory=list,
        description="'itself', 'directly': right after a name led to after the verb ('in canvas itself'), the name "
        "is another product's own place, listed in `elsewhere` or not.",
    )
    elsewhere_ours: list[Text] = Field(
        default_factory=list,
        description="'app', 'service': a name before the own-place word that is the system being built "
        "('in the app itself').",
    )
    yields_to: list[Id] = Field(
        default_factory=list,
        description="Needs that, read in the same clause, name what the staff edit otherwise ('edit the content').",
    )
    reach: Annotated[int, Field(gt=0, le=8)] = Field(
        5, description="Words allowed between role and verb: 'the support team (15 staff) needs a tool to look up'."
    )
    pronouns: list[Text] = Field(
        default_factory=list,
        description="'the console support keeps asking for? they want to look up orders': a word opening the next "
        "sentence that stands for the role the last one ended on, so the role's verb may come there.",
    )
    concept: Id = Field(description="The lexicon concept the staff handling is read as.")
    sources: Sources
