"""The vocabulary's words a wording may hold inside it or be written as: fillers, same nouns, chat shorthand. Part of
`Vocabulary` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry, Text
from knowledge.base.words import Word


class FillerWords(Entry):
    """Fillers a cue, a need's wording or a lexicon term may hold inside it; nouns read alike; shorthand."""

    cue_fillers: list[Word] = Field(
        default_factory=list,
        description="'we already know flask', 'we are still on django', 'we mostly use flask': a word a cue of what "
        "the team knows, runs or moves to may hold inside it.",
    )
    verdict_fillers: list[Word] = Field(
        default_factory=list,
        description="'nothing is actually broken': stressing words a need's wording may hold inside it.",
    )
    ranking_fillers: list[Word] = Field(
        default_factory=list,
        description="'the admin is honestly the priority', 'latency clearly matters more than': a stressing or "
        "hedging word a ranking cue may hold inside it; it says how sure the asker is, not what ranks.",
    )
    describing_fillers: list[Word] = Field(
        default_factory=list,
        description="'in front of our legacy services': a describing word a lexicon term may hold inside it.",
    )
    intent_fillers: list[Word] = Field(
        default_factory=list,
        description="'not about web frameworks', 'researching a blog post': a word an intent cue may hold inside it.",
    )
    modal_fillers: list[Word] = Field(
        default_factory=list,
        description="'staff need to edit', 'editors can publish': a modal word a lexicon term of people doing "
        "something may hold between the people and their verb.",
    )
    same_nouns: dict[Word, list[Text]] = Field(
        default_factory=dict,
        description="'a recipe website' is 'a recipe site': a need's or concept's wording of several words ending "
        "on the key noun is read with each of these nouns in its place too.",
    )
    shorthand: dict[str, str] = Field(default_factory=dict, description="Chat shorthand -> words ('mgmt').")
    named_shorthand: dict[Word, Text] = Field(
        default_factory=dict,
        description="'our rn fitness app': a word of `shorthand` that, one or two words before a noun of "
        "`named_shorthand_nouns`, names a product instead ('rn' is 'right now' elsewhere).",
    )
    named_shorthand_nouns: list[Word] = Field(
        default_factory=list, description="The nouns of what is built that make a `named_shorthand` word a name."
    )
