"""A monolith said to be split ('our node monolith is being broken up'): the words that say it, and the concept
it is read as (vocabulary.yaml `monolith_split`)."""

from __future__ import annotations

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
