"""The asker's own shortlist ("plain flask, or quart?", "django or flask for …?"): when the sources' leader is not
on it, answer among the options when one stands in for the leader or fits nearly as well, never one the sources
count strongly against for the stated needs."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.result import ParsedQuery
from knowledge.reasoning.advice import FrameworkScore
from knowledge.reasoning.incumbent import IncumbentDecision


def among_options(
    kb: KnowledgeBase,
    query: ParsedQuery,
    leader: FrameworkScore,
    ranking: tuple[FrameworkScore, ...],
    team: set[str],
    *,
    close_allowed: bool,
) -> tuple[FrameworkScore, IncumbentDecision] | None:
    """The option to answer with, and why; None when the leader is on the list or no option holds up.
    `close_allowed`: whether a close ranked option may answer (not when what runs already decided a move)."""
    options = [fw for fw in query.options if fw in kb.frameworks]
    if len(options) < 2 or leader.framework in options or leader.framework not in kb.ranked:
        return None
    rules = kb.close_calls
    for fw in options:  # a lesser-known option standing in for the leader, kin to another option or the team's
        frame = kb.frameworks[fw]
        kin = set(frame.stands_in_for) - {leader.framework}
        if rules.option_stands_in and leader.framework in frame.stands_in_for and kin & {*options, *team}:
            reason = f"{kb.name(leader.framework)} leads on your needs, but it is not one of your options. "
            reason += rules.option_stands_in.text[:1].upper() + rules.option_stands_in.text[1:]
            decision = IncumbentDecision(
                fw, "options", "option-stands-in", reason, tuple(rules.option_stands_in.sources), ()
            )
            return FrameworkScore(fw, frame.name, leader.score, leader.contributions), decision
    if not close_allowed or rules.option_leads is None:
        return None
    for score in ranking:  # best first
        if score.framework not in options or score.score <= 0 or leader.score - score.score > rules.options_margin:
            continue
        if any(c.weight <= rules.against_choice_weight for c in score.contributions):
            continue  # the sources name this option a mistake for a stated need
        gap = leader.score - score.score
        reason = f"{kb.name(leader.framework)} scores {gap} higher, but it is not one of your options; "
        reason += rules.option_leads.text
        decision = IncumbentDecision(
            score.framework, "options", "option-leads", reason, tuple(rules.option_leads.sources), ()
        )
        return score, decision
    return None
