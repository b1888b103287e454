"""vocabulary.yaml's `scope`, the making refused, not the thing ('instead of hand-rolling auth', 'not writing auth
again'; read by reading/cue_making.py). Part of `ScopeCues` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry
from knowledge.base.words import WordRun


class ScopeMakingCues(Entry):
    """Words that say the team's own making of a thing is refused, so the thing stays wanted."""

    set_aside_acts: frozenset[WordRun] = Field(
        frozenset(),
        description="'instead of hand-rolling auth': right after a set-aside cue, making the thing ourselves; the "
        "work is set aside, the thing stays wanted.",
    )
    self_made: frozenset[WordRun] = Field(
        frozenset(),
        description="'we dont want to assemble auth ourselves': words saying the team makes the thing itself; after "
        "a refusal of a making act, the work is refused and the thing stays wanted.",
    )
    self_made_acts: frozenset[WordRun] = Field(
        frozenset(),
        description="'never hand-rolling an admin again': making acts whose own words say the team makes the thing "
        "itself; refused, the work is refused and the thing stays wanted, with no 'ourselves' needed.",
    )
    made_again: frozenset[WordRun] = Field(
        frozenset(),
        description="'not writing auth again', 'one more time': words saying the making was done before; after a "
        "refused making act, the thing was needed then and is wanted built in now.",
    )
    self_made_confirms: frozenset[str] = Field(
        frozenset(),
        description="'we want to choose each library ourselves': need ids that are themselves the team doing it "
        "its own way, which a self-made word after them confirms rather than negates.",
    )
