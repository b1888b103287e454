"""Outside systems counted after a call verb ('hits 8 airline apis', 'queries five carrier services'): the words
that say it, and the concept it is read as (vocabulary.yaml `outside_calls`)."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources, Text


class OutsideWaitCues(Entry):
    """A request held up until another's system answers, with words between the wait and that system ('each page
    blocks on the two airline apis', 'stuck until the billing system answers'): waiting on outside calls, whatever
    their count."""

    verbs: Annotated[list[Text], Field(min_length=1, description="'blocks on', 'stuck until', 'pile up behind'.")]
    things: Annotated[
        list[Text], Field(min_length=1, description="Another's system, compared by stem: 'api', 'system', 'partner'.")
    ]
    replies: list[Text] = Field(
        default_factory=list,
        description="After 'until …': a reply verb makes the words between another party ('until acme answers').",
    )
    reach: Annotated[int, Field(gt=0, le=4)] = Field(3, description="Words allowed between the wait and the system.")
    waiters: list[Text] = Field(
        default_factory=list,
        description="'the project is blocked on two services', 'we are stuck until the vendor answers': the project or "
        "its people, a few words before the wait, are what waits, not a request (unless `requests` are said).",
    )
    requests: list[Text] = Field(
        default_factory=list,
        description="'we block on 4 carrier apis for every quote': words naming the request that waits, which keep "
        "a wait read as I/O even after a `waiters` word.",
    )
    actions: list[Text] = Field(
        default_factory=list,
        description="'waiting on the partners to sign off', 'blocked on two services being migrated': right after the "
        "system, a word opening an action of that party (not a reply verb), so a plan waits, not a request.",
    )


class OutsideCallCues(Entry):
    """A call verb, then a count of outside systems a few words on, says each request waits on many calls."""

    verbs: Annotated[list[Text], Field(min_length=1, description="'hits', 'calls', 'queries', 'fans out to'.")]
    things: Annotated[list[Text], Field(min_length=1, description="'apis', 'services', 'providers', 'vendors'.")]
    min_count: Annotated[int, Field(ge=2)] = Field(3, description="Fewer outside systems than this is no fan-out.")
    reach: Annotated[int, Field(gt=0, le=4)] = Field(
        2, description="Words allowed between verb and count, and between count and thing: 'hits up to 8 apis'."
    )
    more: list[Text] = Field(
        default_factory=list,
        description="'two partner apis and an internal one': right after the counted thing, these open one more "
        "outside system in the same list ('and an', 'plus one'), ended within reach by 'one'.",
    )
    concept: Id = Field(description="The lexicon concept the counted calls are read as.")
    party_needs: list[Id] = Field(
        default_factory=list,
        description="'waits on three slow partner apis': needs saying who calls us ('partner apis' as our public "
        "api), read from the words naming the systems called; there they name the other party, so they are dropped.",
    )
    waits: OutsideWaitCues | None = Field(
        None, description="A wait said as a slot, with words between: 'blocks on 5 supplier endpoints'."
    )
    sources: Sources
