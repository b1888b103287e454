"""The seeds (sources.yaml) and what they claim side by side: the comparison table, where they disagree, and
the benchmarks with their conditions."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Fact, Id, Sources, Text


class Source(Entry):
    seed: Text
    title: Text
    publisher: Text
    date: Text
    sections: Annotated[list[Text], Field(min_length=1)]


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
