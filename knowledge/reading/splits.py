"""A monolith said to be cut apart ('our node monolith is being broken up', 'splitting the old monolith'): the
monolith word names the services it becomes, not a large application to build (vocabulary.yaml
`monolith_split`). The lexicon holds set phrases ('split the monolith'); this reads the verb a few words off."""

from __future__ import annotations

from itertools import compress

from knowledge.base.splits import MonolithSplitCues, SpreadWording
from knowledge.base.text import phrase_words
from knowledge.reading.result import Mentions
from knowledge.reading.state import Clause


class MonolithSplits:
    """Built once per vocabulary; `read` rereads one clause."""

    def __init__(self, cues: MonolithSplitCues | None, rewrites: dict[str, str], mentions: Mentions) -> None:
        self._things = frozenset(w for thing in (cues.things if cues else ()) for w in phrase_words(thing, rewrites))
        self._verbs = [phrase_words(verb, rewrites) for verb in (cues.verbs if cues else ())]
        self._reach = cues.reach if cues else 0
        self._concept = cues.concept if cues else ""
        self._mentions = mentions

    def read(self, clause: Clause) -> None:
        """Each monolith word with a split verb within reach before or after it: the needs its own match read
        (a large app) give way to the split's concept (microservices)."""
        raw = clause.raw
        if self._things.isdisjoint(raw):
            return  # (a set test: most clauses name no monolith)
        msg, state = clause.msg, clause.state
        for at, word in enumerate(raw):
            span = self._split_near(raw, at) if word in self._things else None
            if span is None:
                continue
            match = next((m for m in clause.matches if m.start <= at < m.end), None)
            said = [m for m in state.found if match is not None and m.text == match.surface]
            negated = any(m.negated for m in said)
            for mention in said:
                state.found.remove(mention)
                if msg.requirements.get(mention.id) is mention:
                    del msg.requirements[mention.id]
            surface = " ".join(raw[min(span[0], at) : max(span[1], at + 1)])  # "monolith is being broken up"
            clause.add_unsaid(self._mentions({"concept": self._concept}, surface, negated))

    def _split_near(self, raw: list[str], at: int) -> tuple[int, int] | None:
        """Where a split verb is said that ends at most `reach` words before the monolith word, or starts at most
        that many after it."""
        for verb in self._verbs:
            size = len(verb)
            for start in range(max(0, at - self._reach - size), min(len(raw), at + self._reach + 2)):
                if (start + size <= at or start > at) and tuple(raw[start : start + size]) == verb:
                    return start, start + size
            # "breaking the monolith apart": the verb before it, its particle right after it
            if size == 2 and verb[1] in raw[at + 1 : at + 3] and verb[0] in raw[max(0, at - self._reach - 1) : at]:
                return raw.index(verb[0], max(0, at - self._reach - 1), at), raw.index(verb[1], at + 1) + 1
        return None


class SpreadWordings:
    """Needs said as a verb and its end a few words on ('we sell refurbished laptops online', 'fold them all back
    into one app'; vocabulary.yaml `spread_wordings`): each reads as its concept, and a need it undoes ('gone':
    the services merged) no longer counts. Built once per vocabulary; `read` rereads one clause."""

    def __init__(self, wordings: list[SpreadWording], rewrites: dict[str, str], mentions: Mentions) -> None:
        def said(phrases: list[str]) -> list[tuple[str, ...]]:
            return [phrase_words(phrase, rewrites) for phrase in phrases]

        self._wordings = [(said(w.verbs), said(w.ends), w.reach, w.concept, w.gone) for w in wordings]
        self._firsts = frozenset(verb[0] for w in self._wordings for verb in w[0] if verb)
        self._mentions = mentions

    def read(self, clause: Clause) -> None:
        raw = clause.raw
        if self._firsts.isdisjoint(raw):
            return  # (a set test: most clauses name none of the verbs)
        msg, state = clause.msg, clause.state
        for verbs, ends, reach, concept, gone in self._wordings:
            span = _spread(raw, verbs, ends, reach)
            if span is None:
                continue
            if gone is not None:
                state.found = [m for m in state.found if m.id != gone]
                if (had := msg.requirements.get(gone)) is not None and not had.negated:
                    del msg.requirements[gone]
            surface = " ".join(raw[span[0] : span[1]])  # "fold it all back into one application"
            clause.add_unsaid(self._mentions({"concept": concept}, surface, False))


def _spread(
    raw: list[str], verbs: list[tuple[str, ...]], ends: list[tuple[str, ...]], reach: int
) -> tuple[int, int] | None:
    """Where a verb is said with an end starting at most `reach` words after it."""
    for verb in verbs:
        size = len(verb)
        if verb and verb[0] not in raw:
            continue  # (a look-up in C: a clause holds one verb of a wording at most)
        starts = range(len(raw) - size + 1)
        # only where the verb's first word stands, picked out in C
        for start in compress(starts, map(verb[0].__eq__, raw)) if verb else starts:
            if tuple(raw[start : start + size]) != verb:
                continue
            for end in ends:
                for at in range(start + size, min(len(raw), start + size + reach + 1)):
                    if tuple(raw[at : at + len(end)]) == end:
                        return start, at + len(end)
    return None
