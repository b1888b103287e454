"""vocabulary.yaml `superseded`: a need the paste reports as an earlier belief or plan, then overturned ("we thought
we'd need websockets, but polling every 30s is fine", "ops first asked for an admin; turns out they'll use
Metabase"). What was once thought is no need of the system now described, and not a denial either."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class SupersededCues(Entry):
    """A belief or an earlier plan, then a turn word later in the sentence (or opening the next one)."""

    beliefs: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'we thought', 'assumed', 'was going to': an earlier view, said alone."),
    ]
    plans: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'said', 'asked for', 'sketched': what someone wanted; an earlier view only with a `past_markers` "
        "word within `marker_reach` words before it ('ops first said', 'originally we planned').",
    )
    past_markers: frozenset[WordRun] = Field(
        default_factory=frozenset, description="'initially', 'at first', 'originally': the time the view held."
    )
    marker_reach: Annotated[int, Field(gt=0, le=8)] = 4
    blockers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="Right before a belief word, these make it no view of the past ('traffic is expected to …').",
    )
    turns: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'but', 'turns out': after the view in the same sentence, it is overturned."),
    ]
    next_turns: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'but', 'turns out', 'actually': opening the next sentence, they overturn a view said alone.",
    )
    turn_reach: Annotated[int, Field(gt=0, le=40)] = Field(
        30, description="Words allowed between the view and the turn that overturns it."
    )
