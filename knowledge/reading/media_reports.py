"""A piece someone read or watched ('ive read 20 comparison articles', 'just watched a pycon talk about how a
fintech moved to fastapi for async'): the piece and what it is about name no need of the system asked about."""

from __future__ import annotations

from knowledge.base.media_report_cues import MediaReportCues
from knowledge.reading.word_runs import said_anywhere


class MediaReports:
    """Built once per vocabulary (`cues` None: no such reports are read)."""

    def __init__(self, cues: MediaReportCues | None) -> None:
        self._cues = cues
        self._verb_firsts = frozenset(verb[0] for verb in cues.verbs) if cues else frozenset()

    def covers(self, raw: list[str], start: int) -> bool:
        """The need's words at `start` are the piece a reader took in, or what it is about: after a reader's verb
        ('i read', 'just watched', or the verb opening the clause), the piece within `reach` words, and no word
        turning to the asker's own system between the piece and the need."""
        cues = self._cues
        if cues is None:
            return False
        if self._quoted(raw, start, cues):
            return True
        if self._verb_firsts.isdisjoint(raw[:start]):
            return False  # (no reader's verb before the need: most clauses)
        for verb in cues.verbs:
            size = len(verb)
            for at in range(start - size + 1):
                if tuple(raw[at : at + size]) != verb or (at and raw[at - 1] not in cues.readers):
                    continue
                after = at + size
                within = range(after, min(len(raw), after + cues.reach + 1))
                piece = next((i for i in within if raw[i] in cues.pieces), None)
                if piece is None:
                    continue
                # the piece's own words ("comparison articles"), or what it is about ("a talk about … for async")
                if start <= piece or not cues.ends.intersection(raw[piece + 1 : start]):
                    return True
        return False

    def _quoted(self, raw: list[str], start: int, cues: MediaReportCues) -> bool:
        """'a blog post says …', 'per a medium article …': the need's words at `start` are (or open) a piece quoted
        as a source, a verb of saying right after it or an attribution a few words before it."""
        piece = next((i for i in range(start, min(len(raw), start + 3)) if raw[i] in cues.pieces), None)
        if piece is None:
            return False
        while piece + 1 < len(raw) and raw[piece + 1] in cues.pieces:
            piece += 1  # "blog post", "benchmark writeup": the noun group's last word
        if raw[piece + 1 : piece + 2] and raw[piece + 1] in cues.sayings:
            return True
        lead = raw[max(0, start - 4) : start]
        return said_anywhere(lead, cues.attributions)
