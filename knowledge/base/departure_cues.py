"""vocabulary.yaml `departed`: the person who built or knew the app said to be gone ("the one guy who understood it
left in march", "the contractor who wrote our bottle api quit"): a codebase nobody left can look after, the
staffing risk the seeds weigh (000 "Final recommendation": who will maintain it; 002: niche frameworks)."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources
from knowledge.base.words import Word, WordRun


class DepartureCues(Entry):
    """A maker of the app, then within reach a word of leaving: the app's knowledge walked out with them."""

    makers: Annotated[
        frozenset[WordRun], Field(min_length=1, description="'who built', 'who understood', 'original dev'.")
    ]
    departures: Annotated[frozenset[WordRun], Field(min_length=1, description="'left', 'quit', 'is long gone'.")]
    blockers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'hasnt left', 'the left sidebar': right before the leaving word, undo it.",
    )
    left_behind: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'the original author left comments', 'the contractor left us a readme': right after the leaving "
        "word, a thing handed over, so nobody is said to be gone.",
    )
    determiners: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'left the company' / 'left the project in good shape': right after the leaving word, a "
        "determiner whose noun must be a `workplaces` word for the maker to be gone.",
    )
    workplaces: frozenset[Word] = Field(
        default_factory=frozenset, description="'company', 'team': what a person leaves when they go."
    )
    reach: Annotated[int, Field(gt=0, le=10)] = Field(
        description="Words allowed between the maker and the leaving word: 'who built our bottle api quit'."
    )
    strangers: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'nobody on the team has used sanic', 'none of us know tornado': a word saying no one here, "
        "then within `reach` a `stranger_verbs` word and the framework that runs: nobody can look after it.",
    )
    stranger_verbs: frozenset[WordRun] = Field(
        default_factory=frozenset, description="'has used', 'knows', 'has touched': knowing the framework."
    )
    need: Id = Field(description="The requirement the departure is read as.")
    sources: Sources
