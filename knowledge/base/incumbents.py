"""The seeds' migration advice as rules (incumbents.yaml): what the framework a team already runs means for the
answer, and the splits proposed when every part's needs are present."""

from typing import Annotated, Literal

from pydantic import Field

from knowledge.base.entry import Entry, Id, Sources, Text


class IncumbentRule(Entry):
    """What the framework a team already runs means for the answer (the seeds' migration advice).

    A `move` rule fires when any `when_any` need is present, every `when_all` one is, and no
    `unless_any` one: the pick becomes `target`. A `beside` rule fires the same way, but the app
    that runs today stays: the new piece is a separate `target` service next to it. Otherwise the
    team stays on `current`, with the `addons` of every `stay` rule whose `when_any` matched (an
    empty `when_any` always matches).
    """

    id: Id
    current: Id | None = None
    family: Id | None = Field(
        None,
        description="Instead of `current`: the rule holds for every framework of this family with no rules of its own.",
    )
    current_any: list[Id] = Field(
        default_factory=list,
        description=(
            "Instead of `current`: the rule holds for each of these frameworks when it runs, in this place of its "
            "rules; its id is prefixed with the framework's ('tune-in-place' is 'flask-tune-in-place' for Flask)."
        ),
    )
    verdict: Literal["stay", "move", "beside"]
    target: Id | None = None
    when_any: list[Id] = Field(default_factory=list)
    when_all: list[Id] = Field(default_factory=list, description="Needs that must all be present for the rule.")
    unless_any: list[Id] = Field(default_factory=list)
    counted_all: list[Id] = Field(
        default_factory=list,
        description=(
            "On a `move` or `beside` rule: needs that must be read from a number said ('6k browsers at once', "
            "'1500 rps'), not only from words ('8 concurrent requests' is no crowd); each must be in `when_all` too."
        ),
    )
    outgrows_extensions: bool = Field(
        False,
        description=(
            "On a rule with `counted_all`: once those needs are counted, an extension of `current` the message "
            "names ('channels') no longer meets the rule's needs inside the app (a crowd outgrows the add-on)."
        ),
    )
    addons: list[Id] = Field(default_factory=list)
    covers: list[Id] = Field(
        default_factory=list,
        description="Needs the add-ons answer: they no longer count against `current` (DRF gives Django an API).",
    )
    home_any: list[Id] = Field(
        default_factory=list,
        description=(
            "A new project with any of these needs is a `current` application: in a close call, the needs "
            "`covers` lists do not pull it to another framework (a content site that also needs an API)."
        ),
    )
    home_set_aside: list[Id] = Field(
        default_factory=list,
        description=(
            "With a `home_any` application: leanings that say only that the project is new ('greenfield'); "
            "the sources' lean is for new APIs and services, so it does not pull the home's API elsewhere."
        ),
    )
    when_denied_any: list[Id] = Field(
        default_factory=list,
        description=(
            "On a `stay` rule: needs the message must say are absent, one of them at least ('5 rps' denies "
            "high-concurrency); the rule then holds only for a load the asker has ruled out."
        ),
    )
    settles: list[Id] = Field(
        default_factory=list,
        description=(
            "On a `stay` rule: needs it answers where the app runs (load the server and database settings fix); "
            "when its `when_any` matches (or, with no `when_any`, all its `when_all` needs are present), they no "
            "longer send the team to another framework."
        ),
    )
    yields_to_named: bool = Field(
        False,
        description=(
            "A `stay` that gives way when the message names another framework: the move the asker weighs is "
            "decided on the needs (frameworks the seeds call niche are kept only while no alternative is weighed)."
        ),
    )
    after_finished_move: bool = Field(
        False,
        description=(
            "On a `stay` rule: it holds only when the message reports the move to this framework finished ('we "
            "wrapped up porting it to quart'); the move rules are tried first, so a need stated still moves it."
        ),
    )
    when_quiet: bool = Field(
        False,
        description=(
            "On a `stay` rule with no `when_any`: it holds only when the message states no need at all (a move asked "
            "about with nothing said for it keeps the working app)."
        ),
    )
    to_named: bool = Field(
        False,
        description=(
            "A `move` with no fixed `target`: it goes to the mainstream framework the asker chose to move to "
            "(targets named), unless a need they state sends that framework's teams on elsewhere."
        ),
    )
    named_only: bool = Field(
        False,
        description=(
            "A `move` to a framework the sources only mention: it fires only when the asker names that `target` as "
            "the move and weighs no other framework ('moving our flask app to quart for async')."
        ),
    )
    target_by_needs: bool = Field(
        False,
        description=(
            "On a `move` rule: the call to leave is made, but where to is the app's to say. When the needs stated "
            "rank one mainstream framework clearly first, the move goes there; `target` is the way with none."
        ),
    )
    reason: Text
    sources: Sources


class PatternPart(Entry):
    framework: Id
    role: Text
    serves: Annotated[list[Id], Field(min_length=1, description="Needs this part answers.")]
    called: list[Text] = Field(
        default_factory=list,
        description="What a follow-up calls this part by ('and the api side?', 'the back-office bit?'): asked "
        "about alone after the split, the part's framework is the answer.",
    )


class PatternRule(Entry):
    """A split the seeds describe, proposed when the needs of every part are present."""

    id: Id
    summary: Text
    parts: Annotated[list[PatternPart], Field(min_length=2)]
    sources: Sources


FRAMEWORK_SLOT = "{framework}"  # in a shared rule's reason: the name of the framework that runs


def bound(rule: IncumbentRule, framework: str, name: str, *, prefix: bool) -> IncumbentRule:
    """A shared rule (`current_any`, or a family's) as it holds for `framework` (its display `name`)."""
    return rule.model_copy(
        update={
            "id": f"{framework}-{rule.id}" if prefix else rule.id,
            "current": framework,
            "current_any": [],
            "family": None,
            "reason": rule.reason.replace(FRAMEWORK_SLOT, name),
        }
    )
