"""When the worked examples overrule the needs-scoring: the one place that decides it.

After the engine has answered a thread's first message, the worked-examples model (precedents.py) reads that
message. Where its top class is a framework with a probability above the model's threshold, differs from the
engine's pick, and is not a framework the user ruled out, that framework becomes the pick and the engine's pick is
kept beside it as a close call. Decisions the engine takes from the question's structure stay its own: a split into
parts, staying on what runs and finishing a move under way (the seeds' migration policy; overruling those changed
32 hand-written test answers, README "Worked examples"). A question asked back is answered only where it names no
framework (one that does asks about it: its benchmarks, its makers, a claim about it) and the model is surer (above
ASKED_BACK): on the analysed sets (exp24, leave-one-part-out) that fixed 13 and broke none, where at the model's own
threshold it broke 3 questions rightly asked back. Measured in exp23, round 23 and exp24 (README).

The overruled pick is sure at most "medium", and only when the needs-scoring itself has a reason for it; else
"low". On later turns the precedent holds while no need is added or dropped (the model read the first message
only), the engine's own answer is still the one it overrode and its framework has not been ruled out since.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Citation
from knowledge.reasoning import deciding, explain
from knowledge.reasoning.advice import Advice, FrameworkScore, Precedent, Recommendation, WhyNot, WorkedExample
from knowledge.reasoning.migration import migration_note
from knowledge.reasoning.precedents import CLARIFY, PrecedentModel
from knowledge.reasoning.thread_state import ConversationState

ASKED_BACK = 0.85  # how sure the model must be to answer a question the needs-scoring asked back (exp24)


def settle(
    kb: KnowledgeBase,
    model: PrecedentModel | None,
    state: ConversationState,
    text: str,
    advice: Advice,
    *,
    first: bool,
    needs_changed: bool = False,
) -> Advice:
    """A turn's advice as answered: the model consulted on a thread's `first` message, else the thread's precedent
    carried while it holds; `state` keeps it."""
    if first:
        held = consult(kb, model, text, advice)
    else:  # (the model read the first message only: a turn that adds or drops a need ends what it said)
        held = None if needs_changed else carried(advice, from_state(state.precedent))
    state.precedent = to_state(held)
    return overrule(kb, advice, held) if held is not None else advice


def own_pick(state: ConversationState) -> str | None:
    """The engine's own last answer (the thread's line), where a precedent overrode it."""
    held = from_state(state.precedent)
    if held is None:
        return state.last_pick
    return None if held.overrode == CLARIFY else held.overrode


def consult(kb: KnowledgeBase, model: PrecedentModel | None, text: str, advice: Advice) -> Precedent | None:
    """The model's confident, different and allowed pick for `text`, whose engine answer is `advice`."""
    rec, query = advice.recommendation, advice.query
    if model is None or query.migration_underway:
        return None
    if rec is None and query.frameworks:  # (asked back about a framework it names: no request for a pick)
        return None
    if rec is not None and (rec.pattern is not None or rec.framework == query.current):
        # Decisions the needs-scoring makes from structure a bag of words cannot see: a split into parts, staying
        # on what runs, finishing a move under way (the seeds' migration policy).
        return None
    vector = model.vector(text)
    proba = model.proba(vector)
    label = max(model.classes, key=proba.__getitem__)  # (the first class on an exact tie, as numpy's argmax)
    own = CLARIFY if rec is None else rec.framework
    needed = ASKED_BACK if rec is None else model.threshold  # (a question asked back: the model must be surer)
    if proba[label] <= needed or label in (CLARIFY, own) or label not in kb.frameworks:
        return None
    fixed = advice.query.mandated  # a framework the organisation fixed rules out every other one
    if label in advice.excluded or (fixed is not None and fixed in kb.frameworks and fixed not in advice.excluded):
        return None
    words = model.leaning(vector, label, own, unsaid=frozenset(kb.frameworks))
    return Precedent(label, round(proba[label], 4), own, model.nearest(vector, label), words)


def carried(advice: Advice, held: Precedent | None) -> Precedent | None:
    """A later turn that adds or drops no need keeps the thread's precedent while the engine's own answer is the one
    it overrode ("why not X?" keeps it) and its framework is still allowed; a ban, or a pick moved, ends it."""
    if held is None:
        return None
    own = advice.recommendation.framework if advice.recommendation else CLARIFY
    return held if own == held.overrode and held.framework not in advice.excluded else None


def overrule(kb: KnowledgeBase, advice: Advice, precedent: Precedent) -> Advice:
    """The advice with the precedent's framework as the pick and the engine's answer kept as the close call (where
    it asked back: the pick, with the needs-scoring's reasons for it, and no question back)."""
    fw, own = precedent.framework, advice.recommendation
    if own is None:
        return _answered(kb, advice, precedent)
    why = f"the needs-scoring says {own.name}, but the worked examples most like your question say {kb.name(fw)}"
    chosen, recommendation = _recommended(kb, advice, precedent, why, also=(own.framework,))
    unscored = FrameworkScore(own.framework, own.name, own.score, own.reasons)
    engine_pick = next((s for s in advice.ranking if s.framework == own.framework), unscored)
    # (the others' edge points were the engine pick's edge over them: the reply would credit them to the new pick)
    why_not = tuple(
        dataclasses.replace(w, points=tuple(c for c in w.points if c.framework == w.framework))
        for w in advice.why_not
        if w.framework not in (fw, own.framework)
    )
    why_not = (_engine_side(engine_pick, chosen, own.confidence_reason), *why_not)
    present = {r.id for r in advice.query.requirements if not r.negated}
    question = advice.deciding_question
    if question is None:
        question = deciding.between(kb, fw, own.framework, present)
    current, cited = advice.query.current, _cited(precedent)
    return dataclasses.replace(
        advice,
        recommendation=recommendation,
        runner_up=engine_pick,
        why_not=why_not,
        warnings=explain.warnings(kb, fw, present),
        migration=migration_note(kb, current, fw) if current else advice.migration,
        clarification=None,
        citations=(*advice.citations, *(c for c in cited if c not in advice.citations)),
        deciding_question=question,
    )


def _answered(kb: KnowledgeBase, advice: Advice, precedent: Precedent) -> Advice:
    """A question the needs-scoring asked back, answered with the precedent's framework."""
    fw = precedent.framework
    why = f"your needs alone did not decide it; the worked examples most like your question say {kb.name(fw)}"
    chosen, recommendation = _recommended(kb, advice, precedent, why, also=())
    present = {r.id for r in advice.query.requirements if not r.negated}
    runner = next((s for s in advice.ranking if s.framework != fw and s.framework not in advice.excluded), None)
    if runner is not None and runner.score >= chosen.score:
        # (the needs-scoring asked back: a framework it scores level with the pick, or above, is no runner-up "0
        # behind" but one it could not tell apart, ranked first by the knowledge base's order)
        runner = None
    current, cited = advice.query.current, _cited(precedent)
    return dataclasses.replace(
        advice,
        recommendation=recommendation,
        runner_up=runner,
        why_not=tuple(w for w in advice.why_not if w.framework != fw),
        warnings=explain.warnings(kb, fw, present),
        clarification=None,
        citations=(*advice.citations, *(c for c in cited if c not in advice.citations)),
        migration=migration_note(kb, current, fw) if current else advice.migration,
        deciding_question=advice.deciding_question or deciding.opening(kb),
    )


def _recommended(
    kb: KnowledgeBase, advice: Advice, precedent: Precedent, why: str, *, also: tuple[str, ...]
) -> tuple[FrameworkScore, Recommendation]:
    """The precedent's framework as scored by the needs-scoring, and as the recommendation: sure at most "medium",
    and only when the needs-scoring has a reason for it."""
    fw = precedent.framework
    chosen = next((s for s in advice.ranking if s.framework == fw), FrameworkScore(fw, kb.name(fw), 0, ()))
    reasons = tuple(c for c in chosen.contributions if c.weight > 0 and not c.absent)
    share = f"{precedent.probability:.0%}"
    confidence = "medium" if reasons else "low"
    recommendation = Recommendation(
        fw,
        chosen.name,
        chosen.score,
        confidence,
        f"{why} (the worked-examples model gives it {share})",
        reasons,
        also=also,
        precedent=precedent,
    )
    return chosen, recommendation


def _cited(precedent: Precedent) -> tuple[Citation, ...]:
    """The worked example's seed section, as a citation of the answer."""
    example = precedent.example
    return (Citation(seed=example.seed, section=example.section),) if example and example.seed else ()


def _engine_side(engine_pick: FrameworkScore, chosen: FrameworkScore, reason: str) -> WhyNot:
    """The needs-scoring's case for its own pick (`reason`, as it gave it), and where it outscores the precedent's."""
    theirs = {c.requirement: c.weight for c in chosen.contributions}
    edges = [c for c in engine_pick.contributions if c.weight > theirs.get(c.requirement, 0)]
    summary = f"The needs-scoring's pick: {reason}; the worked examples side with {chosen.name}."
    return WhyNot(engine_pick.framework, engine_pick.name, summary, tuple(edges[:4]))


def to_state(precedent: Precedent | None) -> dict[str, Any] | None:
    """The precedent as the thread's stored state keeps it (JSON)."""
    if precedent is None:
        return None
    return {**dataclasses.asdict(precedent), "words": list(precedent.words)}  # (as JSON keeps it: a list)


def from_state(raw: dict[str, Any] | None) -> Precedent | None:
    if not raw:
        return None
    example = raw.get("example")
    return Precedent(
        str(raw["framework"]),
        float(raw["probability"]),
        str(raw["overrode"]),
        WorkedExample(**example) if example else None,
        tuple(str(word) for word in raw.get("words") or ()),  # (a thread stored before words were kept has none)
    )
