"""The one question that settles a close call, with one-tap answers that continue the conversation."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.reading.text import in_sentence
from knowledge.reasoning.advice import DecidingChoice, DecidingQuestion


def _weight(kb: KnowledgeBase, requirement: str, framework: str) -> int:
    return sum(r.weight for r in kb.rules_by_requirement.get(requirement, []) if r.framework == framework)


def between(kb: KnowledgeBase, first: str, second: str, stated: set[str]) -> DecidingQuestion | None:
    """Of the needs not yet stated, the one whose answer moves `first` and `second` furthest apart."""
    best: tuple[int, str] | None = None
    for req in kb.requirements.values():
        if not req.ask or req.id in stated:
            continue
        swing = abs(_weight(kb, req.id, first) - _weight(kb, req.id, second))
        if swing >= 2 and (best is None or swing > best[0]):
            best = (swing, req.id)
    if best is None:
        return None
    req = kb.requirements[best[1]]
    assert req.ask is not None
    favoured = first if _weight(kb, req.id, first) > _weight(kb, req.id, second) else second
    other = second if favoured == first else first
    yes = req.if_yes or f"we need {req.phrases[0]}"
    no = req.if_no or f"no {req.phrases[0]} needed"
    return DecidingQuestion(
        f"{req.ask} If yes, {kb.name(favoured)}; if not, {kb.name(other)}.",
        (
            DecidingChoice(f"Yes: {in_sentence(req.label)}", yes, favoured),
            DecidingChoice("No", no, other),
        ),
        need=req.id,
    )


def opening(kb: KnowledgeBase) -> DecidingQuestion | None:
    """For a message with no need at all: what are you building?"""
    question = kb.vocabulary.opening_question
    if question is None:
        return None
    return DecidingQuestion(
        question.question,
        tuple(DecidingChoice(c.label, c.follow_up, c.framework) for c in question.choices),
    )


def move(kb: KnowledgeBase, current: str, present: set[str], excluded: tuple[str, ...]) -> DecidingQuestion | None:
    """Staying put: ask about the need that would justify the seeds' common move."""
    for rule in kb.incumbents.get(current, []):
        # a framework the sources only mention has no scores for a question to weigh (Quart for kept Flask code)
        if rule.verdict == "move" and rule.target in kb.ranked and rule.target not in excluded:
            question = between(kb, current, rule.target, present)
            if question:
                return question
    return None
