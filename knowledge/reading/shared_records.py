"""Several kinds of people each acting on the same records ('landlords list units, tenants file requests,
contractors close them'): a system of users, roles and workflows, what 000 "Three frameworks, three philosophies >
Django" says Django assumes (vocabulary.yaml `shared_records`). One party with an act says little (a customer
buys, a user logs in); different parties each with their own act, in one message, say roles."""

from __future__ import annotations

from itertools import compress, repeat
from operator import or_

from knowledge.base.shared_records import SharedRecordCues
from knowledge.base.text import phrase_word_set, phrase_words
from knowledge.reading.result import Mentions
from knowledge.reading.served_elsewhere import HandledElsewhere
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns, stemmed_phrases


def _stems(phrases: list[str], rewrites: dict[str, str]) -> WordRuns:
    return WordRuns(stemmed_phrases(phrases, rewrites))


def _forms(phrases: list[str], rewrites: dict[str, str]) -> WordRuns:
    """Parties as written, with the last word's singular or plural: by stem, 'managers' would be the act 'manage'
    and 'approvers' the act 'approve'."""
    runs: set[tuple[str, ...]] = set()
    for phrase in phrases:
        said = tuple(phrase_words(phrase, rewrites))
        *head, last = said
        forms = {last, last + "s"}
        if last.endswith("ies"):
            forms.add(last[:-3] + "y")
        elif last.endswith("s"):
            forms.add(last[:-1])
        runs.update((*head, form) for form in forms)
    return WordRuns(runs)


class SharedRecords:
    """Built once per vocabulary; `read` rereads one clause and keeps the parties seen in the message."""

    def __init__(
        self,
        cues: SharedRecordCues | None,
        rewrites: dict[str, str],
        mentions: Mentions,
        negations: list[str],
        elsewhere: HandledElsewhere,
    ) -> None:
        self._cues = cues
        self._elsewhere = elsewhere  # "teachers grade them in canvas itself": another product's workflow
        self._parties = _forms(cues.parties if cues else [], rewrites)
        self._acts = _stems(cues.acts if cues else [], rewrites)
        self._endings = (
            tuple(f"{ending}s" if not ending.endswith("s") else ending for ending in cues.party_endings) if cues else ()
        )
        # every ending ends in "s": a word ending in none of these is no party by its ending, as written or with
        # an "s" added (the singular case), so most words are passed with one `endswith` in C
        self._maybe_endings = self._endings + tuple(ending[:-1] for ending in self._endings)
        self._not_parties = phrase_word_set(cues.not_parties if cues else [], rewrites)
        self._singular_leads = phrase_word_set(cues.singular_leads if cues else [], rewrites)
        self._not_after = phrase_word_set(cues.not_after if cues else [], rewrites, stemmed=True)
        self._not_before = phrase_word_set(cues.not_before if cues else [], rewrites)
        self._openers = phrase_word_set(cues.object_openers if cues else [], rewrites)
        self._negations = _stems(negations, rewrites)
        self._mentions = mentions

    def read(self, clause: Clause) -> None:
        """Each party with an act within reach after it (no other party between) counts once per message; when
        enough different parties have, the concept's needs are added, unless said already."""
        cues, raw, msg = self._cues, clause.raw, clause.msg
        if cues is None:
            return
        starts = self._may_open(raw)
        if not starts:
            return  # (most clauses name no party)
        said = clause.stems
        for party, at in self._paired(raw, said, cues.reach, starts):
            if self._negations.anywhere(said, 0, at):
                continue  # "no students submit anything here": refused, not a workflow
            msg.record_parties.setdefault(party, " ".join(clause.raw[at : at + len(party)]))
        if len(msg.record_parties) < cues.min_parties:
            return
        surface = ", ".join(msg.record_parties.values())
        clause.add_unsaid(self._mentions({"concept": cues.concept}, surface, False))

    def _by_ending(self, word: str) -> bool:
        """'groomers', 'hygienists': a plural naming people by what they do, not a thing ('servers')."""
        return len(word) > 5 and word.endswith(self._endings) and word not in self._not_parties

    def _ending_at(self, raw: list[str], at: int) -> bool:
        """A party by its ending: a plural, or a singular one person is singled out by ('the assessor')."""
        word = raw[at]
        return self._by_ending(word) or (
            at > 0 and raw[at - 1] in self._singular_leads and not word.endswith("s") and self._by_ending(word + "s")
        )

    def _may_open(self, raw: list[str]) -> list[int]:
        """The positions whose word may open a party: a run's first word, or a party's ending."""
        firsts, maybe = self._parties.firsts, self._maybe_endings
        # the words that may open one picked out in C: a paste's clauses hold few
        maybe_here = map(or_, map(firsts.__contains__, raw), map(str.endswith, raw, repeat(maybe)))
        return [i for i in compress(range(len(raw)), maybe_here) if raw[i] in firsts or self._ending_at(raw, i)]

    def _acts_on(self, raw: list[str], said: list[str], at: int) -> bool:
        """'growers list their harvest': a compound-making word that is also an act, with an object opening after."""
        return bool(self._acts.at(said, at)) and raw[at + 1 : at + 2] != [] and raw[at + 1] in self._openers

    def _paired(
        self, raw: list[str], said: list[str], reach: int, starts: list[int]
    ) -> list[tuple[tuple[str, ...], int]]:
        """The parties (their stems and where they start) each followed within reach by an act: parties as
        written (`raw`), acts by stem (`said`); tried only at `starts` (`_may_open`)."""
        found: list[tuple[tuple[str, ...], int]] = []
        covered = 0  # "the office": the party's own later words open no party of their own
        for start in starts:
            length = self._parties.at(raw, start) or int(self._ending_at(raw, start))
            end = start + length
            if not length or start < covered:
                continue
            covered = end
            if start and raw[start - 1] in self._not_before:
                continue  # as written: "schools" owns the teachers, "the school secretary" is ours
            if end < len(said) and said[end] in self._not_after and not self._acts_on(raw, said, end):
                continue
            for at in range(end, min(len(said), end + reach + 1)):
                if at > end and (self._parties.at(raw, at) or self._ending_at(raw, at)):
                    break  # "nurses and pharmacists approve": the act is the later party's
                if act := self._acts.at(said, at):
                    if not self._elsewhere(said, at + act):
                        found.append((tuple(said[start:end]), start))
                    break
        return found
