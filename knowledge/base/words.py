"""The word types the cue groups are written in: lower-case letters only, apostrophes dropped ("companys"), as the
reader splits text; a pair, a group or a run may be written as one string in YAML ("called from")."""

from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StringConstraints, WithJsonSchema

Word = Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]
# "service b", "app 2": a short tag of letters or digits that names one of several systems
Label = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]{1,5}$")]


def _split(value: Any) -> Any:
    return value.split() if isinstance(value, str) else value


# Written as one string in YAML ("called from", "for a"), and described so in the JSON schema.
WordPair = Annotated[
    tuple[Word, Word],
    BeforeValidator(_split),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z]+ [a-z]+$"}),
]
WordGroup = Annotated[  # the words in any order
    frozenset[Word],
    Field(min_length=1, max_length=2),
    BeforeValidator(_split),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z]+( [a-z]+)?$"}),
]

WordRun = Annotated[  # the words in this order
    tuple[Word, ...],
    Field(min_length=1, max_length=4),
    BeforeValidator(_split),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z]+( [a-z]+){0,3}$"}),
]

Token = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+$")]
TokenRun = Annotated[  # as WordRun, with digits allowed ("py2", "python 2 7"): a version said as the reader splits it
    tuple[Token, ...],
    Field(min_length=1, max_length=4),
    BeforeValidator(_split),
    WithJsonSchema({"type": "string", "pattern": r"^[a-z0-9]+( [a-z0-9]+){0,3}$"}),
]
