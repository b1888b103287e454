"""vocabulary.yaml `mandates`: a framework the organisation has fixed ("platform mandates fastapi", "it has to be
django", "flask only", "only quart is on the approved list"). The sources weigh what the team or company already
standardises on (002 "What I Actually See in Production", 003 "FAQ"); once it is fixed, it is the answer, the way
an option list of one would be. A colleague's insistence is a pitch, weighed, not a decision."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Sources, Text
from knowledge.base.words import Word, WordRun


class MandateCues(Entry):
    """Words right before or after a framework's name that say it is fixed, and the words that undo that."""

    before: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'must use', 'has to be', 'mandates', 'only approved': right before the name."),
    ]
    after: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'only', 'or nothing', 'is mandatory': right after the name ('fastapi only').",
    )
    sole_after: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'and nothing else', 'and no other': a few words after the name in its clause, they say it is "
        "the one thing allowed ('the approved list has flask on it and nothing else').",
    )
    sole_rules: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'approved', 'allowed', 'policy': a `sole_after` tail fixes the framework only in a sentence "
        "with one of these, a rule ('the staging box has flask on it and nothing else' describes, fixes nothing).",
    )
    only: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'only', 'solely': before a name, fixing it only with an `allowed` run after the name "
        "('only flask is approved'); 'the only django app we have' fixes nothing.",
    )
    allowed: frozenset[WordRun] = Field(
        default_factory=frozenset, description="'is allowed', 'is approved', 'is on': after 'only <name>'."
    )
    registers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'list', 'register', 'allowlist': what an approval is kept in. '<name> is on the approved "
        "register' fixes the name alone (a list of names is an allow-list read as `no-new-framework`).",
    )
    additions: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'too', 'also': an approval said with one of these in its clause lets a name in beside the others "
        "('quart is on the approved list too'), fixing nothing.",
    )
    joined: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'django is on the approved list, as are flask and fastapi': words after an approval that put "
        "other names on it beside this one, fixing nothing.",
    )
    allowed_things: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'only flask images are approved', 'only django containers pass review': what is built from the "
        "framework (an image, a container), said between the name and an `allowed` run; the rule still fixes it.",
    )
    closers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'please', 'here': after '<name> only' at a clause's end. Any other word after it makes the "
        "'only' narrow how it is used ('flask only through tutorials', 'django only for the admin'), no mandate.",
    )
    voiced: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'insists on': a cue said by someone; it fixes the framework only when an `authorities` word "
        "says who before it ('the client insists on fastapi'); a person's or a team's insistence is weighed.",
    )
    voiced_after: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'or nothing', 'or bust': right after the name, a cue said by someone; it fixes the framework "
        "only when an `authorities` or `deciders` word says who before the name ('the cto says flask or nothing') "
        "and no `insisting` word makes it a stance argued over ('the cto keeps saying fastapi or bust').",
    )
    deciders: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'cto', 'vp', 'boss': people whose 'X or nothing' is the organisation's word.",
    )
    insisting: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'keeps saying', 'who is right': the message weighs the stance, so it fixes nothing.",
    )
    kept_exceptions: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'anything besides', 'nothing other than': right before the name, after a refusal in the same "
        "clause ('ops never deploys anything besides django', 'nothing other than flask gets deployed'), all else is "
        "refused, so the name is the one framework allowed.",
    )
    refusals: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'never', 'wont', 'refuses', 'nothing': a refusal a few words before a kept exception, or "
        "opening it, in the same clause.",
    )
    authorities: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'client', 'company', 'security', 'policy': parties whose word fixes the framework.",
    )
    pitchers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'colleague', 'intern', 'contractor': one of these before the name in its sentence makes it "
        "one person's pitch ('a contractor says fastapi is mandatory'), weighed with the needs, not a decision.",
    )
    denials: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'dont', 'not', 'no': within two words before a cue, they lift the mandate ('we dont have to "
        "use django').",
    )
    lapsed: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'used to', 'no longer', 'old job', 'dropped': in the cue's own clause, the rule is over or was "
        "another place's ('we used to have to use flask'); said beside `rule_nouns` with no framework fixed, a "
        "thread's mandate ends ('the mandate got dropped').",
    )
    rule_nouns: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'mandate', 'rule', 'policy': what a lapse word must be said of to end a thread's mandate.",
    )
    scope_openers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'for': right after the fixed name (or its `allowed` run), it may narrow the rule to a kind of "
        "work ('only flask is approved for prototypes', 'django for products and fastapi for services').",
    )
    scope_keepers: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'this', 'everything', 'new', 'the': after a scope opener, the rule still covers this project "
        "('fastapi for this one', 'django for everything new', 'django for the backend').",
    )
    own_projects: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'side project', 'hobby project': a message about one's own project; a mandate it tells is the "
        "day job's ('at work everything new is fastapi, but this is my side project'), not this project's.",
    )
    reason: Text = Field(description="What the answer says when a fixed framework decides; {framework} is its name.")
    sources: Sources
