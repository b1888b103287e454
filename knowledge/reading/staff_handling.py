"""In-house people who do not build the system working on its records by hand ('receptionists have to fix
appointments themselves', 'customer success needs to look up accounts'): the screens they need are the admin the
seeds give Django (002 "Django: The Monolith That Works", 000 "Real-world business scenarios > Internal tools";
vocabulary.yaml `staff_handling`). The lexicon holds set pairs ('staff edit'); this reads role and verb apart."""

from __future__ import annotations

from typing import NamedTuple

from knowledge.base.staff_handling import StaffHandlingCues
from knowledge.base.text import phrase_words, stem
from knowledge.reading.result import Mentions
from knowledge.reading.served_elsewhere import HandledElsewhere
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns, stemmed_phrases, stemmed_words

_OBJECT_REACH = 3  # "signs off on every release": the verb's object a word or two on


class _Span(NamedTuple):
    role_at: int
    role_end: int
    verb_at: int
    end: int


class StaffHandling:
    """Built once per vocabulary; `read` rereads one clause."""

    def __init__(
        self, cues: StaffHandlingCues | None, rewrites: dict[str, str], mentions: Mentions, negations: list[str]
    ) -> None:
        self._roles = WordRuns(stemmed_phrases(cues.roles if cues else [], rewrites))
        # verbs stay as written: by stem, the nouns would count ("posts corrections", "live updates")
        self._verbs = WordRuns(phrase_words(verb, rewrites) for verb in (cues.verbs if cues else ()))
        self._not_after = stemmed_words(cues.not_after if cues else [])
        self._not_before = stemmed_words(cues.not_before if cues else [])
        self._negations = WordRuns(stemmed_phrases(negations, rewrites))
        self._yields_to = frozenset(cues.yields_to if cues else ())
        self._not_objects = stemmed_words(cues.not_objects if cues else [])
        self._handled_elsewhere = HandledElsewhere(cues, rewrites)
        self._reach = cues.reach if cues else 0
        self._concept = cues.concept if cues else ""
        self._mentions = mentions

    def read(self, clause: Clause) -> None:
        """A staff role followed within reach by a record-handling verb: the concept's needs, unless negated or
        said already. A role the clause ends on waits for its verb in the sentence's next clauses, past an aside
        ('receptionists (no tech background) have to fix …')."""
        msg, state = clause.msg, clause.state
        staff_words, carried = msg.staff_words, len(msg.staff_words)
        msg.staff_words = []
        # roles are kept by stem: singular and plural count alike (the clause's own words are stemmed already)
        said = [*map(stem, staff_words), *clause.stems] if carried else clause.stems
        if not self._roles.may_start_in(said):
            return  # (a set test: most clauses name no staff role)
        raw = staff_words + clause.raw
        role, span = self._span(said, raw)
        if span is None:
            if role is not None and len(raw) - role[1] <= self._reach:
                msg.staff_words = raw[role[0] : role[1]]  # the aside's own words use none of the reach
            return
        if self._negated(said, span, carried):
            return  # "we dont want support staff editing records": a screen refused (a negation after is not)
        if self._not_objects.intersection(said[span.end : span.end + _OBJECT_REACH]):
            return  # "support staff change nothing", "hr changes payroll providers": no record handled
        if self._handled_elsewhere(said, span.end):
            return  # "support staff approve refunds through stripe's dashboard": a bought product's screens
        if any(m.id in self._yields_to for m in state.found):
            return  # "staff must be able to edit the content": the pages' content, read as such already
        # "editors (non devs!) must change prices": the role names people served, so a need its words alone gave
        # about the builders ("non developers": a team new to the web) is not the team's
        role_words = " ".join(raw[span.role_at : span.role_end])
        for need, earlier in list(msg.requirements.items()):
            if earlier.text == role_words and not earlier.negated:
                del msg.requirements[need]
                state.found[:] = [m for m in state.found if m is not earlier]
        clause.add_unsaid(self._mentions({"concept": self._concept}, " ".join(raw[span.role_at : span.end]), False))

    def _negated(self, raw: list[str], span: _Span, carried: int) -> bool:
        """A negation cue in this clause before the verb, outside the role's own words ('no tech background' names
        the role); an aside carried past ('(none of them code)') describes the staff, it refuses nothing."""
        before = [at for at in [*range(span.role_at), *range(span.role_end, span.verb_at)] if at >= carried]
        return any(self._negations.at(raw, at) for at in before)

    def _span(self, said: list[str], raw: list[str]) -> tuple[tuple[int, int] | None, _Span | None]:
        """Where the last role starts and ends, and the first role with a verb within reach after it; a role word
        followed by a builder noun ('support engineers') names the team, not the staff it serves."""
        last: tuple[int, int] | None = None
        for start in self._roles.openings(said):  # roles by stem, verbs as written
            length = self._roles.at(said, start)
            if not length:
                continue
            end = start + length
            if end < len(said) and said[end] in self._not_after:
                continue
            if start and said[start - 1] in self._not_before:
                continue  # "the package manager updates deps": a program, not a person
            last = (start, end)
            for at in range(end, min(len(raw), end + self._reach + 1)):
                if verb := self._verbs.at(raw, at):
                    return last, _Span(start, end, at, at + verb)
        return last, None
