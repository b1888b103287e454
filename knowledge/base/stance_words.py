"""The vocabulary's cues for how a need is held: failing, denied, affirmed, wished, ranked, hurt by, hearsay. Part of
`Vocabulary` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry, Text
from knowledge.base.words import Word


class StanceWords(Entry):
    """Cues that deny, affirm, wish, rank or set aside what a clause names, or doubt a package."""

    failing_cues: list[Text] = Field(
        default_factory=list,
        description="'flask-socketio keeps breaking': a framework's package said to fail in the clause does not "
        "answer the need it names.",
    )
    failing_asked: list[Text] = Field(
        default_factory=list,
        description="'does django channels cut it?', 'flask-admin won't hold up': words that doubt a package only "
        "in a question or after a negation; said plainly ('it holds up fine') they praise it.",
    )
    failing_refers: list[Text] = Field(
        default_factory=list,
        description="'flask-restx, which is barely maintained', 'and it keeps breaking': words opening a clause (after "
        "a conjunction at most) that refer back, so a failing said there is of the package the clause before named.",
    )
    denial_cues: list[Text] = Field(
        default_factory=list,
        description="'it's not true that we need async': negates what follows like 'not'; a negation cue right after "
        "it is denied in turn ('not true that we dont need async' wants async).",
    )
    refused_lacks: list[Text] = Field(
        default_factory=list,
        description="'security won't approve anything that isn't typed': after a gatekeeper's refusal (a denial "
        "cue), a lack the refused thing has; the refusal is of the lack, so what lacks is wanted. Alone, no cue.",
    )
    denial_after: list[Text] = Field(
        default_factory=list,
        description="'the claim that we have no need for async is incorrect': a denial said after what it denies; "
        "the needs the clause negated before it are wanted.",
    )
    affirmation_cues: list[Text] = Field(
        default_factory=list,
        description="'what we can't live without is an admin': words holding a negation that state a need; they end "
        "a negation, and what follows is wanted.",
    )
    wish_cues: list[Text] = Field(
        default_factory=list,
        description="'async would be nice', 'nice to have: sso': the needs in the clause are wishes, not requirements.",
    )
    priority_cues: list[Text] = Field(
        default_factory=list,
        description="'… simple for interns to learn, but the actual project is a public api': what the project "
        "itself is said to be after this outweighs the wishes stated before it; those earlier needs lean as wishes.",
    )
    minor_cues: list[Text] = Field(
        default_factory=list,
        description="'but also a few server-rendered pages': a vague small amount naming a minor part beside the "
        "core; the needs after it in its clause lean like a wish.",
    )
    shrink_verbs: list[Text] = Field(
        default_factory=list,
        description="'the back office is one on/off switch after all', 'the admin shrank to a couple of toggles': "
        "a verb after a part saying what it amounts to; followed by `shrink_amounts` words and a `small_things` "
        "noun, the needs named before it in its clause lean like a wish.",
    )
    shrink_amounts: list[Text] = Field(
        default_factory=list,
        description="'one', 'a single', 'a couple of': the small amount between a `shrink_verbs` verb and the tiny "
        "thing ('is one on/off switch'); describing words such as 'just', 'literally' may sit among them.",
    )
    elsewhere_active: list[Text] = Field(
        default_factory=list,
        description="'discourse's own mod tools handle that', 'zendesk covers it': another tool, the clause's "
        "subject, serves what the clause names before the cue; with none of the frameworks named before it in the "
        "clause ('django's admin covers it' is a need met), those needs are no need of the system chosen. A "
        "served-elsewhere cue (reading/served_elsewhere.py).",
    )
    side_cues: list[Text] = Field(
        default_factory=list,
        description="'there's a tiny status page', 'one read-only page listing jobs': a small side part said by "
        "itself, with no 'also' or 'but' needed; the needs after it in its clause lean like a wish.",
    )
    elsewhere_cues: list[Text] = Field(
        default_factory=list,
        description="'authentication is handled by the gateway', 'the admin screens live in retool already': the "
        "needs before it in its clause are served by another tool, not by the system being chosen, and are "
        "dropped; not when a framework follows ('handled by django'). The main served-elsewhere cue list ("
        "reading/served_elsewhere.py): add a phrase like 'handled by' here; the tool after it ('zendesk') needs "
        "no listing.",
    )
    elsewhere_dates: list[Word] = Field(
        default_factory=list,
        description="'june', 'next', 'friday': right after an elsewhere cue ('the live map's deadline moved to june'), "
        "a date moved, not a part handed to another system.",
    )
    elsewhere_weak: list[Text] = Field(
        default_factory=list,
        description="'live in', 'done in': elsewhere cues that also say other things ('go live in 3 weeks'), so "
        "they count only beside a word of scope `elsewhere_marks` ('already'). A served-elsewhere cue ("
        "reading/served_elsewhere.py).",
    )
    decider_cues: list[Text] = Field(
        default_factory=list,
        description="'… but chat is the core', 'typed validation is what we care about most': the needs said just "
        "before it are the asker's top; every other need the message said before leans like a wish.",
    )
    raise_cues: list[Text] = Field(
        default_factory=list,
        description="'the live collaboration is the whole product', 'latency is everything': the needs said just "
        "before it are ranked first; unlike a decider, the other needs keep their weight.",
    )
    decider_shares: list[Text] = Field(
        default_factory=list,
        description="'content is 90% of the work': a share of the work, said after 'is' and before one of "
        "`decider_share_nouns`, that makes its subject the top need as a decider cue does.",
    )
    decider_share_nouns: list[Text] = Field(
        default_factory=list, description="'of the work', 'of the effort': what a decider's share is a share of."
    )
    outranks_cues: list[Text] = Field(
        default_factory=list,
        description="'maintainability matters more than raw speed': the needs after it in its clause are ranked "
        "below the one before it, so they lean like a wish.",
    )
    outranked_cues: list[Text] = Field(
        default_factory=list,
        description="'raw speed matters less than maintainability': the needs before it in its clause are ranked "
        "below what follows, so they lean like a wish.",
    )
    partial_cues: list[Text] = Field(
        default_factory=list,
        description="'some of its members would like a login': what only part of the people served want; the "
        "needs after it in its clause lean like a wish.",
    )
    exclusion_back: list[Text] = Field(
        default_factory=list,
        description="'django is too heavy, we've ruled it out': a pronoun for the framework named last before it "
        "in the message; that framework is ruled out.",
    )
    aversion_cues: list[Text] = Field(
        default_factory=list,
        description="'the team got burned by async bugs': the need named right after (an article or the team's own "
        "word between at most) hurt the team before, so it is not wanted; the cue governs that need alone.",
    )
    hearsay_cues: list[Text] = Field(
        default_factory=list,
        description="'…scales effortlessly, according to our landing page', 'our tagline is real-time anything': "
        "the company's marketing words, not the system's needs; the needs its sentence named before it, and its "
        "clause names after it, are dropped.",
    )
    team_set_by: list[Text] = Field(
        default_factory=list,
        description="Requirement ids that hold a thread's pick to the frameworks the team runs, knows or names "
        "('no new frameworks: we run django and flask, pick one of those').",
    )
    objection_asks: list[Text] = Field(
        default_factory=list,
        description="'any reason not to use django again?': a question asking for objections to a choice; the "
        "negation in it rules out neither the framework nor the needs after it.",
    )
