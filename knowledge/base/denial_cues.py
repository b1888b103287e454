"""vocabulary.yaml's `roles`, the words that keep a denial near a framework's name from ruling it out: a thing of
the framework's disliked, part of a group's taste, 'out' as a verb's particle, the framework refusing something, a
framework the team lacks, a thing inside one of ours (read by reading/denial_reach.py and roles.py). Part of
`RoleCues` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class DenialCues(Entry):
    """Words that keep a denial near a framework's name from ruling the framework out."""

    possessive_marks: frozenset[Word] = Field(
        frozenset(),
        description="'disliking fastapi's direction', 'we hate django's orm': the word the apostrophe leaves right "
        "after a framework; a ban or dislike said of a thing the framework has is about that thing, so the "
        "framework itself is not ruled out.",
    )
    dislike_words: frozenset[Word] = Field(
        frozenset(),
        description="'disliking fastapi's direction', 'cant stand django's orm': the last word of a cue of taste; "
        "only a dislike said of a thing the framework has spares the framework ('starlette without fastapi's "
        "abstractions' still leaves fastapi out).",
    )
    admit_cues: frozenset[WordRun] = Field(
        frozenset(),
        description="'cant add', 'wont bring in': the verb ending a refusal to let something in; only a framework "
        "right after it (an article aside) is ruled out, one later in the clause is the setting of what is refused "
        "('cant add another admin on top of django's').",
    )
    taste_part_groups: frozenset[WordRun] = Field(
        frozenset(),
        description="'some of the backend folks cant stand django', 'two or three of us dislike flask': words that "
        "pick out part of a group; before a people word and a taste cue they make the dislike that part's taste, a "
        "soft preference that rules nothing out (000 'Common framework selection mistakes').",
    )
    taste_part_nouns: frozenset[Word] = Field(
        frozenset(),
        description="'a few of the consultants', 'some of us': group words, besides the head-count `people_nouns`, "
        "that a `taste_part_groups` word may pick part of.",
    )
    out_particle_verbs: frozenset[Word] = Field(
        frozenset(),
        description="'sanic and flask come out nearly the same', 'flask tops out at 4 workers': a verb between a "
        "framework and a bare 'out' takes it as its particle, so 'out' rules nothing out ('flask is out' does).",
    )
    departure_verbs: frozenset[Word] = Field(
        frozenset(),
        description="'we never ditched flask', 'we didnt drop django': a verb of leaving a framework, right before "
        "it (an article or owner word between); with a `departure_denials` word shortly before, the leaving is "
        "denied, so the framework still runs and is not ruled out.",
    )
    departure_denials: frozenset[Word] = Field(
        frozenset(),
        description="'never', 'didnt', 'wont', 'nobody': a denial a few words before a `departure_verbs` word.",
    )
    departure_reach: int = Field(
        3,
        ge=1,
        le=6,
        description="Words allowed before the leaving verb to find its denial: 'nobody here wants to drop flask'.",
    )
    acted_objects: frozenset[Word] = Field(
        frozenset(),
        description="'django rejected the form', 'flask refuses any request without a token': a word opening an "
        "object right after a gatekeeper verb (`exclusion_next`) said after a framework; the framework does the "
        "refusing, it is not refused ('flask rejected, django approved' still rules flask out).",
    )
    unknown_gap: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'years of django and zero fastapi', 'django experience and none with fastapi': the only words "
        "between a framework the team knows and a negated one; the negation says the team lacks the second, it does "
        "not rule it out.",
    )
    unfamiliar_before: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'nobody has ever touched django', 'we have never used flask': under a negation, words right "
        "before a framework saying the team has not worked with it; it lacks that framework, it does not rule it out.",
    )
    inside_owned: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'no admin in our fastapi app': a word placing something inside a thing of ours; the negation "
        "before it is said of that something, and the framework of our thing runs.",
    )
