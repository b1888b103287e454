"""vocabulary.yaml `ranks`: needs stated as ranked priorities ("P0: … P1: …", "Must: … Should: … Could: …",
"Order of importance: 1. … 2. …", "Primary: … secondary: …"). The seeds pick for the problem being solved and
warn against letting side concerns decide (000 "Final recommendation"; 000 "Introduction": optimizing for
performance too early): what is ranked below the top leans as a wish, and a "won't" list is not wanted."""

from typing import Annotated

from pydantic import BeforeValidator, Field, StringConstraints, WithJsonSchema

from knowledge.base.entry import Entry, Sources

# a marker may hold digits ("p0", "2"), as the reader splits text
Mark = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+$")]


def _split(value: object) -> object:
    return tuple(value.split()) if isinstance(value, str) else value


MarkRun = Annotated[  # the words in this order, written as one string in YAML ("must have")
    tuple[Mark, ...],
    Field(min_length=1, max_length=4),
    BeforeValidator(_split),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z0-9]+( [a-z0-9]+){0,3}$"}),
]


class RankCues(Entry):
    """Words that rank what follows them: a heading alone before a colon, a clause's opening words, or a list
    marker alone ("2)", "(b)") once the message says its list is ordered."""

    top: Annotated[
        frozenset[MarkRun],
        Field(min_length=1, description="'p0', 'must have', 'core': said alone before a colon, the list is the top."),
    ]
    top_openers: frozenset[MarkRun] = Field(
        default_factory=frozenset,
        description="'first priority', 'above all', 'primary': opening a clause, what follows is the top and the "
        "message ranks its needs ('must' opening a clause states a need, so only the bare heading counts).",
    )
    lower_headings: Annotated[
        frozenset[MarkRun],
        Field(
            min_length=1,
            description="'should', 'could have', 'p2': said alone before a colon, the list after it ranks below "
            "the top ('should' opening a clause asks or advises, so only the bare heading counts).",
        ),
    ]
    relative_headings: frozenset[MarkRun] = Field(
        default_factory=frozenset,
        description="'should', 'p1', 'secondary': said alone before a colon, the list ranks below the top only when "
        "the message states a top somewhere ('should: sso' alone ranks nothing, so it is a plain need).",
    )
    lower_openers: frozenset[MarkRun] = Field(
        default_factory=frozenset,
        description="'secondary', 'then', 'after that': opening a clause of a message that ranks its needs (a `top` "
        "word or an `ordered` list said before), what follows ranks below the top.",
    )
    next_steps: frozenset[MarkRun] = Field(
        default_factory=frozenset,
        description="'we need', 'we want': said right after a lower opener ('then we need an admin'), the clause "
        "adds the next thing to build, not a lower rank.",
    )
    dropped_headings: frozenset[MarkRun] = Field(
        default_factory=frozenset,
        description="'wont', 'wont have': said alone before a colon, the list after it is not wanted.",
    )
    ordered: frozenset[MarkRun] = Field(
        default_factory=frozenset,
        description="'order of importance', 'priority order': the enumerated list that follows is ranked.",
    )
    first_marks: frozenset[Mark] = Field(
        default_factory=frozenset, description="'1', 'a': a list marker alone opening the top item."
    )
    later_marks: frozenset[Mark] = Field(
        default_factory=frozenset, description="'2', 'b': a list marker alone opening an item below the top."
    )
    sources: Sources
