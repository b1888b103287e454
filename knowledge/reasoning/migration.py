"""Migration notes between a team's current framework and the one it is heading for."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Fact
from knowledge.reasoning.advice import MigrationNote


def migration_note(kb: KnowledgeBase, source: str | None, target: str | None) -> MigrationNote | None:
    """The sourced path source -> target; a 'stay' note when they match; honest silence otherwise."""
    if not source or not target or source not in kb.frameworks or target not in kb.frameworks:
        return None
    if source == target:
        fw = kb.frameworks[source]
        steps = (Fact(text=fw.incumbent.reason, sources=fw.incumbent.sources),) if fw.incumbent else ()
        return MigrationNote(
            source,
            target,
            "stay",
            f"You already run {fw.name}, and it is the pick: stay on it.",
            steps,
            (),
            None,
            None,
            tuple(c for s in steps for c in s.sources),
        )
    path = kb.migrations.get((source, target))
    if path is None:
        known = ", ".join(f"{kb.name(a)} → {kb.name(b)}" for a, b in kb.migrations) or "none"
        return MigrationNote(
            source,
            target,
            "unsourced",
            f"None of the sources describes moving from {kb.name(source)} to {kb.name(target)}; treat any plan "
            f"for it as your own judgement. The paths they do cover: {known}.",
            (),
            (),
            None,
            None,
            (),
        )
    citations = tuple(path.sources) + tuple(c for step in path.steps for c in step.sources)
    return MigrationNote(
        path.source,
        path.target,
        path.verdict,
        path.summary,
        tuple(path.steps),
        tuple(path.alternatives),
        path.example_before,
        path.example_after,
        tuple(dict.fromkeys(citations)),
    )


def relevant_paths(kb: KnowledgeBase, pick: str | None) -> list[MigrationNote]:
    """When the current framework is unknown: every sourced path that ends or starts at the pick."""
    notes = [migration_note(kb, a, b) for (a, b) in kb.migrations if pick in (a, b)]
    return [note for note in notes if note is not None]
