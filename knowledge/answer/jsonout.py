"""The JSON contract of `framework-bot ask --format json|jsonl` and `chat --format jsonl`.

Other tools parse this; add fields freely, but never rename or remove one.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from knowledge.base.models import Citation
from knowledge.reasoning.advice import Advice, Contribution, Precedent


def _citation(c: Citation) -> dict[str, str]:
    return {"seed": c.seed, "section": c.section}


def _reason(c: Contribution) -> dict[str, Any]:
    return {
        "requirement": c.requirement,
        "label": c.label,
        "weight": c.weight,
        "text": c.reason,
        "negated": c.absent,
        "citations": [_citation(x) for x in c.citations],
    }


def _precedent(p: Precedent | None) -> dict[str, Any] | None:
    """The worked examples' pick that overrode the needs-scoring's (`overrode`: its pick, or "clarify")."""
    if p is None:
        return None
    example = p.example
    return {
        "framework": p.framework,
        "probability": p.probability,
        "overrode": p.overrode,
        "example": None if example is None else dataclasses.asdict(example),  # text, answer, seed, section, why
        "words": list(p.words),  # the question's words that pulled the model most toward the pick
    }


def advice_json(advice: Advice, text: str) -> dict[str, Any]:
    rec = advice.recommendation
    migration = advice.migration
    q = advice.query
    return {
        "query": q.text,
        "requirements": [
            {
                "id": r.id,
                "label": r.label,
                "negated": r.negated,
                "from_text": r.text,
                "via": r.via,
                "fuzzy": r.fuzzy,
                "wish": r.wish,
                "reading": r.reading,
            }
            for r in advice.requirements
        ],
        "excluded": list(advice.excluded),
        "current": q.current,
        "outside_python": list(q.outside_python),  # stacks outside Python that run today
        "recommendation": None
        if rec is None
        else {
            "framework": rec.framework,
            "name": rec.name,
            "score": rec.score,
            "confidence": rec.confidence,
            "confidence_reason": rec.confidence_reason,
            "reasons": [_reason(c) for c in rec.reasons],
            "addons": [
                {
                    "framework": a.framework,
                    "name": a.name,
                    "reason": a.reason,
                    "citations": [_citation(c) for c in a.citations],
                }
                for a in rec.addons
            ],
            "pattern": None
            if rec.pattern is None
            else {
                "id": rec.pattern.id,
                "summary": rec.pattern.summary,
                "parts": [{"framework": fw, "role": role} for fw, role in rec.pattern.parts],
                "citations": [_citation(c) for c in rec.pattern.citations],
            },
            "also": list(rec.also),
            "precedent": _precedent(rec.precedent),
        },
        "runner_up": None
        if advice.runner_up is None
        else {"framework": advice.runner_up.framework, "score": advice.runner_up.score},
        "ranking": [{"framework": s.framework, "score": s.score} for s in advice.ranking],
        "why_not": [
            {"framework": w.framework, "summary": w.summary, "points": [_reason(c) for c in w.points]}
            for w in advice.why_not
        ],
        "disagreements": [
            {"id": d.id, "topic": d.topic, "views": [v.text for v in d.views], "reading": d.reading}
            for d in advice.disagreements
        ],
        "warnings": [{"id": m.id, "text": m.text} for m in advice.warnings],
        "alternatives": [{"framework": a.framework, "reason": a.reason} for a in advice.alternatives],
        "migration": None
        if migration is None
        else {
            "from": migration.source,
            "to": migration.target,
            "verdict": migration.verdict,
            "notes": [migration.summary, *(step.text for step in migration.steps)],
        },
        "corrections": [{"typed": typed, "read_as": read} for typed, read in q.corrections],
        "unknown_frameworks": list(q.unknown_frameworks),
        "clarification": advice.clarification,
        "deciding_question": None
        if advice.deciding_question is None
        else {
            "question": advice.deciding_question.question,
            "choices": [
                {"label": c.label, "follow_up": c.follow_up, "framework": c.framework}
                for c in advice.deciding_question.choices
            ],
        },
        "migration_underway": q.migration_underway,
        "sources": list(advice.sources),
        "citations": [_citation(c) for c in advice.citations],
        "text": text,
    }
