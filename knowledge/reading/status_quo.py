"""Features a running app is told to have already ("we have a homegrown admin", "our api is documented in
confluence", "theres a reporting page") describe how things stand, not what is needed: with no pain or wish said
in their sentence, they are dropped from the needs (vocabulary.yaml `status_quo`). A plan describing what it will
have ("the app has a public api and an admin") still states needs: the reading holds only once something runs."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

from knowledge.base.kb import KnowledgeBase
from knowledge.base.models import Vocabulary
from knowledge.base.text import phrase_words, words
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.result import ParsedQuery, RequirementMention
from knowledge.reading.state import MessageState
from knowledge.reading.word_runs import WordRuns


class StatusQuo:
    """Built once per vocabulary, with each requirement's category."""

    def __init__(
        self,
        vocab: Vocabulary,
        categories: Mapping[str, str],
        frameworks: frozenset[str],
        named: Callable[[str], str | None],
    ) -> None:
        cues = vocab.status_quo
        self._on = cues is not None
        self._list_reach = cues.list_reach if cues else 0
        self._frameworks = frameworks  # the names frameworks go by
        self._named = named  # the framework a word names ('djangos' too), or None
        self._have = WordRuns(cues.have if cues else ())
        changes: list[tuple[str, ...]] = [*(cues.change if cues else ())]
        changes += [tuple(words(cue)) for cue in (*vocab.failing_cues, *vocab.wish_cues)]
        self._change = PhraseSet(changes)
        self._back = PhraseSet(cues.back_pointers if cues else ())
        self._breaks = WordRuns(cues.object_breaks if cues else ())
        self._quantities = WordRuns(cues.quantities if cues else ())
        self._joiners = WordRuns(cues.list_joiners if cues else ())
        kinds = cues.categories if cues else frozenset()
        also = cues.also if cues else frozenset()
        self._features = frozenset(rid for rid, category in categories.items() if category in kinds) | also

    def read_sentence(self, msg: MessageState, said: list[str]) -> None:
        """After a sentence is read (`said`: its words): its features told as there, or said as needs."""
        if not self._on:
            return
        changed = self._change.said_in(said)
        told_before, msg.told_last = msg.told_last, []
        if changed and told_before and self._back.said_in(said[:1]):
            msg.needed.update(told_before)  # "we use flask-restful. this is barely maintained"
        found = [m for m in msg.sentence_found if not m.negated]
        # "theres a small jinja page": a part called small tells how things stand; its lean is no wish for change
        side_cued, msg.side_cued = msg.side_cued, False
        if changed or (any(m.wish for m in found) and not side_cued):
            msg.needed.update(m.id for m in found)
            return
        if not self._have.may_start_in(said):  # (a set test: most sentences tell nothing as had)
            msg.needed.update(m.id for _, mentions in msg.sentence_clauses for m in mentions if not m.negated)
            return
        told: list[str] = []
        carrying = False  # "theres a homegrown admin, a csv export, a contact form": a list runs on the cue
        for raw, mentions in msg.sentence_clauses:
            cued = self._have.anywhere(raw)
            here = cued or (carrying and len(raw) <= self._list_reach and not self._names_framework(raw))
            features = [m for m in mentions if not m.negated and m.id in self._features and not m.counted]
            had = [m.id for m in (self._owned(raw, features) if cued else features)] if here else []
            carrying = (cued and bool(had)) or (carrying and here)
            told += had
            msg.needed.update(m.id for m in mentions if not m.negated and m.id not in had)
        msg.told_last = told
        named = frozenset(filter(None, map(self._named, said))) if told else frozenset()
        for rid in told:  # (the frameworks named with it: "fastapi has pydantic" is no app of ours)
            msg.had.setdefault(rid, []).append(named)

    def _owned(self, raw: list[str], features: list[RequirementMention]) -> list[RequirementMention]:
        """The `features` a have-cue of the clause `raw` is about: told at or before the cue ("our api is
        documented"), or after it with the cue's object still open ("we have a homegrown admin"), not past a
        word that ends it ("theres demand for an admin", "we have 40 partners waiting on an openapi spec")."""
        placed = sorted(((_position(raw, m.text), i) for i, m in enumerate(features)), key=_unplaced_first)
        owned: list[int] = []  # where the features told as had so far start
        kept: list[RequirementMention] = []
        for at, i in placed:
            if at is None or any(
                start + n > at or self._object_open(raw, start + n, at, owned)
                for start in self._have.openings(raw)
                if (n := self._have.at(raw, start))
            ):
                owned.append(at if at is not None else len(raw))
                kept.append(features[i])
        return kept

    def _object_open(self, raw: list[str], start: int, end: int, owned: list[int]) -> bool:
        """Whether no break word stands in `raw[start:end]`; after one, a list joiner reopens the list when a
        feature was told as had before the break."""
        i = start
        while i < end:
            n = self._breaks.at(raw, i)
            if not n or self._quantities.ends_at(raw, i):  # "a lot of websocket code" measures the object
                i += 1
                continue
            told_before = any(start <= p < i for p in owned)
            joiner = next((j for j in range(i + n, end) if self._joiners.at(raw, j)), None)
            if joiner is None or not told_before:
                return False
            i = joiner + 1
        return True

    def _names_framework(self, raw: list[str]) -> bool:
        return not self._frameworks.isdisjoint(raw)

    def drop(self, parsed: ParsedQuery, msg: MessageState, kb: KnowledgeBase) -> ParsedQuery:
        """`parsed` without the features only told as had, when a mainstream framework runs and keeping it is an
        option (a team leaving it, or moving already, lists what the next framework must have). A feature the
        framework that runs is itself known for stays: "we use django's admin heavily" is a reason to keep it."""
        current = parsed.current
        if not msg.had or current not in kb.ranked or current in parsed.excluded or current in parsed.retired:
            return parsed
        if parsed.leaving or parsed.migration_underway:
            return parsed
        if parsed.described or parsed.estate:  # "quart (the async flask thing)", "5 on flask, 2 on fastapi"
            return parsed
        ours = {current, *(fw.id for fw in kb.frameworks.values() if current in fw.builds_on)}
        # a need the framework's own package or library answers is read so already, with its reason
        answered = {need for fw, need in parsed.extension_needs} | {need for _, need, _ in parsed.library_covers}
        had = [
            rid
            for rid, told in msg.had.items()
            if rid not in msg.needed
            and rid not in answered
            and any(named <= ours for named in told)
            and not _known_for(kb, current, rid)
        ]
        if not had:
            return parsed
        kept = tuple(m for m in parsed.requirements if m.negated or m.id not in had)
        return dataclasses.replace(parsed, requirements=kept, had_needs=tuple(had))


def _position(raw: list[str], text: str) -> int | None:
    """Where the words a mention was read from start in the clause `raw` (None: not found as said)."""
    said = list(phrase_words(text))
    if not said:
        return None
    for i in range(len(raw) - len(said) + 1):
        if raw[i : i + len(said)] == said:
            return i
    return raw.index(said[0]) if said[0] in raw else None


def _unplaced_first(placed: tuple[int | None, int]) -> int:
    return -1 if placed[0] is None else placed[0]


def _known_for(kb: KnowledgeBase, framework: str, need: str) -> bool:
    """Whether the rules score `framework` up for `need` (Django for an admin, FastAPI for api docs)."""
    return any(
        r.framework == framework and r.when == "present" and r.weight > 0 for r in kb.rules_by_requirement.get(need, ())
    )
