"""vocabulary.yaml's `answer_questions`: in a thread, a follow-up that asks how the answer fares ("will that be a
problem for latency?", "does flask scale if we grow?", "how long to learn?") asks about the pick; it states no
need, so it leaves the requirements as they were (000 "Final recommendation": the problem being solved decides,
not worries voiced about the framework; 000 "Performance": speed asked about is not latency made critical)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class AnswerQuestionCues(Entry):
    """The shapes of a question about the answer, and the words that keep one a statement of need."""

    lead_ins: frozenset[Word] = Field(
        description="'hm, is async going to bite us?', 'ok but will it scale?': words skipped before a question opens."
    )
    openers: frozenset[Word] = Field(
        description="'will', 'isnt', 'does': a word opening a yes-or-no question, whose subject comes next."
    )
    subject_skips: frozenset[Word] = Field(
        description="'isnt fastapi still young', 'wont the django orm be slow': words allowed between the opener "
        "and the subject."
    )
    answer_refs: frozenset[Word] = Field(
        description="'will it', 'is that', 'are they': a pronoun for the answer as the question's subject (a "
        "framework's own name counts too)."
    )
    how_degrees: frozenset[Word] = Field(
        description="'how long to learn?', 'how hard is hiring for it?': right after 'how', a word asking how far "
        "the answer goes on some quality."
    )
    judgements: frozenset[WordRun] = Field(
        description="'should we worry that flask isnt async?', 'are the docs any good?': in a yes-or-no question, "
        "words weighing how something fares, so the question is about the answer whatever its subject."
    )
    quality_asks: frozenset[WordRun] = Field(
        description="'and the documentation, any good?': words opening an elliptical question on a quality."
    )
    topic_openers: frozenset[WordRun] = Field(
        description="'what about docs, are they good?': a clause opening with these names the topic of the "
        "question about the answer that follows it in the same sentence, and goes with it."
    )
    keeps: frozenset[WordRun] = Field(
        description="'will that hold if we also need sso?', 'does it need to support sso?': words that state or "
        "suppose a need inside the question, which is then read as a statement."
    )
