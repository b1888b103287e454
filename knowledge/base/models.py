"""Pydantic models of the knowledge base: what each YAML entry may contain.

Cross-references (a rule naming a framework, a citation naming a seed) are checked by
`knowledge.base.checks` once `knowledge.base.loader` has read every file, knowing which file each entry came from.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from knowledge.base.closecall import CloseCalls
from knowledge.base.ecosystem import EcosystemRules, Library
from knowledge.base.entry import Citation, Entry, Fact, Id, Sources, Text
from knowledge.base.wording import Concept, Intent, OpeningChoice, OpeningQuestion, Vocabulary

__all__ = [
    "SINGLETONS",
    "BenchmarkRow",
    "Benchmarks",
    "Citation",
    "Claim",
    "CloseCalls",
    "ComparisonRow",
    "Concept",
    "Deployment",
    "Disagreement",
    "EcosystemRules",
    "Entry",
    "Fact",
    "Faq",
    "Framework",
    "Id",
    "Incumbency",
    "IncumbentRule",
    "Intent",
    "KnowledgeFile",
    "Library",
    "MigrationPath",
    "Mistake",
    "OpeningChoice",
    "OpeningQuestion",
    "PatternPart",
    "PatternRule",
    "Requirement",
    "Rule",
    "Scenario",
    "Source",
    "Stack",
    "StateOf",
    "Text",
    "Vocabulary",
]  # the wording models live in wording.py


class Source(Entry):
    seed: Text
    title: Text
    publisher: Text
    date: Text
    sections: Annotated[list[Text], Field(min_length=1)]


class Incumbency(Entry):
    """What being the team's current framework is worth to a framework."""

    weight: Annotated[int, Field(ge=0, le=3)]
    reason: Text
    sources: Sources


class Framework(Entry):
    id: Id
    name: Text
    ranked: bool = Field(description="Ranked in every answer (the big three) or only an alternative.")
    aliases: list[Text] = Field(default_factory=list, description="Other spellings people type.")
    summary: Text
    sources: Sources
    builds_on: list[Id] = Field(default_factory=list)
    stands_in_for: list[Id] = Field(
        default_factory=list,
        description="Ranked frameworks it replaces when they win but are ruled out (Litestar for FastAPI).",
    )
    incumbent: Incumbency | None = None
    family: Id | None = Field(
        None,
        description=(
            "For an unranked framework: the shape it shares with a mainstream one (sync-micro like Flask, async "
            "like FastAPI, full-stack like Django); incumbents rules written for the family apply to it."
        ),
    )
    strengths: list[Fact] = Field(default_factory=list)
    pitfalls: list[Fact] = Field(default_factory=list)


class StateOf(Entry):
    """A need said as the state of a thing, in the orders people write it: 'the db was the bottleneck', 'the hot
    spot is postgres', 'queries were strained', 'hammered the database'."""

    things: Annotated[list[Text], Field(min_length=1, description="'database', 'db', 'queries'.")]
    states: Annotated[list[Text], Field(min_length=1, description="'bottleneck', 'hot spot', 'strained'.")]
    links: Annotated[list[Text], Field(min_length=1, description="'is', 'was': joining a thing and its state.")]
    acts: list[Text] = Field(default_factory=list, description="'strained', 'hammered': done to the thing.")

    def wordings(self) -> list[str]:
        """Every wording: thing-link-state and state-link-thing (each with or without 'the'), act-the-thing."""
        said = [f"{act} {the}{thing}" for act in self.acts for thing in self.things for the in ("", "the ")]
        for thing in self.things:
            for state in self.states:
                for link in self.links:
                    said += [f"{thing} {link} {state}", f"{thing} {link} the {state}"]
                    said += [f"{state} {link} {thing}", f"{state} {link} the {thing}"]
        return said


class Requirement(Entry):
    id: Id
    label: Text
    category: Text
    phrases: Annotated[list[Text], Field(min_length=1, description="What people type for it.")]
    weak: list[Text] = Field(
        default_factory=list,
        description="Those of `phrases` that name the need only loosely ('an api' asked which framework, 'k8s'): "
        "they count once another need decides, but alone they leave the kind of system open, so the advisor asks "
        "the opening question instead of picking on them.",
    )
    modest: list[Text] = Field(
        default_factory=list,
        description="What people type to say the need is small here ('low traffic' for high concurrency): read as "
        "the need negated.",
    )
    state_of: StateOf | None = Field(
        None, description="Wordings made of a thing and its state ('the db was the bottleneck'), read as `phrases`."
    )
    note: Fact | None = Field(None, description="Why no rule weighs it, when none does.")
    ask: Text | None = Field(None, description="A yes/no question that settles a close call on this need.")
    if_yes: Text | None = Field(None, description="The follow-up a 'yes' to `ask` adds (default: 'we need <phrase>').")
    if_no: Text | None = Field(None, description="The follow-up a 'no' to `ask` adds.")
    contradicts: list[Id] = Field(
        default_factory=list,
        description="Needs this one cannot stand beside ('a team of two' and 'a team of forty'): said later in a "
        "thread, it replaces them.",
    )
    context_only: bool = Field(
        False,
        description="Says when or who, not what is built ('a new project'): alone it leaves the kind of system "
        "open, so the advisor asks the opening question instead of picking on it.",
    )
    running: bool = Field(
        False,
        description="Said only of an app that already runs ('tune the gunicorn workers', 'the database was the "
        "bottleneck'): when no framework is read as what runs, the first one named is.",
    )
    fresh: bool = Field(
        False,
        description="Said of something still to be built ('a new service'): a `running` need beside it names no "
        "framework as what runs.",
    )


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
    verdict: Literal["stay", "move", "beside"]
    target: Id | None = None
    when_any: list[Id] = Field(default_factory=list)
    when_all: list[Id] = Field(default_factory=list, description="Needs that must all be present for the rule.")
    unless_any: list[Id] = Field(default_factory=list)
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
    settles: list[Id] = Field(
        default_factory=list,
        description=(
            "On a `stay` rule: needs it answers where the app runs (load the server and database settings fix); "
            "when its `when_any` matches, they no longer send the team to another framework."
        ),
    )
    yields_to_named: bool = Field(
        False,
        description=(
            "A `stay` that gives way when the message names another framework: the move the asker weighs is "
            "decided on the needs (frameworks the seeds call niche are kept only while no alternative is weighed)."
        ),
    )
    to_named: bool = Field(
        False,
        description=(
            "A `move` with no fixed `target`: it goes to the mainstream framework the asker chose to move to "
            "(targets named), unless a need they state sends that framework's teams on elsewhere."
        ),
    )
    reason: Text
    sources: Sources


class PatternPart(Entry):
    framework: Id
    role: Text
    serves: Annotated[list[Id], Field(min_length=1, description="Needs this part answers.")]


class PatternRule(Entry):
    """A split the seeds describe, proposed when the needs of every part are present."""

    id: Id
    summary: Text
    parts: Annotated[list[PatternPart], Field(min_length=2)]
    sources: Sources


class Rule(Entry):
    """How one requirement moves one framework's score, and why."""

    id: Id
    requirement: Id
    framework: Id
    weight: Annotated[int, Field(ge=-3, le=3)]
    when: Literal["present", "absent"] = "present"
    reason: Text
    sources: Sources
    suggest: list[Id] = Field(default_factory=list, description="Alternatives worth naming.")


class Claim(Entry):
    value: Text
    sources: Sources


class ComparisonRow(Entry):
    """One row of the comparison table; several claims in a cell = the sources disagree."""

    id: Id
    label: Text
    cells: dict[Id, Annotated[list[Claim], Field(min_length=1)]]


class Disagreement(Entry):
    id: Id
    topic: Text
    requirements: list[Id] = Field(default_factory=list)
    frameworks: list[Id] = Field(default_factory=list)
    views: Annotated[list[Fact], Field(min_length=2)]
    reading: Text = Field(description="How the advisor weighs the views, in our words.")


class Scenario(Entry):
    """A recommendation a seed makes for a kind of project."""

    id: Id
    kind: Literal["decision-matrix", "when-wins", "business-scenario", "project-type", "pick-when"]
    need: Text
    pick: Annotated[list[Id], Field(min_length=1)]
    requirements: Annotated[list[Id], Field(min_length=1)]
    sources: Sources


class Mistake(Entry):
    id: Id
    text: Text
    framework: Id | None = Field(None, description="Warn when this framework is recommended…")
    requirements: list[Id] = Field(default_factory=list, description="…and all of these are present…")
    unless: list[Id] = Field(default_factory=list, description="…and none of these is.")
    sources: Sources


class MigrationPath(Entry):
    id: Id
    source: Id = Field(alias="from")
    target: Id = Field(alias="to")
    verdict: Literal["common", "avoid", "rare"]
    summary: Text
    steps: list[Fact] = Field(default_factory=list)
    alternatives: list[Id] = Field(default_factory=list)
    example_before: str | None = None
    example_after: str | None = None
    sources: Sources


class Stack(Entry):
    framework: Id
    components: Annotated[list[Text], Field(min_length=1)]
    note: Text
    sources: Sources


class Deployment(Entry):
    id: Id
    title: Text
    frameworks: list[Id] = Field(default_factory=list)
    steps: Annotated[list[Text], Field(min_length=1)]
    sources: Sources


class Faq(Entry):
    id: Id
    question: Text
    answer: Text
    frameworks: list[Id] = Field(default_factory=list)
    sources: Sources


class BenchmarkRow(Entry):
    framework: Id
    setup: Text
    hello_world_rps: int
    with_db_rps: int


class Benchmarks(Entry):
    conditions: Fact
    rows: Annotated[list[BenchmarkRow], Field(min_length=1)]
    caveats: list[Fact] = Field(default_factory=list)
    other_claims: list[Fact] = Field(default_factory=list)


class KnowledgeFile(Entry):
    """What one YAML file may hold; every key is optional and lists merge across files."""

    sources: list[Source] = Field(default_factory=list)
    frameworks: list[Framework] = Field(default_factory=list)
    requirements: list[Requirement] = Field(default_factory=list)
    lexicon: list[Concept] = Field(default_factory=list)
    incumbents: list[IncumbentRule] = Field(default_factory=list)
    patterns: list[PatternRule] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    comparison: list[ComparisonRow] = Field(default_factory=list)
    disagreements: list[Disagreement] = Field(default_factory=list)
    scenarios: list[Scenario] = Field(default_factory=list)
    mistakes: list[Mistake] = Field(default_factory=list)
    migrations: list[MigrationPath] = Field(default_factory=list)
    stacks: list[Stack] = Field(default_factory=list)
    deployments: list[Deployment] = Field(default_factory=list)
    faq: list[Faq] = Field(default_factory=list)
    benchmarks: Benchmarks | None = None
    vocabulary: Vocabulary | None = None
    libraries: list[Library] = Field(default_factory=list)
    ecosystem: EcosystemRules | None = None
    close_calls: CloseCalls | None = None


# The sections of a KnowledgeFile that are one mapping, not a list of entries; the knowledge base has exactly one.
SINGLETONS = frozenset({"benchmarks", "vocabulary", "ecosystem", "close_calls"})
