"""What one turn has cut and scanned of its message, kept for its other readings of the same message.

A turn may read its message twice (without the intent's cue, then whole): every sentence and clause but the
cue's is the same text. Cutting a sentence depends on its text alone. A clause's scan depends only on how the
typo cache reads its words, and a cached reading never changes, so a clause whose words were all cached when it
was scanned reads alike when scanned again; such clauses are kept, the others scanned afresh in reading order
(the typo budget is spent as it would be, since the kept clauses hold no word left to search)."""

from __future__ import annotations

from knowledge.base.text import words
from knowledge.reading.phrases import Match, PhraseIndex
from knowledge.reading.sentences import Sentence, sentence, split_sentences

Scan = tuple[list[Match], list[tuple[str, str]]]


class SharedReading:
    """One turn's cut sentences and scanned clauses by text: make one per turn, pass it to each `parse` of that
    turn. The reader only reads them, so a kept one is handed out as it is."""

    def __init__(self, typed: str = "") -> None:
        # the message as typed, for readings of marks an intent's cut takes out (a requester's quoted buzzwords)
        self.typed = typed
        self._cut: dict[str, Sentence] = {}
        self._kept: dict[str, tuple[list[str], Scan]] = {}

    def sentences(self, norm: str) -> list[Sentence]:
        """`sentences.sentences(norm)`, each sentence cut once per turn."""
        cut, wholes = self._cut, split_sentences(norm)
        for whole in wholes:
            if whole not in cut:
                cut[whole] = sentence(whole)
        return [cut[whole] for whole in wholes]

    def scan(self, index: PhraseIndex, clauses: list[str]) -> tuple[list[list[str]], list[Scan]]:
        """Each clause's words (shorthand read out) and its scan, as `index.scan_clauses` gives them."""
        kept = self._kept
        raws = [kept[clause][0] if clause in kept else index.shorthand.expand(words(clause)) for clause in clauses]
        fresh = iter(index.scan_clauses([raw for clause, raw in zip(clauses, raws, strict=True) if clause not in kept]))
        scans = [kept[clause][1] if clause in kept else next(fresh) for clause in clauses]
        typos = index.typos
        every = typos.cached_every_word()  # (most scans) else each clause's words looked up
        for clause, raw, scan in zip(clauses, raws, scans, strict=True):
            if clause not in kept and (every or all(map(typos.repairs.__contains__, raw))):
                kept[clause] = (raw, scan)
        return raws, scans
