"""The seeds' advice beside the scores: the kinds of project each pick suits (scenarios), mistakes to warn of,
migration paths, stacks, deployments and FAQ (guides.yaml)."""

from typing import Annotated, Literal

from pydantic import Field

from knowledge.base.entry import Entry, Fact, Id, Sources, Text


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
