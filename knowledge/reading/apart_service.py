"""A new service said to be built apart from what runs ("only the upload endpoint gets rebuilt as its own service",
"the pricing microservice we're splitting off"), told from one only weighed as an option ("add DRF or spin up
fastapi next to it?", "should we split it out into a separate service?"). Decided, the piece is a new app beside
what runs (003 "Deployment patterns"; 003 "Migration between them": for new apps that need APIs, start with
FastAPI); weighed, what runs still answers (inside Django is much less disruptive), and the carve-out words name
no new project (vocabulary.yaml `neighbours.kept_parts`: separating, weighing, owning)."""

from __future__ import annotations

import dataclasses
import re

from knowledge.base.neighbour_cues import KeptPartCues
from knowledge.reading.alternation import alternatives
from knowledge.reading.result import ParsedQuery, RequirementMention

# a clause ends at sentence punctuation, a semicolon, a colon or a spaced dash: "…as its own service - which
# framework or stack?" weighs frameworks, not the carve-out
_CLAUSE = re.compile(r"[.;:!?\n]+(?:\s|$)|\s[-\u2013\u2014]+\s")
_WORD = re.compile(r"[a-z0-9]+")
_OWNER_REACH = 2  # "already has its own service": the owning word right before the cue
_NEW_PROJECT = "greenfield"  # requirements.yaml: the need the carve-out words also name


class ApartService:
    """Built once per vocabulary; no separating cues: nothing is read."""

    def __init__(self, cues: KeptPartCues | None, apart: tuple[str, str] | None) -> None:
        self._cues = cues
        self._apart = apart  # (id, label) of the need saying the piece stands beside what runs
        self._separating = None
        if cues is not None and cues.separating:
            self._separating = re.compile(r"\b(?:" + alternatives([" ".join(run) for run in cues.separating]) + r")\b")

    def read(self, parsed: ParsedQuery, norm: str) -> ParsedQuery:
        """`parsed` marked `apart_decided` (and saying the piece stands apart) when a sentence weighing no option
        says it is built as its own service; a new project read only from carve-out words of weighed sentences
        is the separate service weighed instead."""
        if self._separating is None or self._cues is None or self._apart is None or parsed.current is None:
            return parsed
        decided, weighed = self._said(norm)
        apart_id, apart_label = self._apart
        kept = parsed.requirements
        has_apart = any(m.id == apart_id and not m.negated for m in kept)
        if decided is not None and not parsed.apart_decided and apart_id not in parsed.asked_needs:
            if not has_apart:
                kept += (RequirementMention(apart_id, apart_label, False, decided),)
            return dataclasses.replace(parsed, requirements=kept, apart_decided=True)
        if decided is None and weighed:
            # "bolt drf on or spin it out as its own service?": the carve-out is one option, not a new project
            new_project = [m for m in kept if m.id == _NEW_PROJECT and not m.negated]
            if new_project and all(self._only_carve_out(m.text, weighed) for m in new_project):
                kept = tuple(m for m in kept if m not in new_project)
                if not has_apart:
                    kept += (RequirementMention(apart_id, apart_label, False, new_project[0].text),)
                return dataclasses.replace(parsed, requirements=kept)
        return parsed

    def _said(self, norm: str) -> tuple[str | None, list[str]]:
        """The first carve-out said in a clause weighing nothing, and the carve-outs said in weighing ones."""
        assert self._separating is not None and self._cues is not None
        weighed: list[str] = []
        start = 0
        for end in [*_CLAUSE.finditer(norm), None]:
            sentence = norm[start : end.start() if end else len(norm)]
            start = end.end() if end else len(norm)
            said = _WORD.findall(sentence)
            asks = not self._cues.asks.isdisjoint(said)
            # "what should the upload service use?" asks for the framework; "should it be its own service?" weighs,
            # and so does a question that asks for no framework ("time to carve out fastapi?")
            is_weighed = any(
                w in self._cues.weighing and (i == 0 or said[i - 1] not in self._cues.asks) and self._weighs(said, i)
                for i, w in enumerate(said)
            ) or (end is not None and "?" in end.group(0) and not asks)
            for cue in self._separating.finditer(sentence):
                if not self._cues.owning.isdisjoint(_WORD.findall(sentence, 0, cue.start())[-_OWNER_REACH:]):
                    continue  # "the app already has its own service for emails": one that exists
                if not is_weighed:
                    return cue.group(0), weighed
                weighed.append(cue.group(0))
        return None, weighed

    def _weighs(self, said: list[str], at: int) -> bool:
        """A modal weighs only as a question ("should we split it out?"); "the export should be rebuilt as a separate
        service" says what is decided."""
        assert self._cues is not None
        if said[at] not in self._cues.modals or at == 0:
            return True
        return at + 1 < len(said) and said[at + 1] in self._cues.modal_subjects

    @staticmethod
    def _only_carve_out(text: str, weighed: list[str]) -> bool:
        """Whether every wording of a need is one of the weighed carve-outs."""
        said = [" ".join(_WORD.findall(part)) for part in text.split(", ") if part]
        return bool(said) and all(any(w in cue or cue in w for cue in weighed) for w in said)
