"""vocabulary.yaml `growth_hedges`: a rebuild refused should the first version succeed ("nobody wants to redo it if
the pilot takes off", "not rewriting the whole app once it catches on"): an MVP that must grow into the product (000
"Real-world business scenarios > MVP / proof of concept": Django if the MVP may evolve into a real product). The
words between the refusal, the rebuild and the success vary too much for set phrases (lexicon `growth-hedge`)."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id
from knowledge.base.words import WordRun


class GrowthHedgeCues(Entry):
    """A refusal, within reach a rebuild word, within reach a condition, then a word of success."""

    refusals: Annotated[
        frozenset[WordRun], Field(min_length=1, description="'no', 'dont want to', 'nobody wants', 'hate to'.")
    ]
    rebuilds: Annotated[frozenset[WordRun], Field(min_length=1, description="'rewrite', 'rebuild', 'redo'.")]
    conditions: Annotated[frozenset[WordRun], Field(min_length=1, description="'if', 'once', 'should', 'when'.")]
    successes: Annotated[
        frozenset[WordRun],
        Field(
            min_length=1,
            description="'takes off', 'catches on', 'sign', 'bite': the first version succeeding; a failure ('if it "
            "flops') makes no hedge.",
        ),
    ]
    standing: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'fine', 'already', 'still': beside the success, it says how a running system stands now ('not "
        "rewriting the monolith when it works fine'), no first version's future success.",
    )
    reach: Annotated[int, Field(gt=0, le=8)] = Field(
        description="Words allowed between the refusal and the rebuild, and between the rebuild and the condition."
    )
    success_reach: Annotated[int, Field(gt=0, le=6)] = Field(
        description="Words allowed between the condition and the success ('if the seed round closes')."
    )
    becomings: frozenset[WordRun] = Field(
        default_factory=frozenset, description="'grows into', 'becomes': a first version said to turn into ..."
    )
    products: frozenset[WordRun] = Field(
        default_factory=frozenset, description="'product', 'platform', 'saas': ... the product itself."
    )
    product_blockers: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="Right after the product noun, a word making it describe another thing ('a product decision').",
    )
    becoming_reach: int = Field(
        0, ge=0, le=6, description="Describing words allowed between the becoming and the product ('our main paid')."
    )
    need: Id = Field(description="The requirement the hedge is read as.")
