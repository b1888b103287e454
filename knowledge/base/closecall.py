"""How a close call is ordered: which of two frameworks within a few points is named first."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Fact, Id, Sources, Text


class TieBreaker(Entry):
    """A pair of needs the sources weigh against each other and say which wins ("an MVP that may become the
    product": Django, not the prototype's Flask): said together, the losing side's gains are capped."""

    id: Id
    prevails: Annotated[list[Id], Field(min_length=1, description="Needs any one of which, firmly said, wins.")]
    over: Annotated[list[Id], Field(min_length=1, description="Needs whose gains it caps when said beside it.")]
    cap: int = Field(0, ge=0, le=1, description="The most a capped need still gains a framework.")
    said_as: list[str] = Field(
        default_factory=list,
        description="If given, an `over` need is capped only when every word it was read from is one of these.",
    )
    unless: list[Id] = Field(
        default_factory=list, description="Needs any one of which, said beside, keeps the `over` needs' weight."
    )
    text: Text
    sources: Sources


class OptionTieBreaker(Entry):
    """Frameworks the sources rank against each other when nothing else decides ("Sanic's numbers look better,
    FastAPI has the bigger community"): asked to choose only among them, with no need read, `pick` is the answer."""

    id: Id
    among: Annotated[list[Id], Field(min_length=2, description="The frameworks the options must all come from.")]
    pick: Id = Field(description="The one the sources stick with; it must be one of the options.")
    unmeasured_only: bool = Field(
        True,
        description="Hold only where the asker says they have no numbers of their own (`unmeasured`): the "
        "sources' exception is one's own benchmarks.",
    )
    text: Text
    sources: Sources


class Unmeasured(Entry):
    """How a message says its own measurements are missing: a measurement word with a denial near it ('we
    haven't load-tested anything', 'measured nothing'); a request for numbers or a claim heard is not that."""

    measures: Annotated[list[Text], Field(min_length=1, description="Words for one's own measurements.")]
    denials: Annotated[list[Text], Field(min_length=1, description="Words that deny a measurement near them.")]
    reach: int = Field(3, ge=1, le=6, description="Words either side of a measurement a denial may stand.")


class CloseCalls(Entry):
    """Two frameworks within `margin` points are named together with the question that decides between them;
    these settle which one leads. `against_choice_weight` sits with these numbers: how strongly the sources must
    count a stated need against a framework before an asker's chosen move to it does not stand."""

    margin: int = Field(ge=0, le=3, description="Points apart within which two frameworks are a close call.")
    lean_weight: int = Field(
        ge=0,
        le=2,
        description="A rule of this weight or less only says a framework copes with a need; above it, the sources "
        "name the framework as a pick for that need.",
    )
    against_choice_weight: int = Field(
        ge=-3,
        le=-1,
        description="A need's rule weighing this much or less against a framework the asker chose to move to (a cost "
        "the sources name) rules that framework out as the move.",
    )
    options_margin: int = Field(
        2,
        ge=0,
        le=3,
        description="Points below the leader within which a framework on the asker's own shortlist ('django or "
        "flask for …?') is answered instead of a leader left off it.",
    )
    agreeing_loose_cues: int = Field(
        2,
        ge=2,
        le=5,
        description="Loose cues from this many separate words, each putting the same framework first, add up to a "
        "need that decides ('an endpoint, a queue consumer'); fewer leave the kind of system open.",
    )
    agreeing_categories: list[Text] = Field(
        default_factory=list,
        description="Need categories whose loose cues may add up (what the system is: 'api', 'architecture'); "
        "virtues every framework claims ('quality', 'team') never do ('secure and maintainable').",
    )
    no_pain_needs: list[Id] = Field(
        default_factory=list,
        description="Needs that say only that what runs is fine ('it works'): beside a next project on the "
        "framework that runs, they ask for no change, so that framework is kept.",
    )
    project_needs: list[Id] = Field(
        default_factory=list,
        description="Needs that by themselves say something of the asker's own project ('it works fine', 'nobody "
        "left knows it'): like a `project_words` word, they let named frameworks make a loose word decide.",
    )
    ranked_still_loose: list[Id] = Field(
        default_factory=list,
        description="Loose needs that name no problem even when the asker ranks them first ('stability matters "
        "most'); other loose needs ranked first decide.",
    )
    open_properties: dict[Id, list[Text]] = Field(
        default_factory=dict,
        description="Generic properties the sources make depend on something unsaid (async, load, an MVP, ease): "
        "need -> its bare wordings ('heavy traffic', 'mvp'). When these are all a message says, each said bare or "
        "asked ('is async worth it?'), the property is the open question, not a requirement: ask back.",
    )
    open_when_asked: list[Id] = Field(
        default_factory=list,
        description="Of `open_properties`, those left open only when asked ('should we go async?'), not when said "
        "('a new async service').",
    )
    option_leads: Fact | None = Field(
        None, description="Why a close fit on the asker's shortlist is answered rather than a leader off it."
    )
    option_stands_in: Fact | None = Field(
        None,
        description="Why a shortlisted lesser-known framework standing in for the leader ('plain flask, or "
        "quart?' when async leads to FastAPI) is answered.",
    )
    named_leads: Fact = Field(description="Why a framework the message names keeps the lead in a close call.")
    kin_leads: Fact = Field(
        description="Why a ranked framework leads a close call when the message names a lesser-known framework "
        "it is built on or that stands in for it ('Starlette for …?': FastAPI)."
    )
    pick_over_leans: Fact = Field(
        description="Why, in a tie, a framework the sources pick for a need leads one that only copes with each."
    )
    tie_breakers: list[TieBreaker] = Field(
        default_factory=list,
        description="Pairs of needs the sources rank against each other: said together, one outweighs the other.",
    )
    option_tie_breakers: list[OptionTieBreaker] = Field(
        default_factory=list,
        description="Shortlists the sources settle by themselves when no need is read ('Litestar or FastAPI?').",
    )
    unmeasured: Unmeasured | None = Field(None, description="How a message says it has no numbers of its own.")
    project_words: list[Text] = Field(
        default_factory=list,
        description="Words that say something of the asker's own project: a system, its parts, users, data or load "
        "('our api', 'the app', 'customers'). Without one (and nothing running), frameworks named in the message do "
        "not make a loose word decide ('does hiring get easier with django than flask?').",
    )
