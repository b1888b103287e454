"""Words that open a list of criteria a choice will be scored on ('we'll weigh …', 'columns for …'): the
vocabulary.yaml `criteria` section."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Sources, Text
from knowledge.base.words import Word


class CriteriaCues(Entry):
    """A list opened by one of `cues` names what will be compared, not the value the project needs of it."""

    cues: Annotated[list[Text], Field(min_length=1)] = Field(
        description="'we'll weigh', 'evaluation criteria', 'columns for': the list after names dimensions."
    )
    not_before: list[Text] = Field(
        default_factory=list, description="Words right after a cue that make it none ('weigh in on it')."
    )
    use_openers: list[Text] = Field(
        default_factory=list,
        description="'which of the three is better for chat and websockets': a word in the list after which the "
        "use the frameworks are ranked for is said; the list ends there and the use is read as a need.",
    )
    item_words: Annotated[int, Field(gt=0, le=10)] = Field(
        6,
        description="A later clause of the same sentence this short is the list's next item ('…, ecosystem and "
        "hiring roughly equally'); a longer one says something else and ends the list.",
    )
    poles: list[Word] = Field(
        default_factory=list,
        description="'speed now vs maintainability later:' a short clause of two sides joined by one of these, no "
        "framework named, names the two ends of a trade-off being weighed, not the end the project needs.",
    )
    pole_words: Annotated[int, Field(gt=0, le=6)] = Field(
        3, description="Each side of such a clause is at most this many words ('prototype speed', 'long term')."
    )
    sources: Sources
