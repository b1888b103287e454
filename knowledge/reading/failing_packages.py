"""A package said to fail ("flask-admin keeps breaking") answers nothing, though it still says what runs; said in a
clause naming none, the failing is of the package the clause before named ("flask-restx, which is barely
maintained")."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import phrase_words
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.state import Clause

__all__ = ["FailingPackages"]


class FailingPackages:
    """Tells which packages a clause says fail; built once per match reader."""

    def __init__(self, kb: KnowledgeBase) -> None:
        vocab = kb.vocabulary
        self._answers = {lib.id: frozenset(lib.answers) for lib in kb.libraries.values()}
        self._rewrites = vocab.rewrites
        self._failing = PhraseSet(self._words(cue) for cue in vocab.failing_cues)
        self._failing_asked = PhraseSet(self._words(cue) for cue in vocab.failing_asked)
        self._failing_refers = frozenset(w for cue in vocab.failing_refers for w in self._words(cue))

    def _words(self, phrase: str) -> tuple[str, ...]:
        return phrase_words(phrase, self._rewrites)

    def note(self, clause: Clause, extensions_before: set[tuple[str, str]], libraries_before: set[str]) -> None:
        """A package said to fail answers nothing; the packages this clause added reach the next one."""
        msg, state, raw = clause.msg, clause.state, clause.raw
        added = (
            [k for k in msg.extensions if k not in extensions_before],
            [k for k in msg.libraries if k not in libraries_before],
        )
        if (msg.extensions or msg.libraries) and (
            self._failing.said_in(raw) or (msg.asking and self._failing_asked.said_in(raw))
        ):
            # "flask-admin keeps breaking": the package this clause names fails, so it answers nothing (it still
            # says what runs); with none named here, the one the clause before named ("flask-restx, which is
            # barely maintained"), unless the failing is denied ("nothing is broken")
            if added[0] or added[1]:
                keys, libs = added
            elif not state.negating and self._refers_back(clause, *msg.last_packages):
                keys, libs = msg.last_packages
            else:
                keys, libs = [], []
            for key in keys:
                msg.extensions.pop(key, None)
            msg.failed_libraries.update(libs)
        msg.last_packages = added  # only the clause right before reaches the next one

    def _refers_back(self, clause: Clause, keys: list[tuple[str, str]], libs: list[str]) -> bool:
        """The failing said in a clause naming no package is of the package the clause before named: the clause
        opens referring back ('which is barely maintained') or with the failing itself, or names a need that
        package answers ('swagger is half broken' after flask-smorest), not only another thing ('the old php admin
        is barely maintained')."""
        start = _opening(clause.raw)
        if clause.raw[start : start + 1] and (
            clause.raw[start] in self._failing_refers or self._failing.opens(clause.raw[start:])
        ):
            return True  # "which is barely maintained", "(flask-admin) hasnt cut it for the agents"
        answers = {need for _, need in keys} | {n for lib in libs for n in self._answers[lib]}
        # the need is the failing's subject, named before it: not "our react frontend breaks every release but the
        # admin is solid" (another thing fails; the need is named after, as working)
        failing_at = self._failing.first_at(clause.raw)
        return any(m.id in answers for m in clause.state.found) and any(
            m.kinds.get("requirement") in answers and m.start < failing_at for m in clause.matches
        )


def _opening(raw: list[str]) -> int:
    """Where the clause's own words start, past a conjunction or two ('and honestly it …')."""
    lead = 0
    while lead < len(raw) and lead < _LEAD_INS_MAX and raw[lead] in _LEAD_INS:
        lead += 1
    return lead


# (with the quantities before a failing: "lots of hacks to get permissions working", "and tons of workarounds")
_LEAD_INS = frozenset(
    {"and", "but", "plus", "though", "although", "also", "so", "now", "lately", "sadly", "honestly"}
    | {"lots", "tons", "loads", "plenty", "of"}
)
_LEAD_INS_MAX = 3
