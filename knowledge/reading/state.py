"""What the parser carries through one clause: the cues still in force and what the clause has named."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.reading.result import RequirementMention


@dataclass
class ClauseState:
    """Cues seen so far in the clause being read, and the needs and frameworks it has named."""

    negating: bool = False
    negated_since_cue: bool = False
    excluding: int = -1  # word position of the last exclusion cue, -1 for none
    current_cue: int = -1
    knows_cue: int = -1
    target_cue: int = -1
    progress: bool = False
    targeted: bool = False  # a target was named in this clause ("the move to django is in progress")
    owner_cue: bool = False  # the current cue is a bare owner word ("our"), not "from" or "we run"
    proposal: bool = False  # "someone wants to rewrite it in fastapi 'for perf'": a third party's pitch
    wishing: bool = False  # "would be nice if it's easy to learn": the needs that follow are wishes
    wished_since_cue: bool = False
    excluded_fw_end: int = -1  # where the last framework ruled out in this clause ends
    named: list[str] = field(default_factory=list)  # frameworks named in this clause
    found: list[RequirementMention] = field(default_factory=list)
