"""vocabulary.yaml `beginner_stakes`: beginners building a product that holds logins, money or personal data ("the
devs are all bootcamp grads; it's a members area with payments"). The seeds leave Flask's security to the developers
and ask a mature engineering culture of them, while Django ships secure defaults (000 "Security and
responsibility"), so the builders' inexperience is a need for those defaults, not only "easy to learn"."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources, Text
from knowledge.base.words import WordRun


class BeginnerStakeCues(Entry):
    """Words naming the builders as beginners, the words of a class taught (which keep the learner reading), the
    needs that put logins, money or personal data at stake, and the need read."""

    builders: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'juniors', 'bootcamp grads', 'fresh grads', 'first job': who builds."),
    ]
    teaching: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'teach', 'course', 'workshop', 'students': learning is the goal, the seeds' teaching advice.",
    )
    stakes: Annotated[list[Id], Field(min_length=1, description="Needs with logins, money or personal data.")]
    need: Id = Field(description="The requirement the beginners' stake is read as (secure defaults).")
    via: Text = Field(description="How the reading is told: 'beginners handling logins need secure defaults'.")
    sources: Sources
