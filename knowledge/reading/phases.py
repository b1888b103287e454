"""Now against later in one message (vocabulary.yaml `phases`): "a prototype for now, but long-term a product with
roles". The needs of the clauses marked as the present phase lean as wishes, save those the later phase says
again: the seeds cost a framework over the system's life (000 "Long-term cost"), so the lasting phase decides."""

from __future__ import annotations

from knowledge.base.phase_cues import PhaseCues
from knowledge.reading import leanings
from knowledge.reading.result import RequirementMention
from knowledge.reading.scope import says_run
from knowledge.reading.state import ClauseNeeds, MessageState


def _present(raw: list[str], found: list[RequirementMention], cues: PhaseCues) -> bool:
    """The clause says what the system is now: the cue opens it ("for now: …", "right now it's …") or sits in a clause
    that names the system's needs ("a prototype for now"). A cue dating a report ("talked to the team today: …")
    says when something was said, not a phase of the system."""
    return leanings.opens_with(raw, cues.now) or (bool(found) and says_run(raw, cues.now))


def lasting(msg: MessageState, clauses: ClauseNeeds, cues: PhaseCues | None) -> None:
    """The needs of a present-phase clause lean once a later clause, opening with a contrast, names the later
    phase; needs the later clauses say too stay firm."""
    if cues is None:
        return
    now_at = next((i for i, (raw, found) in enumerate(clauses) if _present(raw, found, cues)), -1)
    if now_at < 0:
        return
    turn = next(
        (
            i
            for i in range(now_at + 1, len(clauses))
            if clauses[i][0][:1]
            and clauses[i][0][0] in cues.contrasts
            and any(says_run(raw, cues.later) for raw, _ in clauses[i:])
        ),
        -1,
    )
    if turn < 0:
        return
    later = {m.id for _, found in clauses[turn:] for m in found if not m.negated}
    for _, found in clauses[now_at:turn]:
        leanings.hedge(msg, found, firm=msg.firm | later)
