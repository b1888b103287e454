"""Whether a denial said near a framework's name rules the framework out: not when what is denied is a thing the
framework has ('we hate django's orm'), when part of a group holds it as a taste ('some of the backend folks cant
stand django'), when 'out' is a verb's particle ('flask comes out ahead'), when the framework is the one refusing
('django rejected the form'), nor past a new action begun since the last framework ruled out ('drop fastapi and
thinly wrap starlette')."""

from __future__ import annotations

from knowledge.base.models import Vocabulary
from knowledge.reading.phrases import Match
from knowledge.reading.state import Clause
from knowledge.reading.word_runs import WordRuns

_TASTE_REACH = 8  # "some of the backend folks cant stand": the group and its people within these words of the cue
_ARTICLES = frozenset({"a", "an", "the"})  # "cant adopt the django stack": the framework still the object
_PEOPLE_REACH = 4  # "some of the (backend) folks": the people word a few words after the group word


class DenialReach:
    """Tells how far a denial near a framework's name reaches; built once per knowledge base."""

    def __init__(self, vocab: Vocabulary, names: frozenset[str]) -> None:
        self._cues = vocab.roles
        self._names = names
        # "some of the backend folks cant stand django": part of a group's taste (a people word after the group word)
        self._taste_parts = WordRuns(vocab.roles.taste_part_groups)
        self._taste_nouns = vocab.roles.taste_part_nouns | frozenset(noun.split()[-1] for noun in vocab.people_nouns)
        self._admits = WordRuns(vocab.roles.admit_cues)

    def possessive(self, raw: list[str], match: Match) -> bool:
        """'fastapis direction' (the apostrophe dropped) or 'fastapi s direction': the name in the possessive, a
        thing of the framework's following."""
        said = raw[match.end - 1]
        if raw[match.end : match.end + 1] and raw[match.end] in self._cues.possessive_marks:
            return True
        return said not in self._names and any(
            said.endswith(mark) and said[: -len(mark)] in self._names for mark in self._cues.possessive_marks
        )

    def admitted_elsewhere(self, raw: list[str], cue_end: int, start: int) -> bool:
        """'cant add another admin on top of django s': a refusal to let something in (ending at `cue_end`) whose
        object is not the framework at `start`; 'cant add fastapi', 'wont adopt the django stack' rule it out."""
        if cue_end <= 0 or not self._admits.ends_at(raw, cue_end):
            return False
        gap = raw[cue_end:start]
        return not (len(gap) == 0 or (len(gap) == 1 and gap[0] in _ARTICLES))

    def part_taste(self, raw: list[str], cue_end: int) -> bool:
        """'some of the backend folks cant stand': a taste cue (ending at `cue_end`) held by part of a group, a
        group word then a people word within the few words before it."""
        if raw[cue_end - 1] not in self._cues.dislike_words:
            return False
        start = max(0, cue_end - 1 - _TASTE_REACH)
        for i in self._taste_parts.openings(raw[start : cue_end - 1]):
            size = self._taste_parts.at(raw, start + i)
            after = raw[start + i + size : min(cue_end - 1, start + i + size + _PEOPLE_REACH)]
            if size and not self._taste_nouns.isdisjoint(after):
                return True
        return False

    def departure_denied(self, raw: list[str], start: int) -> bool:
        """'we never ditched flask', 'we dont want to drop the django app': right before the framework (an article
        or owner word between), a verb of leaving it, and a denial a few words before that verb; the framework was
        not left, so it runs."""
        at = start
        while at > 0 and raw[at - 1] in self._cues.acted_objects:  # "drop the django app", "ditch our flask api"
            at -= 1
        if at == 0 or raw[at - 1] not in self._cues.departure_verbs:
            return False
        lead = raw[max(0, at - 1 - self._cues.departure_reach) : at - 1]
        return not self._cues.departure_denials.isdisjoint(lead) and self._names.isdisjoint(lead)

    def acts_on(self, raw: list[str], follower: Match) -> bool:
        """'django rejected the form': an object right after the refusing verb; the framework refuses, not refused."""
        return raw[follower.end : follower.end + 1] != [] and raw[follower.end] in self._cues.acted_objects

    def particle_out(self, raw: list[str], match: Match, follower: Match) -> bool:
        """'sanic and flask come out nearly the same': a bare 'out' after a verb said of the framework is that
        verb's particle, not a ban."""
        return raw[follower.start : follower.end] == ["out"] and not self._cues.out_particle_verbs.isdisjoint(
            raw[match.end : follower.start]
        )

    def new_action_since_excluded(self, clause: Clause, pos: int) -> bool:
        """The framework ruled out last in the clause is the framework named before this one, and the words between
        them hold one that is no list joiner (other needs matched between count as words too)."""
        state, matches = clause.state, clause.matches
        if state.excluded_fw_end < 0 or state.excluding > state.excluded_fw_end:
            return False  # "not flask and not django": a fresh denial since rules the next one out itself
        before = next((m for m in reversed(matches[:pos]) if "framework" in m.kinds), None)
        if before is None or before.end != state.excluded_fw_end:
            return False
        return bool(set(clause.raw[before.end : matches[pos].start]) - self._cues.list_gap)
