"""A monolith said to be split ('our node monolith is being broken up'): the words that say it, and the concept
it is read as (vocabulary.yaml `monolith_split`)."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources, Text


class MonolithSplitCues(Entry):
    """A monolith word with a split verb a few words before or after it names the services it is cut into, not
    a large application to build."""

    things: Annotated[list[Text], Field(min_length=1, description="'monolith', 'monoliths'.")]
    verbs: Annotated[
        list[Text],
        Field(min_length=1, description="'break up', 'broken up', 'splitting', 'carved up': every inflection said."),
    ]
    reach: Annotated[int, Field(gt=0, le=6)] = Field(
        4, description="Words allowed between verb and monolith: 'breaking up our old node monolith'."
    )
    concept: Id = Field(description="The lexicon concept the split is read as.")
    sources: Sources


class SpreadWording(Entry):
    """A need said as a verb and the words that finish it a few words on, with the object between ('we sell
    refurbished laptops online', 'fold the services back into one app'): read as a lexicon concept. `gone` names
    a need the wording undoes ('microservice': the services merged go away)."""

    id: Id
    verbs: Annotated[
        list[Text],
        Field(min_length=1, description="'sell', 'selling', 'fold back', 'consolidated': every inflection said."),
    ]
    ends: Annotated[
        list[Text],
        Field(min_length=1, description="What finishes it: 'online', 'one app', 'a single application'."),
    ]
    reach: Annotated[int, Field(ge=0, le=8)] = Field(
        5, description="Words allowed between the verb and the end: 'fold it all back into one app'."
    )
    concept: Id = Field(description="The lexicon concept the wording is read as.")
    gone: Id | None = Field(None, description="A requirement the wording takes back where said ('microservice').")
    sources: Sources
