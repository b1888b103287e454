"""What a thread turn changed, and why: the needs added and dropped, and each one's points for the picks it moved
between ('Recommendation changed from Flask to Django: admin panel +3 for Django')."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.text import in_sentence
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.thread_state import ConversationState


@dataclass(frozen=True)
class Change:
    added: tuple[str, ...]  # requirement labels
    dropped: tuple[str, ...]
    previous_pick: str | None
    new_pick: str | None
    explanation: str


def what_changed(
    kb: KnowledgeBase, previous: ConversationState, state: ConversationState, advice: Advice
) -> Change | None:
    """The turn from `previous` to `state`, whose advice is `advice`; None when neither the pick nor a need moved."""
    new_pick = advice.recommendation.framework if advice.recommendation else None
    before, after = previous.requirements, state.requirements
    label = kb.label
    added = tuple(label(r) if not n else f"no {in_sentence(label(r))}" for r, n in after.items() if before.get(r) != n)
    dropped = tuple(label(r) for r in before if r not in after)
    old_pick = previous.last_pick
    if old_pick == new_pick and not (added or dropped):
        return None
    moved = [r for r in after if before.get(r) != after[r]] + [r for r in before if r not in after]
    deltas = []
    for rid in moved:
        for fw in dict.fromkeys((new_pick, old_pick, advice.runner_up.framework if advice.runner_up else None)):
            delta = _weight(kb, fw, rid, after.get(rid)) - _weight(kb, fw, rid, before.get(rid))
            if fw and delta:
                deltas.append(f"{in_sentence(label(rid))} {delta:+d} for {kb.name(fw)}")
    if old_pick in state.excluded and old_pick not in previous.excluded:
        deltas.append(f"you ruled out {kb.name(old_pick)}")
    # what the team runs, knows, or allows again moves picks with no need moving ("we're on flask today",
    # "actually fastapi is fine again"): say so, not "the balance of your requirements shifted"
    if state.current and state.current != previous.current and state.current in kb.frameworks:
        deltas.append(f"you run {kb.name(state.current)} today")
    deltas += [
        f"your team knows {kb.name(fw)}" for fw in state.known if fw not in previous.known and fw in kb.frameworks
    ]
    deltas += [f"{kb.name(fw)} is an option again" for fw in previous.excluded if fw not in state.excluded]
    why = "; ".join(dict.fromkeys(deltas)) or "the balance of your requirements shifted"
    if old_pick == new_pick:
        lead = ""
        if advice.recommendation and advice.runner_up and not advice.recommendation.precedent:
            margin = advice.recommendation.score - advice.runner_up.score
            lead = f", {margin} ahead of {advice.runner_up.name}"
        text = f"Still {kb.name(new_pick)}{lead} ({why})." if new_pick else f"Still no clear pick ({why})."
    else:
        old, new = (kb.name(fw) if fw else "no recommendation" for fw in (old_pick, new_pick))
        text = f"Recommendation changed from {old} to {new}: {why}."
    return Change(added, dropped, old_pick, new_pick, text)


def subject_changed(kb: KnowledgeBase, state: ConversationState, change: Change) -> Change:
    """Another system: the old needs' weights explain nothing about it, so the change says what was kept."""
    kept = [f"your team knows {', '.join(kb.name(fw) for fw in state.known)}"] if state.known else []
    kept += [f"{', '.join(kb.name(fw) for fw in state.excluded)} stays ruled out"] if state.excluded else []
    text = "A new subject: the needs said for the last one are set aside"
    text += f" ({'; '.join(kept)})." if kept else "."
    if change.new_pick != change.previous_pick:
        old, new = (kb.name(fw) if fw else "no recommendation" for fw in (change.previous_pick, change.new_pick))
        text += f" Recommendation changed from {old} to {new}."
    return dataclasses.replace(change, explanation=text)


def _weight(kb: KnowledgeBase, framework: str | None, requirement: str, negated: bool | None) -> int:
    """What one requirement, in the given state (None = not mentioned), gives one framework."""
    if framework is None or negated is None:
        return 0
    when = "absent" if negated else "present"
    rules = kb.rules_by_requirement.get(requirement, [])
    return sum(r.weight for r in rules if r.framework == framework and r.when == when)
