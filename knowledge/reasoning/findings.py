"""A correction cue that reports a finding ("turns out 300 cron jobs hit it at once"): in a thread it adds a fact
about the same project (its load, its callers) and does not re-describe it, so the earlier needs stay. Told from
"turns out it's a partner api", which re-describes the project (vocabulary `correction_findings`)."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reading import counts
from knowledge.reasoning.takebacks import cue_phrases


def without_findings(engine: Engine, said: tuple[str, ...]) -> tuple[str, ...]:
    """`said` without each finding cue that opens on a count ('turns out ~2000 phones …'), so that the correction
    cues are not found there."""
    vocab = engine.kb.vocabulary
    cues = cue_phrases(engine, vocab.correction_findings)
    openers = cue_phrases(engine, vocab.finding_openers)
    kept: list[str] = []
    at = 0
    while at < len(said):
        cue = next((c for c in cues if tuple(said[at : at + len(c)]) == c), None)
        if cue is not None and _counted(said, at + len(cue), openers):
            at += len(cue)
            continue
        kept.append(said[at])
        at += 1
    return tuple(kept)


def _counted(said: tuple[str, ...], at: int, openers: tuple[tuple[str, ...], ...]) -> bool:
    """At `at`, a number, a spelled count, or an opener such as 'around' or 'every'."""
    if at >= len(said):
        return False
    word = said[at]
    if word.isdigit() or (word[:-1].isdigit() and word[-1] in "km") or word in counts.SPELLED_COUNTS:
        return True
    return any(tuple(said[at : at + len(run)]) == run for run in openers)
