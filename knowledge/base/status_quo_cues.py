"""vocabulary.yaml's `status_quo`: a feature a running app is said to have already ("we have a homegrown admin",
"our api is documented in confluence") tells how things stand, not what is needed; only a pain or a wish said
with it makes it a need (003 "Flask wins": an existing codebase is not rewritten without reason; 003 "Migration
between them": move only for a need, such as Django's admin needed badly)."""

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources, Text
from knowledge.base.words import WordRun


class StatusQuoCues(Entry):
    """The words that tell a feature as already there, and the words that make it a need after all."""

    have: frozenset[WordRun] = Field(
        description="'we have', 'theres a', 'already', 'is documented': a feature told as there; counts only when "
        "a mainstream framework is said to run and stay an option (a plan's 'the app has a public api' states needs)."
    )
    change: frozenset[WordRun] = Field(
        description="'want', 'need', 'keeps breaking', 'is stale', 'painful', 'next quarter': a pain or a wish in "
        "the sentence makes its features needs again (the vocabulary's failing and wish cues count too)."
    )
    back_pointers: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'this', 'it': a next sentence opening on one points back, so its pain or wish reaches the "
        "features told in the sentence before ('we use flask-restful. this is barely maintained').",
    )
    object_breaks: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'for', 'on', 'that', 'waiting on': between a cue and a feature after it, the cue's object has "
        "ended, so the feature is what is needed of it, not what is had ('theres demand for an admin', 'we have 40 "
        "partners waiting on an openapi spec'). 'and' reopens the list when the cue's object was a feature.",
    )
    quantities: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'a lot', 'a couple', 'plenty': before 'of' they measure the object ('we have a lot of "
        "websocket code'), so that 'of' ends no object.",
    )
    list_joiners: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'and', 'plus': after a feature told as had and a break, the list of what is had goes on "
        "('we have an admin for support and a swagger page').",
    )
    list_reach: int = Field(
        6,
        ge=0,
        description="'theres a homegrown admin, a csv export, a contact form': short clauses of at most this many "
        "words after a cue that told a feature go on listing what the app has.",
    )
    categories: frozenset[Text] = Field(
        description="The requirement categories that are features an app has (an admin, api docs, websockets); "
        "team facts and horizons are never had features."
    )
    also: frozenset[Id] = Field(
        default_factory=frozenset,
        description="Further requirements, outside those categories, that an app can already have ('conventions').",
    )
    sources: Sources
