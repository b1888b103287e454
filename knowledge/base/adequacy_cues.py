"""vocabulary.yaml's `adequate`: a measured quality said to be good enough today ("our p95 is fine", "load isnt
an issue") is no need for more of it (003 "Migration between them": no rewrite without a reason; 000
"Performance": the database, not the framework, sets most response times)."""

from pydantic import Field

from knowledge.base.entry import Entry, Text
from knowledge.base.words import Word, WordRun


class AdequacyCues(Entry):
    """The words of a quality said to be good enough, and what keeps it a need ('fine now, but …')."""

    copulas: frozenset[WordRun] = Field(description="'is', 'are', 'has been', 'stays': what joins quality and verdict.")
    fillers: frozenset[Word] = Field(
        description="'is totally fine', 'are all acceptable': words allowed between the copula and the verdict."
    )
    verdicts: frozenset[WordRun] = Field(
        description="'fine', 'ok', 'good enough', 'not a problem': the quality is good enough as it is."
    )
    subject_gap: int = Field(
        1, description="'p95 numbers are fine': words allowed between the quality's words and the copula."
    )
    for_now: frozenset[WordRun] = Field(
        description="'latency is fine now, but launch will 10x traffic', 'fine for now': good enough only today, "
        "so the need stays."
    )
    categories: frozenset[Text] = Field(
        description="The requirement categories a verdict applies to (a measured quality, not a product part: "
        "'the admin is fine' says the admin is used)."
    )
