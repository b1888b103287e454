"""Correcting what runs mid-thread: "sorry, it's flask not django" after "our django monolith …" says the system
runs on Flask. The framework the thread held as running is not banned by it, and the needs said so far stay: only
the name of what runs was wrong (incumbency is weighed from what runs, 003 "Migration between them")."""

from __future__ import annotations

import dataclasses

from knowledge.base.text import phrase_words
from knowledge.engine import Engine
from knowledge.reading.result import ParsedQuery
from knowledge.reasoning import takebacks

_RUN_IS_GAP = 1  # "it's actually flask": a word may sit between the cue and the framework


def _corrected_run(engine: Engine, current: str | None, parsed: ParsedQuery, said: tuple[str, ...]) -> str | None:
    """The framework that runs instead of `current`, when the turn rules out `current` (or says it was wrong) and
    names exactly one other framework, said to be what runs; None otherwise (a move, a ban, a second option)."""
    if current is None or parsed.targets or parsed.leaving:
        return None
    kb = engine.kb
    named = (parsed.current, *parsed.mentioned, *parsed.known, *parsed.excluded)
    others = list(dict.fromkeys(fw for fw in named if fw and fw != current and fw in kb.frameworks))
    if len(others) != 1 or others[0] in parsed.proposed:
        return None
    other = others[0]
    apology = takebacks.says(engine, said, kb.vocabulary.corrections(), deniable=True)
    if current not in parsed.excluded and not (apology and parsed.current == other):
        return None  # "we run django; flask for the new service?": the old one still runs
    if parsed.current == other or apology or _said_to_be(engine, said, other):
        return other
    return None


def set_right(
    engine: Engine, current: str | None, parsed: ParsedQuery, said: tuple[str, ...]
) -> tuple[ParsedQuery, str | None]:
    """The turn's reading with what runs set right, and the framework now said to run (None: nothing corrected)."""
    fixed = _corrected_run(engine, current, parsed, said)
    if fixed:
        dropped_names = (fixed, current)
        parsed = dataclasses.replace(
            parsed,
            current=fixed,
            leaving=False,
            excluded=tuple(fw for fw in parsed.excluded if fw not in dropped_names),
            mentioned=tuple(fw for fw in parsed.mentioned if fw not in dropped_names),
            known=tuple(fw for fw in parsed.known if fw not in dropped_names),
        )
    return parsed, fixed


def _said_to_be(engine: Engine, said: tuple[str, ...], fw: str) -> bool:
    """'it's flask', 'the shop is flask + sqlalchemy': a `thread.run_is` cue right before one of the framework's
    names."""
    kb = engine.kb
    framework = kb.frameworks[fw]
    cues = kb.vocabulary.thread.run_is
    names = {phrase_words(name, kb.vocabulary.rewrites) for name in (framework.name, fw, *framework.aliases)}
    for name in names:
        for at in range(len(said) - len(name) + 1):
            if tuple(said[at : at + len(name)]) != name:
                continue
            for gap in range(_RUN_IS_GAP + 1):
                before = said[: at - gap] if at >= gap else ()
                if any(len(before) >= len(run) and tuple(before[-len(run) :]) == run for run in cues):
                    return True
    return False
