"""Needs named but not asked for (vocabulary.yaml `open_frames`): the options of what is not known yet ("we can't
say yet whether it's a web app, a mobile app or a partner api") lean loosely; a joke or vanity ask relayed from
someone ("the CTO wants it async for his CV, lol"), buzzwords a requester is quoted saying ("the client says it must
be 'scalable' and 'serverless'") and the conceded half of "flask would be the obvious pick, except …" are dropped."""

from __future__ import annotations

import dataclasses
import re

from knowledge.base.models import Vocabulary
from knowledge.base.text import words
from knowledge.reading.alternation import alternatives
from knowledge.reading.result import ParsedQuery, RequirementMention

_SENTENCE_END = re.compile(r"[.;!?\n]")
_CONTRAST = re.compile(r"\b(?:but|however|though|although|while)\b")
_CLAUSE_END = re.compile(r"[,.;:!?\n]")
_TOLD_CLAUSE = re.compile(
    r"(?:[,:(]|\s[-\u2013\u2014]|[\u2013\u2014])\s*(?=(?:we|i|it|its|they|our|what|there|you|he|she|everything)\b)"
)
# typed quotes around a short wording: 'scalable', "serverless", ‘blockchain-ready’ (an apostrophe inside a word
# such as "it's" opens nothing, so the opening mark must follow a space or a bracket)
_QUOTED = re.compile(r"""(?:^|(?<=[\s(\[]))['"‘“]([^'"‘’“”\n]{1,40})['"’”](?=$|[\s,.;:!?)\]])""")
_MAX_QUOTED_WORDS = 3
_MARK_GAP = 2  # "lol the vp", "haha our cto": words between a joke mark and the requester it opens on
_RELAY_GAP = 2  # "the vp wants", "the cto also wants": words between the requester and its wish verb
Span = tuple[int, int]


class OpenFrames:
    """Built once per vocabulary; with no `open_frames` section, nothing is read."""

    def __init__(self, vocab: Vocabulary) -> None:
        cues = vocab.open_frames
        self._on = cues is not None

        def pattern(phrases: list[str], gap: str = r"\s+") -> re.Pattern[str] | None:
            return re.compile(r"\b(?:" + alternatives(phrases, gap) + r")\b") if phrases else None

        yet = r"\s+(?:yet\s+)?"  # "dont yet know if", "not sure yet whether"
        self._unknown = pattern(cues.unknown, yet) if cues else None
        self._jokes = pattern(cues.jokes) if cues else None
        self._requesters = pattern(cues.requesters) if cues else None
        self._relays = pattern(cues.relay_verbs) if cues else None
        self._concessions = pattern(cues.concessions) if cues else None
        self._exceptions = pattern(cues.exceptions) if cues else None

    def read(self, parsed: ParsedQuery, norm: str, typed: str) -> ParsedQuery:
        if not self._on or not parsed.requirements:
            return parsed
        unknown = self._unknown_spans(norm)
        dropped = self._joke_spans(norm) + self._conceded_spans(norm, parsed)
        quoted = self._quoted(norm, typed)
        kept: list[RequirementMention] = []
        for m in parsed.requirements:
            if m.negated:
                kept.append(m)
            elif _only_inside(m.text, norm, dropped) or _all_quoted(m.text, quoted):
                continue
            elif not m.weak and _only_inside(m.text, norm, unknown):
                kept.append(dataclasses.replace(m, weak=True))
            else:
                kept.append(m)
        if len(kept) == len(parsed.requirements) and all(
            a is b for a, b in zip(kept, parsed.requirements, strict=True)
        ):
            return parsed
        return dataclasses.replace(parsed, requirements=tuple(kept))

    def _unknown_spans(self, norm: str) -> list[Span]:
        """From an unknown cue to its sentence's end: the options named there are not decided."""
        if self._unknown is None:
            return []
        spans = []
        for cue in self._unknown.finditer(norm):
            end = _sentence_end(norm, cue.end())
            turn = _CONTRAST.search(norm, cue.end(), end)  # "not sure if we need an admin, but it's an api"
            # "…whether we need websockets for one screen, we do need a staff admin": a new clause with its own
            # subject after a break says what is known; a list of options goes on ("a web app, a mobile app or …")
            told = _TOLD_CLAUSE.search(norm, cue.end(), end)
            spans.append((cue.end(), min((m.start() for m in (turn, told) if m is not None), default=end)))
        return spans

    def _joke_spans(self, norm: str) -> list[Span]:
        """From a requester to the end of the clause holding the joke mark after it ("the cto jokes it should be
        reactive"), or of the requester's clause when the mark comes first ("lol the vp wants websockets")."""
        if self._jokes is None or self._requesters is None:
            return []
        spans = []
        for mark in self._jokes.finditer(norm):
            # the requester in the mark's own clause: "the cto wants it async for his cv lol", not "the client
            # needs a shop with carts, and they want it by friday lol" (the joke is on the deadline)
            start = _clause_start(norm, mark.start())
            before = list(self._requesters.finditer(norm, start, mark.start()))
            if before:  # to the clause's end: "joked it should be async", but not "… lol, it's a brochure site"
                spans.append((before[-1].end(), _clause_end(norm, mark.end())))
                continue
            # the mark first: "lol the vp wants websockets", the requester right after it and relaying a wish;
            # not "lol the client finally signed off: …" or "haha ok so the client needs a shop"
            after = self._requesters.search(norm, mark.end(), _clause_end(norm, mark.end()))
            if (
                after is not None
                and len(words(norm[mark.end() : after.start()])) <= _MARK_GAP
                and self._relays is not None
                and (verb := self._relays.search(norm, after.end())) is not None
                and len(words(norm[after.end() : verb.start()])) <= _RELAY_GAP
            ):
                spans.append((after.end(), _clause_end(norm, after.end())))
        return spans

    def _conceded_spans(self, norm: str, parsed: ParsedQuery) -> list[Span]:
        """'flask would be the obvious minimal choice here, except we need docs': the sentence up to the exception
        describes the conceded choice, when needs are named after it."""
        if self._concessions is None or self._exceptions is None:
            return []
        spans = []
        for cue in self._concessions.finditer(norm):
            end = _sentence_end(norm, cue.end())
            turn = self._exceptions.search(norm, cue.end(), end)
            if turn is None:
                continue
            after = (turn.end(), end)
            if any(not m.negated and _said_inside(m.text, norm, [after]) for m in parsed.requirements):
                spans.append((_sentence_start(norm, cue.start()), turn.start()))
        return spans

    def _quoted(self, norm: str, typed: str) -> list[tuple[str, ...]]:
        """Short quoted wordings, when a requester is said to say or want them ("the client says 'scalable'")."""
        if self._requesters is None or self._relays is None:
            return []
        if self._requesters.search(norm) is None or self._relays.search(norm) is None:
            return []
        found = [tuple(words(q.group(1))) for q in _QUOTED.finditer(typed.lower())]
        return [q for q in found if 0 < len(q) <= _MAX_QUOTED_WORDS]


def _sentence_end(norm: str, at: int) -> int:
    end = _SENTENCE_END.search(norm, at)
    return end.start() if end else len(norm)


def _clause_end(norm: str, at: int) -> int:
    end = _CLAUSE_END.search(norm, at)
    return end.start() if end else len(norm)


def _clause_start(norm: str, at: int) -> int:
    starts = [m.end() for m in _CLAUSE_END.finditer(norm, 0, at)]
    return starts[-1] if starts else 0


def _sentence_start(norm: str, at: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(norm, 0, at)]
    return starts[-1] if starts else 0


def _positions(phrase: str, norm: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", norm)]


def _only_inside(surface: str, norm: str, spans: list[Span]) -> bool:
    """Each of the need's wordings is said, and only inside the spans."""
    if not spans:
        return False
    for phrase in surface.split(", "):
        found = _positions(phrase, norm)
        if not found or any(not any(a <= at < b for a, b in spans) for at in found):
            return False
    return True


def _said_inside(surface: str, norm: str, spans: list[Span]) -> bool:
    return any(a <= at < b for phrase in surface.split(", ") for at in _positions(phrase, norm) for a, b in spans)


def _all_quoted(surface: str, quoted: list[tuple[str, ...]]) -> bool:
    """Each of the need's wordings is within a quoted wording."""
    if not quoted:
        return False
    for phrase in surface.split(", "):
        said = tuple(words(phrase))
        if not said or not any(_within(said, q) for q in quoted):
            return False
    return True


def _within(said: tuple[str, ...], quoted: tuple[str, ...]) -> bool:
    """A run of the quoted words spells the need's words, hyphens and spaces aside ('real-time' is 'realtime')."""
    joined = "".join(said)
    return any("".join(quoted[i:j]) == joined for i in range(len(quoted)) for j in range(i + 1, len(quoted) + 1))
