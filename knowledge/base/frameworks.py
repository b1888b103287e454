"""A framework as the knowledge base knows it (frameworks.yaml, niche.yaml): names, summary, strengths and
pitfalls, what it builds on or stands in for, and what being the team's current one is worth."""

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry, Fact, Id, Sources, Text


class Incumbency(Entry):
    """What being the team's current framework is worth to a framework."""

    weight: Annotated[int, Field(ge=0, le=3)]
    reason: Text
    sources: Sources


class Serving(Entry):
    """The server interface(s) a framework is served on (WSGI behind Gunicorn, ASGI behind Uvicorn): a ban on
    one rules out the frameworks served on nothing else."""

    kinds: Annotated[list[Id], Field(min_length=1, description="Keys of vocabulary.yaml's `server_interfaces`.")]
    sources: Sources


class CoreLibraries(Entry):
    """Libraries a framework is built on and cannot run without (FastAPI: Starlette and Pydantic): a ban on one,
    or on the framework of that name, rules it out (what is left is the bare toolkit under it, or another one)."""

    names: Annotated[list[Text], Field(min_length=1, description="Lower-case package names, as people type them.")]
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
    yields_to: list[Id] = Field(
        default_factory=list,
        description="Ranked frameworks the sources advise instead of it (FastAPI over Sanic or Litestar): a move under "
        "way toward it turns to one of them when the asker names it as the alternative.",
    )
    founded_on: list[Id] = Field(
        default_factory=list,
        description="Needs it is built around (Litestar and Quart: async); a user who declines one of them is not "
        "sent to it in a ruled-out winner's place.",
    )
    described_as: list[Text] = Field(
        default_factory=list,
        description="What the sources say it is, as people ask for it instead of its name ('async flask' for "
        "Quart): asked for so with no other need, it is the answer.",
    )
    incumbent: Incumbency | None = None
    family: Id | None = Field(
        None,
        description=(
            "For an unranked framework: the shape it shares with a mainstream one (sync-micro like Flask, async "
            "like FastAPI, full-stack like Django); incumbents rules written for the family apply to it."
        ),
    )
    served_on: Serving | None = None
    core_libraries: CoreLibraries | None = None
    strengths: list[Fact] = Field(default_factory=list)
    pitfalls: list[Fact] = Field(default_factory=list)
