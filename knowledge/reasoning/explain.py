"""What the answer says beyond the pick: why not the others, warnings, alternatives, and clarifications."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Disagreement, Mistake
from knowledge.reading.parser import ParsedQuery
from knowledge.reading.text import in_sentence
from knowledge.reasoning.advice import (
    CURRENT_FRAMEWORK,
    Alternative,
    FrameworkScore,
    MigrationNote,
    Unweighted,
    WhyNot,
)
from knowledge.reasoning.incumbent import IncumbentDecision


def why_not(
    kb: KnowledgeBase,
    best: FrameworkScore,
    ranking: tuple[FrameworkScore, ...],
    excluded: tuple[str, ...],
    decision: IncumbentDecision | None,
) -> tuple[WhyNot, ...]:
    out = []
    for other in ranking:
        if other.framework == best.framework:
            continue
        own = {c.requirement: c.weight for c in other.contributions}
        # an edge is a point for the pick: a smaller minus than the other's ("admin panel (-1)" against -2) argues
        # against the pick, so it is no edge to list
        edges = [c for c in best.contributions if c.weight > max(own.get(c.requirement, 0), 0)]
        minuses = [c for c in other.contributions if c.weight < 0]
        points = tuple(sorted(minuses, key=lambda c: c.weight)) + tuple(edges)
        gap = best.score - other.score
        but = f"but {decision.reason[0].lower() + decision.reason[1:]}" if decision else ""
        summary = (
            f"{other.name} scores {other.score} against {best.name}'s {best.score} ({gap} behind)."
            if gap > 0
            else f"{other.name} ties with {best.name} at {best.score}."
            if gap == 0
            else f"{other.name} would score higher for a new project ({other.score} against {best.score}), {but}"
            if _fresh(other) > _fresh(best)
            # its lead is only the bonus for being what the team runs (or knows): a new project would not have it
            else f"{other.name} leads ({other.score} against {best.score}) only because {_held(other)}, {but}"
        )
        out.append(WhyNot(other.framework, other.name, summary, points[:4]))
    for fw in excluded:
        out.append(WhyNot(fw, kb.name(fw), f"You ruled out {kb.name(fw)}.", ()))
    return tuple(out)


def _fresh(score: FrameworkScore) -> int:
    """The score without the bonus for what the team runs or knows: what a new project would give it."""
    return score.score - sum(c.weight for c in score.contributions if c.requirement == CURRENT_FRAMEWORK)


def _held(score: FrameworkScore) -> str:
    """'you run Flask today' / 'your team knows Flask': why a framework carries the incumbency bonus."""
    label = next((c.label for c in score.contributions if c.requirement == CURRENT_FRAMEWORK), "You run it today")
    return label[0].lower() + label[1:]


def warnings(kb: KnowledgeBase, pick: str | None, present: set[str]) -> tuple[Mistake, ...]:
    if pick is None:
        return ()
    return tuple(
        m
        for m in kb.mistakes
        if (m.framework or m.requirements or m.unless)
        and m.framework in (None, pick)
        and present.issuperset(m.requirements)
        and not present.intersection(m.unless)
    )


def alternatives(
    kb: KnowledgeBase,
    query: ParsedQuery,
    ranking: tuple[FrameworkScore, ...],
    migration: MigrationNote | None,
    excluded: tuple[str, ...],
) -> tuple[Alternative, ...]:
    found: dict[str, Alternative] = {}
    for score in ranking:
        for c in score.contributions:
            for fw in c.suggest:
                found.setdefault(fw, Alternative(fw, kb.name(fw), c.reason, c.citations))
    for stand_in in kb.frameworks.values():  # "FastAPI is out": name what stands in for it
        ruled_out = [x for x in stand_in.stands_in_for if x in excluded]
        if ruled_out and stand_in.id not in excluded:
            reason = f"In place of {kb.names(ruled_out)}: {stand_in.summary}"
            found.setdefault(stand_in.id, Alternative(stand_in.id, stand_in.name, reason, tuple(stand_in.sources)))
    named = [*query.mentioned, *query.targets, *(migration.alternatives if migration else ())]
    if all(fw in excluded for fw in kb.ranked):
        named += [fw for fw in kb.frameworks if fw not in kb.ranked]
    for fw in named:
        framework = kb.frameworks.get(fw)
        if framework and not framework.ranked:
            found.setdefault(fw, Alternative(fw, framework.name, framework.summary, tuple(framework.sources)))
    return tuple(a for a in found.values() if a.framework not in excluded)


def clarification(
    kb: KnowledgeBase,
    query: ParsedQuery,
    *,
    unweighted: tuple[Unweighted, ...],
    ranking: tuple[FrameworkScore, ...],
    excluded: tuple[str, ...],
    disagreements: tuple[Disagreement, ...],
    left_open: frozenset[str] = frozenset(),
) -> str:
    if not ranking:
        return (
            f"You've ruled out {kb.names(excluded)}, which are all the frameworks I rank. The sources "
            "mention a few alternatives (below); tell me what you need and I'll say what they say about it."
        )
    parts = []
    if query.unknown_frameworks:
        parts.append(
            f"I have no sourced knowledge of {', '.join(query.unknown_frameworks)}, so I can't "
            f"rank it; I cover {kb.names(kb.frameworks)}."
        )
    if query.suggestions:
        parts.append(f"Did you mean {' or '.join(query.suggestions)}?")
    negated = [in_sentence(r.label) for r in query.requirements if r.negated]
    top = ranking[0]
    if query.doubted:
        doubted = ", ".join(in_sentence(kb.requirements[need].label) for need in query.doubted)
        parts.append(
            f"You ask whether {doubted} is needed at all, and the choice hangs on that: with it, the frameworks "
            "rank one way, without it another. Tell me whether your users need it."
        )
        return " ".join(parts)
    tied = [s.name for s in ranking if s.score == top.score]
    if left_open and not query.current:
        named = ", ".join(sorted(in_sentence(kb.requirements[need].label) for need in left_open))
        parts.append(
            f"You name only {named}, and the sources make that depend on what the system does: async pays off for "
            "many external calls and is overkill for CPU-bound or simple apps, and load and speed matter where "
            "concurrency is high or latency business-critical (the database usually dominates)."
        )
    if query.current and query.leaving and not any(not r.negated for r in query.requirements):
        parts.append(leaving_question(kb, query.current))
        return " ".join(parts)
    if query.current and not (negated or unweighted) and not any(not r.negated for r in query.requirements):
        parts.append(f"You run {kb.name(query.current)} today; the sources advise against rewriting without a reason.")
    elif len(tied) > 1 and top.score > 0:
        reading = f" {disagreements[0].reading}" if disagreements else ""
        parts.append(f"That leaves {' and '.join(tied)} tied at {top.score}, and I won't guess.{reading}")
    elif excluded and top.score <= 0 and any(not r.negated for r in query.requirements):
        parts.append(
            f"With {kb.names(excluded)} ruled out, no remaining framework has a net advantage for "
            f"what you need; the ranking below shows what each would cost you."
        )
    elif negated or unweighted:
        noted = [in_sentence(u.label) for u in unweighted] + [f"no {label}" for label in negated]
        parts.append(f"I noted {', '.join(noted)}, but that alone doesn't separate the frameworks.")
    elif not query.requirements and query.mentioned:
        named = kb.names(query.mentioned)
        parts.append(
            f"You named {named}; I rank frameworks by what you need, so tell me about the project, "
            f"or ask me to compare them (`compare {' '.join(query.mentioned)}`)."
        )
    elif not query.requirements:
        parts.append("I couldn't find a requirement I know in that.")
    parts.append("What are you building, and what matters most? I understand " + understood(kb) + ".")
    return " ".join(parts)


def leaving_question(kb: KnowledgeBase, current: str) -> str:
    """'we want off tornado, what do we move to?': the call to go is made, so the one question left is what the app
    does, since the framework's own move rules (incumbents.yaml, niche.yaml) send each kind of need somewhere else."""
    where: dict[str, list[str]] = {}
    for rule in kb.incumbents.get(current, []):
        if rule.verdict != "move" or rule.target not in kb.ranked or not rule.when_any:
            continue
        needs = [kb.requirements[r] for r in rule.when_any if r in kb.requirements]
        if all(req.category == "team" for req in needs):  # who can be hired says nothing of what the app does
            continue
        labels = where.setdefault(rule.target, [])
        labels += [in_sentence(req.label) for req in needs[:2] if in_sentence(req.label) not in labels]
    options = "; ".join(f"{kb.name(fw)} if it needs {', '.join(labels)}" for fw, labels in where.items())
    return (
        f"You're leaving {kb.name(current)}, and where to go depends on what the app does"
        + (f" ({options})" if options else "")
        + ". What does it do, and what matters most in it?"
    )


def understood(kb: KnowledgeBase) -> str:
    """One example per requirement category, for clarifying questions and help."""
    by_category: dict[str, list[str]] = {}
    for req in kb.requirements.values():
        by_category.setdefault(req.category, []).append(req.phrases[0])
    return "; ".join(f"{cat}: {', '.join(examples[:5])}" for cat, examples in by_category.items())
