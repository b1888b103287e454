"""An estate listed in one sentence: several systems, each on its own framework ("billing (django), search
(fastapi), thumbnails (flask)", "we run django (shop), flask (resizer)", "…, and a tiny flask cron trigger").

When the message then names one of the listed systems again ("the thumbnail one keeps timing out", "which should
the resizer end up on?"), that system is the one asked about: its framework is what runs, and what the other
systems are or do (their names, their asides) is no need of this one."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from knowledge.base.text import stem
from knowledge.reading.result import ParsedQuery

NAME_WORDS = 3  # "the image resizer (flask)": a system's name is a few words
_SENTENCE = re.compile(r"[^.!?\n]+")
_WORD = re.compile(r"[a-z0-9][a-z0-9_'-]*")
_PAREN = re.compile(r"\(([^()]*)\)")
_PART = re.compile(r"[^,;]+")  # "billing uses django, realtime runs on fastapi": one system a part


@dataclass(frozen=True)
class System:
    framework: str
    name: tuple[str, ...]  # the words that name it ("image", "resizer")
    span: tuple[int, int]  # where its name and aside sit in the text


@dataclass(frozen=True)
class Estate:
    systems: tuple[System, ...]
    subject: System | None  # the listed system named again outside the list
    span: tuple[int, int] = (0, 0)  # the sentence listing them; none when listed in an earlier message
    held: bool = False  # listed after a verb of having or running ("we run a django app and a fastapi service")


class EstateReader:
    """Finds an estate; `frameworks` maps lower-case framework names to ids, `fillers` are the words a name does
    not start with (joiners, determiners), `generic` the nouns any system or its team is ("service", "team")."""

    def __init__(
        self,
        frameworks: Mapping[str, str],
        fillers: Collection[str],
        generic: Collection[str],
        pointers: Collection[str] = (),
        run_verbs: Collection[tuple[str, ...]] = (),
        *,
        parts: Collection[str] = (),
        holding: Collection[tuple[str, ...]] = (),
        lead_ins: Collection[str] = (),
    ) -> None:
        self._frameworks = frameworks
        self.parts = frozenset(parts)  # needs that name a part of one application ("admin uses django"), no unit
        # by first word, longest first: "we are running" before "we are" (a set's order would vary by run)
        self._holding_by_first: dict[str, list[tuple[str, ...]]] = {}
        for run in sorted(frozenset(holding), key=lambda r: (-len(r), r)):
            self._holding_by_first.setdefault(run[0], []).append(run)
        self._lead_ins = frozenset(lead_ins)
        self._run_verbs = sorted(frozenset(run_verbs), key=len, reverse=True)  # longest first: "runs on" before "runs"
        self._pointers = frozenset(pointers)
        self._fillers = frozenset(fillers)
        self._generic = frozenset(generic)

    def read(self, text: str) -> Estate | None:
        if "(" not in text and not self._run_verbs:
            return None  # (every listed system has a bracketed entry, the trailing item follows one)
        for sentence in _SENTENCE.finditer(text):
            if len(set(filter(None, map(self._frameworks.get, _WORD.findall(sentence.group(0)))))) < 2:
                continue  # (two frameworks are needed; the systems' words are this sentence's words)
            systems, held = self._systems(text, sentence.start(), sentence.end())
            if len(systems) >= 2 and len({s.framework for s in systems}) >= 2:
                subject = self._subject(text, sentence.start(), sentence.end(), systems)
                return Estate(tuple(systems), subject, (sentence.start(), sentence.end()), held)
        return None

    def _systems(self, text: str, start: int, end: int) -> tuple[list[System], bool]:
        """The systems listed, and whether they were listed after a verb of having or running."""
        found: list[System] = []
        held = False
        for paren in _PAREN.finditer(text, start, end):
            inside = _words(paren.group(1))
            before = _words_before(text, start, paren.start())
            if inside and (fw := self._frameworks.get(inside[0][0])):
                # "auth (django, also has the admin)": the name before the bracket, the framework inside it
                name = self._name(w for w, _ in before[-NAME_WORDS:])
                at = before[-len(name)][1] if name else paren.start()
                found.append(System(fw, name, (at, paren.end())))
            elif before and (fw := self._frameworks.get(before[-1][0])) and not self._has_framework(inside):
                # "flask (image resizer)": the framework before the bracket, the name inside it
                found.append(System(fw, self._name(w for w, _ in inside[:NAME_WORDS]), (before[-1][1], paren.end())))
        if found:
            found += self._trailing_item(text, found[-1].span[1], end)
        else:
            found = self._said_running(text, start, end)
            if not found:
                found = self._framework_led(text, start, end)
                held = bool(found)
        return [s for s in found if s.name], held

    def _framework_led(self, text: str, start: int, end: int) -> list[System]:
        """'we run a django admin app for ops and a fastapi service for the apps': after a verb of having or
        running, each item opens on a determiner and a framework and ends its name on a system noun ('app',
        'service'); the words up to the next item are its aside. ('a new fastapi service' is no running one.)"""
        words = _words(text[start:end])
        said = [w for w, _ in words]
        verb = next(
            (
                at + len(v)
                for at, word in enumerate(said)
                for v in self._holding_by_first.get(word, ())
                if tuple(said[at : at + len(v)]) == v
            ),
            -1,
        )
        if verb < 0:
            return []
        items: list[tuple[int, str, tuple[str, ...]]] = []
        for at in range(verb, len(said) - 1):
            fw = self._frameworks.get(said[at])
            if fw is None or at == 0 or said[at - 1] not in self._lead_ins:
                continue
            tail = said[at + 1 : at + 1 + NAME_WORDS]
            noun = next((i for i, w in enumerate(tail) if w in self._generic), -1)
            if noun >= 0 and not self._has_framework((w, 0) for w in tail[: noun + 1]):
                items.append((at - 1, fw, tuple(tail[: noun + 1])))
        found = []
        for k, (at, fw, name) in enumerate(items):
            stop = start + words[items[k + 1][0]][1] if k + 1 < len(items) else end
            found.append(System(fw, name, (start + words[at][1], stop)))
        return found

    def _said_running(self, text: str, start: int, end: int) -> list[System]:
        """'Billing uses Django, Realtime runs on FastAPI': each comma-cut part opening on a system's name, then a
        verb of running and a framework, lists one system."""
        found: list[System] = []
        for part in _PART.finditer(text, start, end):
            words = _words(part.group(0))
            said = [w for w, _ in words]
            at = next((i for i, w in enumerate(said) if w in self._frameworks), -1)
            if at < 1:
                continue
            verb = next((len(v) for v in self._run_verbs if tuple(said[max(0, at - len(v)) : at]) == v), 0)
            name = self._name(said[: at - verb][-NAME_WORDS:]) if verb else ()
            if name and at - verb <= NAME_WORDS + 1:
                found.append(System(self._frameworks[said[at]], name, (part.start() + words[0][1], part.end())))
        return found

    def _trailing_item(self, text: str, after: int, end: int) -> list[System]:
        """', and a tiny flask cron trigger': one more item of the list, a framework inside its noun phrase."""
        rest = _words(text[after:end])
        if not rest or "(" in text[after:end] or not text[after:end].lstrip().startswith((",", "and")):
            return []
        at = next((i for i, (w, _) in enumerate(rest) if w in self._frameworks), -1)
        if at < 0 or self._has_framework(rest[at + 1 :]):
            return []
        name = self._name(w for w, _ in rest[at + 1 : at + 1 + NAME_WORDS])
        return [System(self._frameworks[rest[at][0]], name, (after + rest[0][1], end))] if name else []

    def named_again(self, listed: Iterable[tuple[str, str]], text: str) -> Estate:
        """The systems listed in an earlier message, the subject the one of them `text` points at first: its name
        opening the message or said right after a pointer ('and billing', 'the thumbnail one')."""
        systems = tuple(System(fw, tuple(name.split()), (0, 0)) for name, fw in listed)
        plain = [w for w, _ in _words(text)]
        said = [stem(w) for w in plain]
        pointed = [at for at in range(len(said)) if at == 0 or plain[at - 1] in self._pointers]
        first = {s: next((at for at in pointed if said[at] in self._distinct(s)), len(said)) for s in systems}
        named = sorted((at, i) for i, at in enumerate(first.values()) if at < len(said))
        return Estate(systems, systems[named[0][1]] if named else None)

    def _name(self, said: Iterable[str]) -> tuple[str, ...]:
        """The name's words, past the fillers it may open on ('and a', 'the')."""
        name = list(said)
        while name and (name[0] in self._fillers or name[0] in self._frameworks):
            name.pop(0)
        return tuple(name)

    def _has_framework(self, said: Iterable[tuple[str, int]]) -> bool:
        return any(w in self._frameworks for w, _ in said)

    def _subject(self, text: str, start: int, end: int, systems: list[System]) -> System | None:
        """The first listed system whose own words (not 'service', 'app') come back outside the listing
        sentence; none when two come back together or none does."""
        plain = [w for w, _ in _words(text[:start]) + _words(text[end:])]
        outside = [stem(w) for w in plain]
        # "… the flask relay is 300 lines": a framework on one system only, said as the head of its name
        alone = {fw for fw in (s.framework for s in systems) if sum(s.framework == fw for s in systems) == 1}
        heads = {(s.framework, w) for s in systems if s.framework in alone for w in s.name}
        by_name = {
            self._frameworks[w]
            for at, w in enumerate(plain[:-1], 1)
            if w in self._frameworks and (self._frameworks[w], plain[at]) in heads
        }
        named = [
            s
            for s in systems
            if (self._distinct(s) and not self._distinct(s).isdisjoint(outside)) or s.framework in by_name
        ]
        return named[0] if len(named) == 1 else None

    def _distinct(self, system: System) -> frozenset[str]:
        """The word that tells the system from the others: its name's last one that is no 'service' or 'app'
        ('resizer' of 'image resizer', 'billing' of 'billing service'); words before it may be a verb ('we run
        crm')."""
        own = [w for w in system.name if w not in self._generic and w not in self._fillers]
        return frozenset(stem(w) for w in own[-1:])

    def others_say(self, estate: Estate, surface: str, text: str) -> bool:
        """Whether `surface` (the words a need was read from) is said only within the entries of the systems not
        asked about (what they are or do), or only names a listed system ('the catalog team'): a name says which
        system is meant, not what it needs."""
        others = [s for s in estate.systems if s is not estate.subject]
        spots = [m.start() for m in re.finditer(re.escape(surface), text)] if surface else []
        inside = bool(spots) and all(any(s.span[0] <= at < s.span[1] for s in others) for at in spots)
        said = {stem(w) for w, _ in _words(surface) if w not in self._generic and w not in self._fillers}
        return inside or any(said and said <= self._distinct(s) for s in estate.systems)


def _words(text: str) -> list[tuple[str, int]]:
    return [(m.group(0), m.start()) for m in _WORD.finditer(text)]


def _words_before(text: str, start: int, at: int) -> list[tuple[str, int]]:
    """The words of the list item that ends at `at`: back to the last comma, colon or bracket."""
    cut = max(text.rfind(mark, start, at) for mark in (",", ":", ";", ")"))
    begin = max(start, cut + 1)
    return [(w, begin + pos) for w, pos in _words(text[begin:at])]


def focus(parsed: ParsedQuery, estate: Estate, reader: EstateReader, text: str) -> ParsedQuery:
    """`parsed` narrowed to the system asked about: its framework runs; needs read only from the systems' names
    or from the other systems' asides are dropped."""
    listed = tuple((" ".join(s.name), s.framework) for s in estate.systems)
    kept = tuple(
        m
        for m in parsed.requirements
        if not all(reader.others_say(estate, surface, text) for surface in m.text.split(", "))
    )
    if estate.subject is None:
        running = {s.framework for s in estate.systems}
        # "we run a django admin app and a fastapi service; where does the new partner api go?": systems held
        # ("we run / we have") and none asked about; a thread may ask later which of them gets the work
        held = estate.held and parsed.current in running
        several = len(running) >= 2 and not parsed.targets
        if not held and not several:
            return dataclasses.replace(parsed, estate=listed or parsed.estate)
        # "payments uses django, search uses fastapi, growth is still on flask. my new team …": with no system
        # named again, the project asked about is none of them: no framework listed is what it runs, and what the
        # systems are or do is no need of it (a part of one app, "admin uses django", stays: it may be the plan)
        if not held:
            kept += tuple(m for m in parsed.requirements if m.id in reader.parts and m not in kept)
            kept = tuple(m for m in parsed.requirements if m in kept)
        # (systems held, with no need of the new work said, are weighed as before: the first one named runs, until
        # a later turn says what the new work needs)
        current = None if kept or not held else parsed.current
        return dataclasses.replace(parsed, estate=listed, current=current, requirements=kept, estate_open=held)
    return dataclasses.replace(parsed, current=estate.subject.framework, requirements=kept, estate=listed)
