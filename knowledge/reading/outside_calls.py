"""Outside systems counted after a call verb ('our aggregator hits 8 airline apis', 'each quote calls five carrier
services'): every request waits on many outside calls, the I/O-heavy case the seeds give to async (vocabulary.yaml
`outside_calls`). The lexicon holds set phrases ('fan out', 'external calls'); this reads the count between. A
request said to wait on another's system ('blocks on the supplier endpoints', 'stuck until the insurer answers',
`outside_calls.waits`) says the same with no count."""

from __future__ import annotations

from collections.abc import Iterator

from knowledge.base.outside_calls import OutsideCallCues
from knowledge.base.text import phrase_word_set, phrase_words
from knowledge.reading.counts import is_count, number_value
from knowledge.reading.result import Mentions
from knowledge.reading.state import Clause


class OutsideCalls:
    """Built once per vocabulary; `read` rereads one clause."""

    def __init__(self, cues: OutsideCallCues | None, rewrites: dict[str, str], mentions: Mentions) -> None:
        self._verbs = [phrase_words(verb, rewrites) for verb in (cues.verbs if cues else ())]
        self._things = phrase_word_set(cues.things if cues else (), rewrites)
        self._more = [phrase_words(opener, rewrites) for opener in (cues.more if cues else ())]
        self._min = cues.min_count if cues else 0
        self._reach = cues.reach if cues else 0
        self._concept = cues.concept if cues else ""
        self._party_needs = frozenset(cues.party_needs if cues else ())
        self._mentions = mentions
        waits = cues.waits if cues else None
        self._waits = [phrase_words(verb, rewrites) for verb in (waits.verbs if waits else ())]
        # the words opening a wait verb: a clause holding none is passed with one set test (an empty verb, which
        # any clause holds, turns the test off)
        self._wait_firsts = None if () in self._waits else frozenset(verb[0] for verb in self._waits)
        self._waited = phrase_word_set(waits.things if waits else (), rewrites, stemmed=True)
        self._replies = phrase_word_set(waits.replies if waits else (), rewrites, stemmed=True)
        self._wait_reach = waits.reach if waits else 0
        self._waiters = phrase_word_set(waits.waiters if waits else (), rewrites)
        self._requests = phrase_word_set(waits.requests if waits else (), rewrites, stemmed=True)
        self._actions = phrase_word_set(waits.actions if waits else (), rewrites)

    def read(self, clause: Clause) -> None:
        """The first call verb followed by a large enough count of outside things: the concept's needs, unless the
        clause said them already (or negated them)."""
        raw = clause.raw
        span = None if self._things.isdisjoint(raw) else self._span(raw)  # (a set test: most count no systems)
        if span is None:
            span = self._wait(raw, clause.stems)
        if span is None:
            return
        _drop_called(clause, span, self._party_needs)
        clause.add_unsaid(self._mentions({"concept": self._concept}, " ".join(raw[span[0] : span[1]]), False))

    def _span(self, raw: list[str]) -> tuple[int, int] | None:
        """Where a call verb starts and the counted thing after it ends: the first count within reach after the
        verb is what it counts, and a thing noun must follow that count within reach."""
        for _, start, end in _said(raw, self._verbs):
            at = next((i for i in range(end, min(len(raw), end + self._reach + 1)) if is_count(raw[i])), None)
            if at is None:
                continue
            thing = next(
                (i for i in range(at + 1, min(len(raw), at + 2 + self._reach)) if raw[i] in self._things), None
            )
            if thing is not None and number_value(raw[at]) + self._one_more(raw, thing + 1) >= self._min:
                return start, thing + 1
        return None

    def _wait(self, raw: list[str], stems: list[str]) -> tuple[int, int] | None:
        """A wait verb, then within reach another's system ('blocks on 5 supplier endpoints'), or after 'until' a
        reply verb ('stuck until the insurer answers'): the request waits on an outside call."""
        if self._wait_firsts is not None and self._wait_firsts.isdisjoint(raw):
            return None  # (a set test: most clauses hold no wait verb)
        for verb, start, end in _said(raw, self._waits):
            if self._plan_waits(raw, stems, start):
                continue
            for at in range(end, min(len(raw), end + self._wait_reach + 1)):
                if stems[at] in self._waited or (at > end and verb[-1] == "until" and stems[at] in self._replies):
                    if self._party_acts(raw, stems, at + 1):
                        break
                    return start, at + 1
        return None

    def _plan_waits(self, raw: list[str], stems: list[str], start: int) -> bool:
        """'the project is blocked on …', 'we are stuck until …': the project or its people wait, and no request
        is said in the clause."""
        before = raw[max(0, start - self._wait_reach) : start]
        return not self._waiters.isdisjoint(before) and self._requests.isdisjoint(stems)

    def _party_acts(self, raw: list[str], stems: list[str], at: int) -> bool:
        """'waiting on the partners to sign off': the party is to do something (a reply verb aside)."""
        return at < len(raw) and raw[at] in self._actions and not (at + 1 < len(raw) and stems[at + 1] in self._replies)

    def _one_more(self, raw: list[str], at: int) -> int:
        """1 when the list goes on with one more system ('… and an internal one'), else 0."""
        for opener in self._more:
            end = at + len(opener)
            if tuple(raw[at:end]) == opener and (opener[-1] == "one" or "one" in raw[end : end + self._reach + 1]):
                return 1
        return 0


def _drop_called(clause: Clause, span: tuple[int, int], party_needs: frozenset[str]) -> None:
    """'every request waits on three slow partner apis': a need saying who calls us (`party_needs`), read from the
    words after the call verb, names the other party's systems being called ('partner apis' is not our public api),
    so this clause's reading of it goes."""
    raw, found, requirements = clause.raw, clause.state.found, clause.msg.requirements
    called = [
        m
        for m in found
        if m.id in party_needs and (at := _first_at(raw, m.text)) is not None and span[0] < at < span[1]
    ]
    for mention in called:
        found.remove(mention)
        if requirements.get(mention.id) is mention:
            del requirements[mention.id]


def _first_at(raw: list[str], text: str) -> int | None:
    """Where the first word of a need's text stands in the clause (None when not there as written)."""
    said = text.replace(",", "").split()
    return raw.index(said[0]) if said and said[0] in raw else None


def _said(raw: list[str], runs: list[tuple[str, ...]]) -> Iterator[tuple[tuple[str, ...], int, int]]:
    """Each run of words in `raw`, in the order of `runs` then of place: the run, where it starts and ends."""
    present = set(raw)  # (read for every clause: a run whose first word is not there is skipped unscanned)
    for run in runs:
        if run and run[0] not in present:
            continue
        size = len(run)
        for start in range(len(raw) - size + 1):
            if tuple(raw[start : start + size]) == run:
                yield run, start, start + size
