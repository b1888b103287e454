"""Whether people's handling of records, said by a verb, happens in another product's own screens ('support staff
approve refunds through stripe's dashboard', 'teachers grade them in canvas itself'): then nothing is to be built
for them (vocabulary.yaml `staff_handling`: `elsewhere_leads`, `elsewhere`, `elsewhere_own`, `elsewhere_ours`)."""

from __future__ import annotations

from knowledge.base.staff_handling import StaffHandlingCues
from knowledge.base.text import phrase_words, stem
from knowledge.reading.word_runs import WordRuns

_REACH = 2  # "in our zendesk", "through the stripe dashboard": a word or two after the lead


def _stemmed(phrases: list[str], rewrites: dict[str, str] | None = None) -> list[tuple[str, ...]]:
    return [tuple(stem(w) for w in phrase_words(p, rewrites)) for p in phrases]


class HandledElsewhere:
    """Built once per vocabulary from the staff-handling cues; words compared by stem."""

    def __init__(self, cues: StaffHandlingCues | None, rewrites: dict[str, str]) -> None:
        self._leads = frozenset(w for words in _stemmed(cues.elsewhere_leads if cues else []) for w in words)
        self._places = WordRuns(_stemmed(cues.elsewhere if cues else [], rewrites))
        self._own = frozenset(w for words in _stemmed(cues.elsewhere_own if cues else []) for w in words)
        self._ours = frozenset(w for words in _stemmed(cues.elsewhere_ours if cues else []) for w in words)

    def __call__(self, said: list[str], start: int) -> bool:
        """After `start`, a lead word ('in', 'through') and, a word or two on, a listed product, or a name marked
        as the product's own ('canvas itself'), unless that name is a word for the system being built ('the app
        itself')."""
        for lead in range(start, len(said)):
            if said[lead] not in self._leads:
                continue
            for at in range(lead + 1, min(len(said), lead + _REACH + 1)):
                if self._places.at(said, at):
                    return True
                if at + 1 < len(said) and said[at + 1] in self._own and said[at] not in self._ours:
                    return True
        return False
