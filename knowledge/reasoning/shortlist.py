"""The asker's own shortlist ("plain flask, or quart?", "django or flask for …?"): when the sources' leader is not
on it, answer among the options when one stands in for the leader or fits nearly as well, never one the sources
count strongly against for the stated needs."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.result import ParsedQuery
from knowledge.reasoning.advice import FrameworkScore
from knowledge.reasoning.incumbent import IncumbentDecision
from knowledge.reasoning.standins import strong_on

_LEADS = 2  # a rule weighing this much for the leader is part of why it leads


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
        if (
            rules.option_stands_in
            and leader.framework in frame.stands_in_for
            and kin & {*options, *team}
            and strong_on(kb, leader.framework, frame.founded_on)
        ):
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
        if _lacks_what_leads(kb, query, score.framework, leader.framework):
            continue  # "flask vs fastapi, mostly admin screens": the leader's lead is a need this option lacks
        gap = leader.score - score.score
        reason = f"{kb.name(leader.framework)} scores {gap} higher, but it is not one of your options; "
        reason += rules.option_leads.text
        decision = IncumbentDecision(
            score.framework, "options", "option-leads", reason, tuple(rules.option_leads.sources), ()
        )
        return score, decision
    return None


def _lacks_what_leads(kb: KnowledgeBase, query: ParsedQuery, option: str, leader: str) -> bool:
    """Whether a firmly stated need the sources count strongly for the leader counts against `option`, unless an
    add-on the message names covers it. Read from the rules, not the scores: one term's single vote can hide the
    cost ("admin screens": Flask's internal-tool point outvotes its missing admin)."""
    covered = {(fw, need) for fw, need in query.extension_needs} | {(fw, n) for fw, n, _ in query.library_covers}
    stated = {m.id for m in query.requirements if not (m.negated or m.wish or m.weak)}
    for need in stated - {n for fw, n in covered if fw == option}:
        weights = {r.framework: r.weight for r in kb.rules_by_requirement.get(need, ()) if r.when == "present"}
        if weights.get(leader, 0) >= _LEADS and weights.get(option, 0) < 0:
            return True
    return False


def asked_kin(kb: KnowledgeBase, focus: tuple[str, ...], current: str | None, leader: str | None) -> list[str]:
    """'would quart make sense here?' of a Flask app the pick moves to FastAPI: one framework asked about that
    stands in for the pick and is kin to what runs (003 "FAQ": Quart is async Flask) is offered as the asker's
    option beside staying; [] when the question is of any other kind."""
    if len(focus) != 1 or current is None or leader is None or leader == current:
        return []
    frame = kb.frameworks.get(focus[0])
    if frame is None or leader not in frame.stands_in_for or current not in frame.stands_in_for:
        return []
    return [focus[0], current]
