"""Needs said by what people or systems do, not by a product word (vocabulary.yaml `activities`): a party and an
act near each other in one clause, and a mark where the entry asks for one, in that clause or the clause next to it in
the same sentence ("the moment a goal goes in, 60k open apps show the score"). Words are compared by stem, so every
inflection of a listed word counts; a party and an act in different clauses never combine."""

from __future__ import annotations

from itertools import compress

from knowledge.base.activity_cues import ActivityCue
from knowledge.base.text import phrase_word_set
from knowledge.reading.result import Mentions
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns, stemmed_phrases


def _stems(phrases: list[str], rewrites: dict[str, str]) -> WordRuns:
    return WordRuns(stemmed_phrases(phrases, rewrites))


class _Activity:
    def __init__(self, cue: ActivityCue, rewrites: dict[str, str]) -> None:
        self.parties = _stems(cue.parties, rewrites)
        self.acts = _stems(cue.acts, rewrites)
        self.marks = _stems(cue.marks, rewrites)
        # the marks another clause may lend: not the loose ones ("right away" may say when anything else happens)
        self.lent_marks = _stems([m for m in cue.marks if m not in cue.own_clause_marks], rewrites)
        self.has_marks = bool(cue.marks or cue.cadence_units)
        self.mark_not_after = phrase_word_set(cue.mark_not_after, rewrites, stemmed=True)
        self.mark_not_before = phrase_word_set(cue.mark_not_before, rewrites, stemmed=True)
        self.not_callers = phrase_word_set(cue.not_callers, rewrites, stemmed=True)
        self.cadence_leads = phrase_word_set(cue.cadence_leads, rewrites, stemmed=True)
        self.cadence_units = phrase_word_set(cue.cadence_units, rewrites, stemmed=True)
        self.cadence_counts = phrase_word_set(cue.cadence_counts, rewrites, stemmed=True)
        # the stems a lent mark or a rate opens on: a clause holding none lends no mark (one set test)
        self.lend_openers = self.lent_marks.firsts | self.cadence_leads if self.has_marks else frozenset()
        self.not_before = phrase_word_set(cue.not_before, rewrites, stemmed=True)
        self.not_in_clause = _stems(cue.not_in_clause, rewrites)
        self.reach = cue.reach
        self.caller_between = cue.caller_between
        self.act_first = cue.act_first
        self.party_first = cue.party_first
        self.concept = cue.concept
        self.yields_to = frozenset(cue.yields_to)

    def _unit(self, word: str) -> bool:
        """A cadence unit, alone ('seconds') or glued to its count ('3s')."""
        return word in self.cadence_units or any(
            word.endswith(unit) and word[: -len(unit)].isdigit() for unit in self.cadence_units
        )

    def _marked(self, said: list[str], lent: bool = False) -> bool:
        """Whether a mark is said (not right after a word that makes it another thing) or a short refresh rate;
        `lent`: only the marks that may mark the clause next to this one."""
        marks = self.lent_marks if lent else self.marks
        for i in marks.openings(said):
            length = marks.at(said, i)
            if length and not (i and said[i - 1] in self.mark_not_after) and not self._names_system(said, i + length):
                return True
        if self.cadence_leads.isdisjoint(said):
            return False  # (a set test: most clauses state no rate)
        return any(word in self.cadence_leads and self._rate_after(said, i + 1) for i, word in enumerate(said))

    def _names_system(self, said: list[str], after: int) -> bool:
        """'the live api': the word after the mark names a running system, so the mark says production."""
        return after < len(said) and said[after] in self.mark_not_before

    def _rate_after(self, said: list[str], start: int) -> bool:
        """A unit within three words of `start`, with only counts before it ('3', 'couple of')."""
        for word in said[start : start + 4]:
            if self._unit(word):
                return True
            if not (word.isdigit() or word in self.cadence_counts):
                return False
        return False

    def lends_mark(self, said: list[str]) -> bool:
        """Whether the clause says a mark that marks the clause next to it too."""
        return not self.lend_openers.isdisjoint(said) and self._marked(said, lent=True)

    def span(self, said: list[str], marked: bool | None = None) -> tuple[int, int] | None:
        """Where the first party-and-act pair starts and ends, or None; `marked` says the mark was found already
        (in another clause of the sentence), None asks this clause for it."""
        if self.parties.firsts.isdisjoint(said) or self.acts.firsts.isdisjoint(said):
            return None  # (set tests: no party, or no act, of this activity opens here)
        if not (marked or (marked is None and (not self.has_marks or self._marked(said)))):
            return None
        if self.not_in_clause.anywhere(said, 0, len(said)):
            return None  # "their api is priced per call": another's
        for start in self.parties.openings(said):
            length = self.parties.at(said, start)
            if not length or (start and said[start - 1] in self.not_before):
                continue
            end = start + length
            window = range(max(0, start - self.reach - 4), min(len(said), end + self.reach + 1))
            # only the words opening an act: at any other `act` is 0 and the pair is not found there
            for at in compress(window, map(self.acts.firsts.__contains__, said[window.start : window.stop])):
                act = self.acts.at(said, at)
                if self.caller_between:  # "the url typeform hits": someone else acts on the party
                    if act and end < at <= end + self.reach and not self.not_callers.intersection(said[end:at]):
                        return start, at + act
                    continue
                after = end <= at <= end + self.reach and not self.act_first
                before = not self.party_first and 0 <= start - (at + act) <= self.reach
                if act and (after or before):
                    return min(start, at), max(end, at + act)
        return None


class Activities:
    """Built once per vocabulary; `read` rereads one clause."""

    def __init__(
        self, cues: list[ActivityCue], rewrites: dict[str, str], mentions: Mentions, negations: list[str]
    ) -> None:
        self._activities = [_Activity(cue, rewrites) for cue in cues]
        # the stems any party opens on: a clause holding none names no activity (one set test)
        self._party_openers = frozenset(stem for activity in self._activities for stem in activity.parties.firsts)
        self._lend_openers = frozenset().union(*(activity.lend_openers for activity in self._activities))
        # stem -> the activities a party, an act or a lent mark of theirs opens on: a clause tries only the
        # activities it holds both a party and an act of (most of the 24 hold neither: "api", "app" open some)
        self._by_party = _opening_on([activity.parties.firsts for activity in self._activities])
        self._by_act = _opening_on([activity.acts.firsts for activity in self._activities])
        self._by_lend = _opening_on([activity.lend_openers for activity in self._activities])
        self._negations = _stems(negations, rewrites)
        self._mentions = mentions
        # the sentence read (its clause list, replaced at each sentence), the clause each activity was last marked
        # in, and the pairs of the clause before still waiting for a mark ("…all 300 tablets show it, no lag");
        # only the next clause lends its mark: a mark further off says when something else happens
        self._sentence: object = None
        self._marked: dict[int, int] = {}
        self._waiting: dict[int, tuple[int, str]] = {}

    def read(self, clause: Clause) -> None:
        """Each activity found in the clause adds its concept's needs, unless a negation comes before it or the
        need is said already ('no live updates needed' stands)."""
        said = clause.stems
        if clause.msg.sentence_clauses is not self._sentence:
            self._sentence, self._marked, self._waiting = clause.msg.sentence_clauses, {}, {}
        here = len(clause.msg.sentence_clauses)  # this clause's place in its sentence
        if not self._lend_openers.isdisjoint(said):  # (a set test: most clauses say no mark)
            self._note_marks(clause, said, here)
        if self._party_openers.isdisjoint(said):
            return
        # (in order, as every activity was tried: `span` is None for one with no party or no act here)
        for n in sorted(_holding(self._by_party, said) & _holding(self._by_act, said)):
            activity = self._activities[n]
            span = activity.span(said, True if self._marked.get(n, -2) >= here - 1 else None)
            unmarked = span is None and activity.has_marks
            if unmarked:  # the pair alone: it waits for a mark later in the sentence
                span = activity.span(said, True)
            if span is None or self._negations.anywhere(said, 0, span[0]):
                continue
            if activity.yields_to and any(m.id in activity.yields_to for m in clause.state.found):
                continue  # "a webhook receiver that pushes the events on": read as what it is already
            surface = " ".join(clause.raw[span[0] : span[1]])
            if unmarked:
                self._waiting[n] = (here, surface)
                continue
            clause.add_unsaid(self._mentions({"concept": activity.concept}, surface, False))

    def _note_marks(self, clause: Clause, said: list[str], here: int) -> None:
        """The activities this clause marks (clause `here` of its sentence): a pair waiting in the clause before
        is marked by it."""
        for n in sorted(_holding(self._by_lend, said)):  # (`lends_mark` is False for the others)
            activity = self._activities[n]
            if activity.lends_mark(said):
                self._marked[n] = here
                waiting = self._waiting.pop(n, None)
                if waiting and waiting[0] == here - 1:  # the pair of the clause before, marked only now
                    clause.add_unsaid(self._mentions({"concept": activity.concept}, waiting[1], False))


def _opening_on(firsts: list[frozenset[str]]) -> dict[str, list[int]]:
    """Each stem, with the places (in order) of the sets holding it."""
    table: dict[str, list[int]] = {}
    for n, stems in enumerate(firsts):
        for stem in stems:
            table.setdefault(stem, []).append(n)
    return table


def _holding(table: dict[str, list[int]], said: list[str]) -> set[int]:
    """The places `table` gives the words of `said`."""
    return {n for word in said for n in table.get(word, ())}
