"""A thread's turn saying the project has left its try-out phase ('the pilot worked, now the proper build'),
firmly: not denied or put off ('not going to production', 'a real product might come later')."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reasoning.takebacks import cue_phrases

_HEDGE_REACH = 3  # "is not going to production", "a real product might come later": the words either side


def ends_phase(engine: Engine, said: tuple[str, ...]) -> bool:
    """Whether `said` (a turn's normalised words) holds a phase cue with no hedge within a few words of it."""
    vocab = engine.kb.vocabulary
    words = vocab.phase_said(said)
    for cue in cue_phrases(engine, vocab.phase_runs()):
        size = len(cue)
        for at in range(len(words) - size + 1):
            if words[at : at + size] == cue:
                near = {*words[max(0, at - _HEDGE_REACH) : at], *words[at + size : at + size + _HEDGE_REACH]}
                if vocab.phase_hedges.isdisjoint(near):
                    return True
    return False
