"""What every knowledge-base entry shares: its id and text types, a strict base model, and citations."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]*$", max_length=60)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Entry(BaseModel):
    """Base of every YAML entry: unknown keys are typos, so they are errors."""

    # the validators are built on the first validation: a start-up from the cached knowledge base (loader.py)
    # validates nothing, and building them all is a third of an `ask`'s import time
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Citation(Entry):
    """Where a fact comes from: a seed file and a section heading inside it.

    `section` may name a sub-heading after " > ", e.g. "When each wins > Flask wins".
    """

    seed: Text
    section: Text


Sources = Annotated[list[Citation], Field(min_length=1)]


class Fact(Entry):
    """One statement in our own words, with the sources it rests on."""

    text: Text
    sources: Sources
