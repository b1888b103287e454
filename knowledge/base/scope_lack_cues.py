"""vocabulary.yaml's `scope`, a lack said with what goes wrong in it ('without docs they email us'), so the thing is
wanted (read by reading/lacks.py). Part of `ScopeCues` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class ScopeLackCues(Entry):
    """Words that make a negated thing a lack felt, so the thing is wanted."""

    conditional_negators: frozenset[Word] = Field(
        frozenset(),
        description="'without docs they email us': a negation word opening a clause that, when a consequence follows, "
        "says what goes wrong in the lack of a thing, so the thing is wanted.",
    )
    present_lacks: frozenset[WordRun] = Field(
        frozenset(),
        description="'there are no api docs and partners keep asking', 'we have no validation, bad payloads crash "
        "it': a clause opening with one of these (its last word the negation cue) tells what is lacking now; like a "
        "conditional negator, a consequence after it makes the thing wanted.",
    )
    need_nouns: frozenset[Word] = Field(
        frozenset(),
        description="'there is no async requirement, and the team is small': right after what a present lack "
        "negates, a word naming it a need; no need is declined, not a thing missed, so no consequence makes it wanted.",
    )
    cause_words: frozenset[Word] = Field(
        frozenset(),
        description="'our api accepts garbage because nothing validates input': right before a lack (a conditional "
        "negator or a present lack), a word giving it as the cause of the consequence said before it.",
    )
    consequence_subjects: frozenset[Word] = Field(
        frozenset(),
        description="'without typed schemas our partners keep posting garbage': after a conditional negator and what "
        "it governed, a subject opening what happens in the lack (not followed by a need verb: 'without sso we need "
        "only an api' still negates).",
    )
