"""A thread's turn saying the project has left its try-out phase ('the pilot worked, now the proper build'),
firmly: not denied or put off ('not going to production', 'a real product might come later')."""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.base.text import stem
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


_INDEFINITE = frozenset(("a", "an", "any"))  # grammar, not a cue list


def marks_project(engine: Engine, said: tuple[str, ...], opening: Iterable[str]) -> bool:
    """'MVP for a marketplace' … 'building the real marketplace now': a phase mark right before a noun the opening
    message named the project by is the same next phase as 'the real product', unhedged as `ends_phase` asks."""
    vocab = engine.kb.vocabulary
    named = {stem(word) for word in opening} - {stem(word) for word in vocab.phase_noun_heads}
    marks = set(vocab.phase_marks)
    for at, word in enumerate(said[:-1]):
        # "compared to a real marketplace, ours is tiny": a mark after an indefinite article is any such project
        if word in marks and stem(said[at + 1]) in named and not (at and said[at - 1] in _INDEFINITE):
            near = {*said[max(0, at - _HEDGE_REACH) : at], *said[at + 2 : at + 2 + _HEDGE_REACH]}
            if vocab.phase_hedges.isdisjoint(near):
                return True
    return False
