"""One part of a split asked about: after the thread was answered with a split the seeds describe (Django for the
admin, FastAPI for the public API: 003 "Deployment patterns"), "and the partner api goes on which one?" asks which
framework serves that part, and the answer is that part's framework, not the whole system's pick again."""

from __future__ import annotations

import dataclasses

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import normal_words, normalize
from knowledge.reading.result import ParsedQuery
from knowledge.reading.sentences import split_sentences
from knowledge.reading.word_runs import said_anywhere
from knowledge.reasoning import incumbent
from knowledge.reasoning.advice import FrameworkScore, Recommendation

_FOLLOW_UP_LEN = 14  # "ok, and the partner API goes on which one?": a short question, no new description
_ASKING = frozenset(("which", "what", "where", "whats"))


def asked_part(
    kb: KnowledgeBase,
    pattern_id: str | None,
    text: str,
    parsed: ParsedQuery,
    held: set[str],
    *,
    runs: str | None = None,
) -> str | None:
    """The framework of the one part of the split `pattern_id` that a short follow-up asks about, or None.
    `held`: the needs the thread holds already; a turn bringing new facts is weighed whole instead."""
    rule = next((r for r in kb.patterns if r.id == pattern_id), None)
    if rule is None:
        return None
    said = list(normal_words(text, kb.vocabulary.rewrites))
    if len(said) > _FOLLOW_UP_LEN or not ("?" in text or _ASKING.intersection(said)):
        return None
    if parsed.current or parsed.excluded or parsed.targets or parsed.frameworks:
        return None  # a framework named or ruled out is a question of its own
    needs = {m.id for m in parsed.requirements if not m.negated}
    if any(m.negated for m in parsed.requirements):
        return None
    hits = [
        part
        for part in rule.parts
        if needs.intersection(part.serves) or said_anywhere(said, [tuple(c.split()) for c in part.called])
    ]
    if len({part.framework for part in hits}) != 1:
        return None
    # "and the api part?": a need read loosely from the part's own name brings no new fact; nor, of the part that
    # runs (`runs`), one read from the words it is called by ("and the public api itself stays where?")
    called = [tuple(c.split()) for c in hits[0].called] if hits[0].framework == runs else []
    new = {
        m.id
        for m in parsed.requirements
        if not m.weak
        and m.id not in held
        and not said_anywhere(list(normal_words(m.text, kb.vocabulary.rewrites)), called)
    }
    return None if new else hits[0].framework


def asked_of_split(
    kb: KnowledgeBase, pattern_id: str, text: str, parsed: ParsedQuery, held: set[str], *, current: str | None
) -> str | None:
    """`asked_part` of the split the turn's own needs call for: a one-sentence question; beside an app the team
    runs, only the part that runs there is answered by it (the stay-or-beside policy answers the others)."""
    if len(split_sentences(normalize(text, kb.vocabulary.rewrites))) != 1:
        return None
    part = asked_part(kb, pattern_id, text, parsed, held, runs=current)
    return part if current in (None, part) else None


def to_part(
    kb: KnowledgeBase,
    recommendation: Recommendation,
    part: str | None,
    ranking: tuple[FrameworkScore, ...],
    *,
    present: set[str],
    excluded: tuple[str, ...],
) -> Recommendation:
    """The recommendation pointed at the part asked about, the split kept beside it."""
    split = recommendation.pattern
    if part is None or split is None or part == recommendation.framework or part in excluded:
        return recommendation
    role = next((role for fw, role in split.parts if fw == part), None)
    if role is None:
        return recommendation
    score = next((s for s in ranking if s.framework == part), None)
    name = kb.name(part)
    return dataclasses.replace(
        recommendation,
        framework=part,
        name=name,
        score=score.score if score else recommendation.score,
        confidence_reason=f"You asked about one part of the split: {name} serves {role}",
        reasons=tuple(c for c in score.contributions if c.weight > 0) if score else recommendation.reasons,
        addons=incumbent.addons(kb, part, present, excluded),
        also=(),
    )
