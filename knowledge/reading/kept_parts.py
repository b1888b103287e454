"""A part of the running app said to stay where it is ("the django admin and billing remain where they are; the new
driver-tracking service is what I'm asking about"): the needs said only in that clause are the kept part's, not the
new piece's (vocabulary.yaml `neighbours.kept_parts`). What runs is read as before; only the needs are dropped, and
only when the message names a new piece outside the kept clauses."""

from __future__ import annotations

import dataclasses
import re

from knowledge.base.neighbour_cues import KeptPartCues
from knowledge.reading.alternation import alternatives
from knowledge.reading.result import ParsedQuery, RequirementMention
from knowledge.reading.said_inside import said_only_inside

# a clause ends at sentence punctuation, a colon, a semicolon or a spaced dash; a comma ends it only before new words
_CLAUSE_END = re.compile(r"[.;:!?\n]+(?:\s|$)|\s[-\u2013\u2014]+\s")
_WORD = re.compile(r"[a-z0-9]+")
_LISTED = 4  # "admin, invoicing and the cms": a listed part takes a few words


class KeptParts:
    """Built once per vocabulary; no cues: nothing is read."""

    def __init__(
        self, cues: KeptPartCues | None, fresh: list[str], apart: tuple[str, str] | None, frameworks: frozenset[str]
    ) -> None:
        self._cues = cues
        self._frameworks = frameworks  # a kept clause naming one keeps the part on a framework that runs
        self._apart = apart  # (id, label) of the need saying the piece asked about stands beside what runs
        self._stay = self._new = self._reason = self._held = None
        if cues is not None:
            if cues.held:
                self._held = re.compile(r"\b(?:" + alternatives([" ".join(run) for run in cues.held]) + r")\b")
            self._stay = re.compile(r"\b(?:" + alternatives([" ".join(run) for run in cues.stays]) + r")\b")
            new = [*fresh, *(" ".join(run) for run in cues.rebuilt)]
            self._new = re.compile(r"\b(?:" + alternatives(new) + r")\b")
            self._reason = re.compile(r"\s*(?:" + alternatives([" ".join(run) for run in cues.reasons]) + r")\b")

    def drop(self, parsed: ParsedQuery, norm: str) -> ParsedQuery:
        """`parsed` without the needs (not denied, not spared) said only in a kept part's clause; marked
        `apart_decided` when the kept part is on a framework that runs and the new piece is said outside it."""
        spans = self._kept_spans(norm)
        if not spans or not self._new_outside(norm, spans):
            return parsed
        assert self._cues is not None
        spared_ids = set(self._cues.spared)
        kept = tuple(
            m
            for m in parsed.requirements
            if m.negated or m.id in spared_ids or not said_only_inside(m.text, norm, spans)
        )
        on_framework = [(a, b) for a, b in spans if not self._frameworks.isdisjoint(_WORD.findall(norm, a, b))]
        # "switch to fastapi or stay put?", "stay on flask?": staying only weighed or asked keeps no part, and
        # decides nothing
        on_framework = [
            (a, b)
            for a, b in on_framework
            if self._cues.weighing.isdisjoint(_WORD.findall(norm, a, b)) and not norm.startswith("?", b)
        ]
        if self._apart is not None and on_framework and not any(m.id == self._apart[0] for m in kept):
            # a part kept on a framework that runs puts the piece asked about beside it (003 "Deployment patterns");
            # "the spark pipeline stays untouched" keeps no framework, so nothing is said of where the piece goes
            said = norm[on_framework[0][0] : on_framework[0][1]].strip()
            kept += (RequirementMention(self._apart[0], self._apart[1], False, said),)
        # a part kept on a framework that runs and a new piece said outside it: the piece is built apart
        return dataclasses.replace(parsed, requirements=kept, apart_decided=bool(on_framework))

    def _kept_spans(self, norm: str) -> list[tuple[int, int]]:
        if self._stay is None or self._cues is None:
            return []
        spans = []
        for cue in self._stay.finditer(norm):
            before = _WORD.findall(norm, 0, cue.start())[-self._cues.keeper_reach :] if self._cues.keeper_reach else []
            if not self._cues.keepers.isdisjoint(before):
                continue  # "we stay on django because we need the admin": the team's own needs
            after = _WORD.findall(norm, cue.end(), min(len(norm), cue.end() + 24))[:2]
            if " " not in cue.group(0) and any(w.endswith("ing") for w in after[: 2 if after[:1] == ["on"] else 1]):
                continue  # "the app keeps crashing", "keeps on timing out": a verb of doing, no part kept
            start, end = self._start(norm, cue.start()), self._end(norm, cue.end())
            held = self._held is not None and self._held.search(norm, start, end)
            if held and self._frameworks.isdisjoint(_WORD.findall(norm, start, end)):
                continue  # "records stay in the eu for gdpr": data kept where it is stored, its duties still ours
            spans.append((start, end))
        return spans

    def _start(self, norm: str, at: int) -> int:
        """The clause's start: the last clause end before `at`, or a comma after words naming the new piece
        ("the ingest gets rewritten (20k devices), reports stay on flask")."""
        start = max((m.end() for m in _CLAUSE_END.finditer(norm, 0, at)), default=0)
        assert self._new is not None
        base = start
        for comma in [m.end() for m in re.finditer(",", norm[base:at])]:
            if self._new.search(norm, base, base + comma):
                start = base + comma
        return start

    def _end(self, norm: str, at: int) -> int:
        """The clause's end: the next clause end, or a comma not followed by a reason word ('b/c', 'since')."""
        end = _CLAUSE_END.search(norm, at)
        stop = end.start() if end else len(norm)
        assert self._reason is not None
        for comma in re.finditer(",", norm[at:stop]):
            if not self._reason.match(norm, at + comma.end()) and not self._listed(norm, at + comma.end(), stop):
                return at + comma.start()
        return stop

    def _listed(self, norm: str, at: int, stop: int) -> bool:
        """Whether the words after a comma go on listing the kept parts ("keeps admin, cms and billing"): a few
        words up to the next comma or the clause's end, none naming the new piece."""
        comma = norm.find(",", at, stop)
        end = comma if comma >= 0 else stop
        assert self._new is not None
        return len(_WORD.findall(norm, at, end)) <= _LISTED and not self._new.search(norm, at, end)

    def _new_outside(self, norm: str, spans: list[tuple[int, int]]) -> bool:
        assert self._new is not None
        return any(not any(a <= m.start() < b for a, b in spans) for m in self._new.finditer(norm))
