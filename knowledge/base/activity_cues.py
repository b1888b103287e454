"""Needs said only by what people or other systems do with the product ('scores get pushed to everyone's browser
the moment the ref enters them', 'the model they trained scores each transaction'): a party, an act near it and,
where the pair alone is too loose, a mark somewhere in the same clause (vocabulary.yaml `activities`)."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources, Text


class ActivityCue(Entry):
    """One kind of activity: a party and an act within reach of each other (either order), in one clause."""

    id: Id
    parties: Annotated[list[Text], Field(min_length=1)] = Field(
        description="Who or what the act is done by or to: 'browser', 'screen', 'model', 'us'. Words are compared "
        "by stem, so 'screens' and 'screen' are one entry."
    )
    acts: Annotated[list[Text], Field(min_length=1)] = Field(
        description="The act: 'push', 'show', 'redraw', 'trained'. Compared by stem ('pushed', 'shows')."
    )
    marks: list[Text] = Field(
        default_factory=list,
        description="If given, one of these must be said in the same clause too ('the moment', 'without "
        "refreshing'): the pair alone says too little.",
    )
    own_clause_marks: list[Text] = Field(
        default_factory=list,
        description="Marks that count only in the pair's own clause: loose time words ('right away') that, in the "
        "clause next to it, may say when something else happens ('the dashboard shows revenue, we need it right "
        "away'). The others mark the clause next to theirs too ('all 300 tablets show it, no lag').",
    )
    mark_not_after: list[Text] = Field(
        default_factory=list,
        description="A word right before a mark that makes it another thing: 'goes live' is a launch, not 'live'.",
    )
    mark_not_before: list[Text] = Field(
        default_factory=list,
        description="A word right after a mark that makes the mark name a running system, not a screen changing: "
        "'the live api', 'our live site' are production, not 'live'.",
    )
    cadence_leads: list[Text] = Field(
        default_factory=list,
        description="Words opening a refresh rate ('every'): with a unit of `cadence_units` at most three words on "
        "('every 3 seconds', 'every couple of seconds'), the rate counts as a mark.",
    )
    cadence_units: list[Text] = Field(
        default_factory=list,
        description="Units of a refresh rate short enough to be a push ('seconds', 'secs'); a count glued to one "
        "('3s') counts too. 'every 5 minutes' is a batch job, not a live screen.",
    )
    cadence_counts: list[Text] = Field(
        default_factory=list,
        description="Words that may stand between the lead and the unit besides digits ('few', 'couple', 'of'): "
        "'every user within seconds' has none, so it is no rate.",
    )
    not_before: list[Text] = Field(
        default_factory=list,
        description="A word right before the party that makes it another thing ('data model', 'business model').",
    )
    not_in_clause: list[Text] = Field(
        default_factory=list,
        description="Words that, anywhere in the clause, make the pair another's ('their api is priced per call', "
        "'we pay per request'): the clause reads no activity.",
    )
    caller_between: bool = Field(
        False,
        description="The act must come after the party with at least one word between, the one acting: 'the url "
        "Typeform hits', 'the handler that GitLab pings'. Right after the party ('our endpoint calls the api') the "
        "party acts itself.",
    )
    not_callers: list[Text] = Field(
        default_factory=list,
        description="With `caller_between`: a word between party and act that makes the caller ourselves or our own "
        "part ('the service we call', 'the endpoint our frontend hits'): our call out, no one else's event.",
    )
    act_first: bool = Field(
        False,
        description="The act must come before the party, the party being its object ('call us', 'hits our "
        "endpoint'); after it ('our endpoint calls the api') the party acts itself.",
    )
    party_first: bool = Field(
        False,
        description="The party must come before the act, as its subject ('the dot on the map moves'); before it "
        "('customers move the marker') someone else acts on the party.",
    )
    reach: Annotated[int, Field(ge=0, le=6)] = Field(
        3, description="Words allowed between party and act: 'screens in the restaurant should show'."
    )
    concept: Id = Field(description="The lexicon concept the activity is read as.")
    yields_to: list[Id] = Field(
        default_factory=list,
        description="Needs that, read in the clause already, say what the activity is: 'a webhook receiver that takes "
        "the events and pushes them on' is the webhook row, not glue.",
    )
    sources: Sources
