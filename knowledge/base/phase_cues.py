"""vocabulary.yaml `phases`: a message setting what the system is now against what it becomes later ("a prototype
for now, but long-term a product with roles that we keep for years"). The seeds cost a framework over the system's
life (000 "Long-term cost": the cheapest start is the dearest after 2-3 years; 000 "Real-world business
scenarios": an MVP that may grow into a product is Django), so the lasting phase decides."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class PhaseCues(Entry):
    """A clause marked as the present phase, then a contrast and a clause marked as the later one."""

    now: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'for now', 'right now', 'at first': the clause says the present phase."),
    ]
    later: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'long term', 'eventually', 'later': the clause says the lasting phase."),
    ]
    contrasts: Annotated[
        frozenset[Word],
        Field(min_length=1, description="'but', 'however': a clause opening with one turns from now to later."),
    ]
