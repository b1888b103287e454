"""vocabulary.yaml `earlier_projects`: what a message tells of an earlier project or an old setup before turning to
the new build ("last time we built a 150-model django app; this time it's a quick prototype", "the old app's admin
was slow. this time it's a webhook receiver"). That project's features and complaints are no needs of this one."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import Word, WordRun


class EarlierProjectCues(Entry):
    """A frame placing a clause in an earlier project, then a turn to the new build later in the message."""

    frames: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'last time', 'years ago', 'at my last job': a project over and done."),
    ]
    old_things: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'the old app', 'our previous setup': an earlier system, which may also be the one still "
        "running; a frame only before a `new_builds` turn, never before a bare 'now'.",
    )
    turns: Annotated[
        frozenset[WordRun],
        Field(min_length=1, description="'now we', 'this time', 'new project': the message turns to the new build."),
    ]
    new_builds: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'this time', 'new project', 'this one': turns that name a new build, not a new step.",
    )
    likeness: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'like', 'as': right before a frame, the earlier project is compared, its needs carried over.",
    )
    observing: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'checked', 'measured': right after a frame ('last time we checked, 8k rps'), a look at the "
        "system asked about, not an earlier project.",
    )
    ongoing: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'now', 'still', 'by now': said of the earlier project before the turn ('we built it in flask "
        "last year and it now has 2k customers'), it is the system still running, whose facts count.",
    )
    replacing: frozenset[WordRun] = Field(
        default_factory=frozenset,
        description="'migrate', 'rewrite', 'port': the new build replaces the old, whose facts then still count.",
    )
