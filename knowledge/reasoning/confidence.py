"""How sure a pick is: the confidence level and the reason said for it (the margin over the runner-up, how many
independent needs back it, a close call, a stand-in, a disagreement that could flip it), made into the
recommendation with the pick's add-ons and pattern."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Disagreement
from knowledge.reading.parser import ParsedQuery
from knowledge.reading.text import in_sentence
from knowledge.reasoning import close_call, incumbent
from knowledge.reasoning.advice import CURRENT_FRAMEWORK, Contribution, FrameworkScore, Recommendation
from knowledge.reasoning.incumbent import IncumbentDecision

_LEVELS = ("low", "medium", "high")


def recommend(
    kb: KnowledgeBase,
    best: FrameworkScore,
    runner_up: FrameworkScore | None,
    disagreements: tuple[Disagreement, ...],
    ranking: tuple[FrameworkScore, ...],
    *,
    query: ParsedQuery,
    decision: IncumbentDecision | None,
    present: set[str],
    excluded: tuple[str, ...],
) -> Recommendation:
    """The pick as recommended: how sure it is (the level and the reason said), its reasons, and the add-ons and
    split that go with it."""
    margin = abs(best.score - (runner_up.score if runner_up else 0))  # a close call may lead with the lower
    reasons = tuple(c for c in best.contributions if c.weight > 0)
    needs = _independent_needs(reasons, query)
    also: tuple[str, ...] = ()
    if decision is not None:
        # Staying with no stated need rests on one fact (what you run): low; the question says what would move it.
        level = {"finish": 2, "covered": 1, "options": 1, "mandated": 2}.get(decision.verdict, 0)
        if decision.verdict in ("move", "beside"):
            level = 2 if len(decision.needs) >= 2 else 1
        if decision.verdict == "stay" and decision.needs:
            level = 2  # the seeds are explicit: add the API inside Django, don't port it
        verb = {
            "stay": "stay on {}",
            "move": "move to {}",
            "beside": "build this part as a separate {} service beside it",
            "finish": "finish moving to {}",
            "covered": "{}",
            "described": "{}",
            "options": "{}",
            "mandated": "{}",
        }[decision.verdict]
        reason = f"You run {kb.name(query.current)} today" if query.current else "Your migration is under way"
        reason += f", so the sources' advice decides: {verb.format(best.name)}"
        if decision.verdict == "covered":
            reason = f"{best.name} leads on what you are building; add its API layer"
        if decision.verdict == "options":
            reason = (
                f"You weighed {', '.join(kb.name(fw) for fw in query.options)}; of those, {best.name} is the answer"
            )
        if decision.verdict == "described":
            reason = f"You asked for {best.name} by what it is"
        if decision.verdict == "mandated":
            reason = f"Your organisation has fixed {best.name}"
        if decision.needs:
            reason += f" for {', '.join(in_sentence(kb.label(r)) for r in decision.needs)}"
        lead = Contribution(CURRENT_FRAMEWORK, reason, best.framework, 0, decision.reason, decision.citations)
        reasons = (lead, *(c for c in reasons if c.requirement != CURRENT_FRAMEWORK))
    else:
        level = 2 if margin >= 4 and needs >= 2 else 1 if margin >= 2 and needs >= 1 else 0
        if runner_up and close_call.is_close(kb, best, runner_up, close_call.wished(query)):
            also = (runner_up.framework,)
            level = 0
        reason = f"{best.name} leads {runner_up.name if runner_up else 'the field'} by {margin} point"
        reason += f"{'s' if margin != 1 else ''}, on {needs} independent need{'s' if needs != 1 else ''}"
        if also:
            reason = f"A close call between {best.name} and {runner_up.name if runner_up else ''}" + (
                f" ({margin} point{'s' if margin != 1 else ''} apart); one question decides it"
            )
        if needs <= 1 and all(c.weight <= 2 or _fuzzy(c, query) for c in reasons):
            level = 0  # one weak or typo-corrected signal is not enough to be sure
            reason += "; low because it rests on a single weak signal"
        if best.score <= 0 and excluded:  # the winner ruled out, the least costly framework left
            level = 0
            reason = (
                f"What fits best ({', '.join(kb.name(fw) for fw in excluded)} ruled out) is not an option; "
                f"{best.name} is the least costly of what is left, so this is low"
            )
        if best.framework not in kb.ranked:  # a stand-in for a ruled-out winner
            stand = kb.frameworks[best.framework]
            # a stand-in by the sources' word, or the ruled-out winner's own base the asker named
            stood_for = next((fw for fw in stand.stands_in_for if fw in excluded), None)
            base_of = next((fw for fw in excluded if best.framework in kb.frameworks[fw].builds_on), None)
            level = min(level, 1)
            role = "the alternative the sources name in its place"
            if stood_for is None and base_of is not None:
                stood_for, role = base_of, f"what {kb.name(base_of)} is built on, which you asked for"
            ruled_out = kb.name(stood_for) if stood_for else "The best fit"
            reason = (
                f"{ruled_out} fits best but is ruled out; {best.name} is {role} ({stand.summary}) Medium at most: "
                "the sources say little about it."
            )
        contested = _contested(best, ranking, disagreements)
        if contested and level > 0:
            level -= 1
            reason += f"; lowered because the sources disagree on {in_sentence(contested.topic)}, which could flip it"
    return Recommendation(
        best.framework,
        best.name,
        best.score,
        _LEVELS[level],
        reason,
        reasons,
        incumbent.addons(kb, best.framework, present, excluded),
        incumbent.pattern(kb, best.framework, _weighed(present, ranking), excluded),
        also,
    )


def _weighed(present: set[str], ranking: tuple[FrameworkScore, ...]) -> set[str]:
    """The needs present that a split's part may serve: one scored and given no weight for any framework ("an
    internal tool, scalable": bare scale capped to nothing beside the product kind, closecalls.yaml
    `product-over-bare-scale`) asks for no high-traffic part."""
    scored = {c.requirement for score in ranking for c in score.contributions}
    weighed = {c.requirement for score in ranking for c in score.contributions if c.weight > 0}
    return {need for need in present if need not in scored or need in weighed}


def _contested(
    best: FrameworkScore, ranking: tuple[FrameworkScore, ...], disagreements: tuple[Disagreement, ...]
) -> Disagreement | None:
    """A disagreement whose disputed weights are large enough to change the winner."""
    for d in disagreements:
        for other in ranking:
            if other.framework == best.framework or other.framework not in d.frameworks:
                continue
            swing = sum(abs(_weight_for(best, req) - _weight_for(other, req)) for req in d.requirements)
            if swing >= best.score - other.score:
                return d
    return None


def _weight_for(score: FrameworkScore, requirement: str) -> int:
    return sum(c.weight for c in score.contributions if c.requirement == requirement)


def _fuzzy(contribution: Contribution, query: ParsedQuery) -> bool:
    return any(m.fuzzy for m in query.requirements if m.id == contribution.requirement)


def _independent_needs(reasons: tuple[Contribution, ...], query: ParsedQuery) -> int:
    """Needs typed in different words: one term implying two requirements is one piece of evidence."""
    words = {m.id: m.text for m in query.requirements if not m.fuzzy}
    return len({words[c.requirement] for c in reasons if c.requirement in words})
