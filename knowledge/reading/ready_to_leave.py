"""Two ways a message says the team is ready to leave what runs without a phrase saying so: a runtime past its
end of life ("still on python 2.7") and a rebuild decided with only its destination asked ("rebuild it in
what?"). Words: vocabulary.yaml `moves` (`eol_*`, `rebuild_*`)."""

from __future__ import annotations

from collections.abc import Container
from itertools import compress

from knowledge.base.move_cues import MoveCues
from knowledge.reading.word_runs import by_first_word, has_run

_EOL_REACH = 5  # "finished the python 2 to 3 port", "py2 is gone": what settles an end of life is said beside it
_ASK_LEN = 4  # the longest rebuild question ("what should it become") opening right after the verb


class ReadyToLeave:
    """Built once per vocabulary; `Moves.open_to_leave` asks it after its own phrases."""

    def __init__(self, moves: MoveCues) -> None:
        self._rebuild_verbs = moves.rebuild_verbs
        self._eol_runtimes = by_first_word(moves.eol_runtimes)
        self._rebuild_asks = by_first_word(moves.rebuild_asks)
        self._eol_settled = moves.eol_settled
        self._rebuild_skips, self._rebuild_objects = moves.rebuild_skips, moves.rebuild_objects

    def eol_said(self, words: list[str]) -> bool:
        """An end-of-life runtime said of the code that runs: no `eol_settled` word ('gone', 'hosts') near it."""
        for i in compress(range(len(words)), map(self._eol_runtimes.__contains__, words)):
            for run in self._eol_runtimes[words[i]]:
                if tuple(words[i : i + len(run)]) != run:
                    continue
                near_by = words[max(0, i - _EOL_REACH) : i + len(run) + _EOL_REACH]
                if self._eol_settled.isdisjoint(near_by):
                    return True
        return False

    def rebuild_asked(self, said: list[str], names: Container[str]) -> bool:
        """A rebuild of the system and a question on its destination anywhere in `said` ('rebuild it in what?');
        framework names are kept ("ported from flask to quart. what next?" asks nothing "to what")."""
        return self._rebuilt(said, names) and has_run(said, self._rebuild_asks)

    def _rebuilt(self, said: list[str], names: Container[str]) -> bool:
        """A rebuild verb taking the system ('rebuild it', 'port the old service', 'rewrite the bottle app') or no
        object before its question ('rebuild in what'); 'replace the pdf library' rebuilds none of it."""
        for i in compress(range(len(said)), map(self._rebuild_verbs.__contains__, said)):
            at = i + 1
            while at < len(said) and said[at] in self._rebuild_skips:
                at += 1
            if at >= len(said) or said[at] in self._rebuild_objects or said[at] in names:
                return True
            if at == i + 1 and has_run(said[at : at + _ASK_LEN], self._rebuild_asks):
                return True
        return False
