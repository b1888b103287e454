"""vocabulary.yaml `singled_out`: a message that describes the whole system, then asks about one part of it alone
("we have a customer admin and reporting, but for the payment-callback receiver specifically: which one?"). The
rest of the system is context; the pick is for the part asked about."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class SingledOutCues(Entry):
    """'for the <part> specifically', 'just for the <part>', then a question."""

    leads: Annotated[frozenset[WordRun], Field(min_length=1, description="'for the', 'for our': opening the part.")]
    narrowed_before: frozenset[WordRun] = Field(
        default_factory=frozenset, description="'just', 'only': right before a lead, the part is asked alone."
    )
    narrowed_after: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'specifically', 'on its own': after the part's name, asked alone."),
    ]
    wholes: frozenset[Word] = Field(
        default_factory=frozenset, description="'whole', 'entire': the part named is the whole system, no narrowing."
    )
    idioms: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'record', 'reason': first after a lead, an idiom ('just for the record', 'for this reason "
        "alone'), no part named.",
    )
    questions: Annotated[
        frozenset[Word],
        Field(min_length=1, description="'which', 'what', 'recommend': a question follows the narrowed part."),
    ]
    part_reach: Annotated[int, Field(gt=0, le=8)] = Field(5, description="Words a part's name may take.")
    question_reach: Annotated[int, Field(gt=0, le=12)] = Field(6, description="Words from the part to the question.")
