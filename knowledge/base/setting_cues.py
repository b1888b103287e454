"""vocabulary.yaml `setting`: a clause telling what the organisation already is or runs ("we're a SaaS company",
"we run an online shop", "the product is a Django SaaS"), then a later clause turning to the piece the asker builds
("I need a separate service that …", "the thing I'm building is …"). The setting's kind of system is background:
the piece is what the framework is chosen for (000 "Final recommendation": ask what problem is being solved)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class SettingCues(Entry):
    """Openers of a setting clause and of a piece clause, and what kinds of need the setting does not pass on."""

    openers: frozenset[WordRun] = Field(
        min_length=1,
        description="'we're a', 'we run an', 'the product is': opening a clause, what the organisation is or runs.",
    )
    builds: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'we're a startup building a saas': a word in the setting clause saying it is being built, "
        "so the clause names the system asked about, not its background.",
    )
    pieces: frozenset[WordRun] = Field(
        min_length=1,
        description="'I need', 'the thing I'm building', 'separately': opening a later clause, the asker's own piece.",
    )
    leads: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'so we're a …', 'and I need …': words that may stand before an opener or a piece opener.",
    )
    system_categories: frozenset[Word] = Field(
        min_length=1,
        description="Requirement categories naming a kind of system ('product', 'api'): said only in the setting, "
        "they are dropped once the piece names a kind of system of its own; team and quality needs stay.",
    )
    destinations: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'a fraud model served to the checkout', 'a webhook receiver for our shop': between a kind of "
        "system and a second one, words making the second the place the first serves, so it is background.",
    )
    destination_categories: frozenset[Word] = Field(
        default_factory=frozenset,
        description="Requirement categories a destination drops ('product': the shop, the SaaS served); a client "
        "served ('for our mobile app') still says what the backend is for.",
    )
