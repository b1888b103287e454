"""A need's word or a framework said of something else: a framework's part appraised ("quart's docs look
incomplete"), a framework judged ("starlette seems more stable"), the system that calls ours ("called from our
checkout service"), or a relation denied of another thing ("graphene-django no longer works with django")."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

from knowledge.base.models import Vocabulary
from knowledge.base.text import phrase_words
from knowledge.reading.counts import SPELLED_COUNTS
from knowledge.reading.phrases import Match

_OVERSIZED_REACH = 4  # "feel like way too much": the judgement a few words after the appraisal verb
_CALLER_LIST_REACH = 3  # "by the crm, the erp and the checkout service": a few callers listed before this one
_LOOSE_COUNTS = frozenset({"several", "multiple", "many", "both"})  # counts said without a number
_SERVED_REACH = 7  # "serving their scikit-learn model to": the verb a few words before the 'to'
_CALLER_HELPER_REACH = 5  # "… service needs to be able to call them": the helper words before the call verb


class Appraisal:
    """Built once per vocabulary, with the frameworks' names."""

    def __init__(self, vocab: Vocabulary, framework_by_name: dict[str, str]) -> None:
        self._framework_by_name = framework_by_name
        self._owners = frozenset(word for owner in vocab.current_owners for word in phrase_words(owner, vocab.rewrites))
        self._artifact_words = frozenset(a for a in vocab.current_artifacts if " " not in a)
        self._systems = vocab.thread.systems
        self._first_person = vocab.scope.first_person
        self._cues = vocab.roles
        self._oversized = tuple(phrase_words(cue, vocab.rewrites) for cue in vocab.roles.oversized)

    def appraised(self, raw: list[str], match: Match, before: Mapping[str, str], earlier: Sequence[str] = ()) -> bool:
        """'quart's docs look incomplete', 'django's admin is clunky': a need's word owned by a framework (a
        possessive right before it) and judged right after it is said of that framework, not asked for."""
        return self.owner(raw, match, before, earlier) is not None and self.judged_after(raw, match.end)

    def owner(self, raw: list[str], match: Match, before: Mapping[str, str], earlier: Sequence[str] = ()) -> str | None:
        """'django's templates': the framework whose possessive is right before a need's word; 'its templates':
        the framework named last before it, in this clause or `earlier` (the clause before)."""
        if match.start < 1:
            return None
        owner = raw[match.start - 1]
        if owner in self._cues.pronoun_owners:
            named = (self._framework_by_name.get(w) for w in reversed([*earlier, *raw[: match.start - 1]]))
            return next((fw for fw in named if fw is not None), None)
        if "framework" not in before:
            return None
        return self._framework_by_name.get(owner[:-1]) if owner.endswith("s") else None

    def judged_after(self, raw: list[str], end: int) -> bool:
        """A verb of seeming or being right after what it judges ('… feel like overkill', '… is clunky')."""
        return end < len(raw) and raw[end] in self._cues.appraisal

    def oversized_after(self, raw: list[str], end: int) -> bool:
        """'… feel like overkill', '… are way too much': the appraisal right after says the parts are more than
        the job needs."""
        ahead = tuple(raw[end + 1 : end + 1 + _OVERSIZED_REACH])
        return any(ahead[i : i + len(cue)] == cue for cue in self._oversized for i in range(len(ahead)))

    def judged(self, raw: list[str], match: Match) -> bool:
        """'starlette seems more stable than quart', 'quart looks less mature': a framework said to have a quality
        (a verb of seeming and words of degree between) is appraised; the quality is not a need asked for."""
        at = match.start - 1
        while at >= 0 and raw[at] in self._cues.degree:
            at -= 1
        if at == match.start - 1 or at < 1 or raw[at] not in self._cues.appraisal:
            return False
        return raw[at - 1] in self._framework_by_name

    def caller(self, raw: list[str], match: Match, names_system: bool = False) -> bool:
        """'needs to be called from our checkout service', 'used by the billing app': a need named as the system
        that calls this one describes the caller, not what is being built; so does one the data is read from
        ('balances from the payroll api')."""
        # "from our marketing site": words naming a kind of product (`names_system`) may end on the system noun
        # themselves; a client named so ("called from our react app") is still who the backend serves
        named_whole = names_system and match.end - match.start >= 2 and raw[match.end - 1] in self._systems
        if not named_whole and (match.end >= len(raw) or raw[match.end] not in self._artifact_words):
            return False
        system = named_whole or raw[match.end] in self._systems
        cues = self._cues
        if not named_whole and self._calls_ours(raw, match.end + 1):
            return True
        at = match.start
        for _ in range(_CALLER_LIST_REACH):
            # "called by two internal apps": a count, like an owner word, stands between the cue and the callers
            lead = [w for w in raw[max(0, at - 3) : at] if w not in self._owners and not _count(w)]
            # a source is a system ("from the payroll api"), not any artifact ("suffered from async code")
            source = bool(lead) and lead[-1] in cues.source_agents and system
            if (
                source
                or (lead and lead[-1] in cues.caller_agents)
                or (len(lead) >= 2 and (lead[-2], lead[-1]) in cues.called_by)
                or (lead and lead[-1] == "to" and system and self._served(raw, at))
            ):
                return True
            # "by the crm and the checkout service": step back over a caller listed before this one
            at -= 1
            while at > 0 and raw[at] in self._owners:
                at -= 1
            if at < 1 or raw[at] not in cues.caller_joiners:
                return False
            at -= 1
        return False

    def _served(self, raw: list[str], at: int) -> bool:
        """'serving their model to two internal apps': a verb of handing ours out a few words before `at`."""
        return not self._cues.serve_verbs.isdisjoint(raw[max(0, at - _SERVED_REACH) : at])

    def bare_caller(self, raw: list[str], match: Match) -> bool:
        """'checkout calls it on every payment': words named bare (no 'service' after them), then a call verb and a
        word standing for our system right after: they name the caller."""
        end = match.end
        return (
            end + 1 < len(raw)
            and raw[end] in self._cues.caller_verbs
            and raw[end + 1] in self._cues.bare_caller_objects
        )

    def relative_caller(self, raw: list[str], match: Match) -> bool:
        """'an api that ecommerce plugins call', 'a relay which our cms pings on publish': words that are the
        subject of a relative clause (after 'that', an owner word or two between) whose verb is a call verb (a noun
        of the caller and helper words between) name the system calling the thing described, ours."""
        cues = self._cues
        at = match.start - 1
        while at > 0 and raw[at] in self._owners and raw[at] not in cues.relative_pronouns:
            at -= 1
        if at < 1 or raw[at] not in cues.relative_pronouns:
            return False  # (a clause opening on "which" asks, it describes nothing)
        end = match.end
        if end < len(raw) and raw[end] not in cues.caller_verbs and raw[end] not in cues.caller_helpers:
            end += 1  # "the marketplace apps call": the caller's own noun after its kind
        limit = min(len(raw), end + _CALLER_HELPER_REACH)
        while end < limit and raw[end] in cues.caller_helpers:
            end += 1
        return end < len(raw) and raw[end] in cues.caller_verbs

    def called(self, raw: list[str]) -> bool:
        """'checkout calls it on every order', 'the cms pings us after each publish': somewhere in the clause a call
        verb right before a word standing for our system, so a caller's calls are what is being counted."""
        cues = self._cues
        return any(
            word in cues.caller_verbs and follow in cues.bare_caller_objects for word, follow in itertools.pairwise(raw)
        )

    def _calls_ours(self, raw: list[str], at: int) -> bool:
        """'… service to be able to call them', '… app hits our api': from `at`, a few helper words, a call verb and
        an object that is ours: the system before is the subject calling ours."""
        cues = self._cues
        end = min(len(raw), at + _CALLER_HELPER_REACH)
        while at < end and raw[at] in cues.caller_helpers:
            at += 1
        return at + 1 < len(raw) and raw[at] in cues.caller_verbs and raw[at + 1] in cues.caller_objects

    def related(self, raw: list[str], match: Match) -> bool:
        """'graphene-django no longer works with django 4', 'the sdk doesnt support flasks async views': the
        framework is the object of a relation denied of something else, so the negation is not about it. Said of
        ourselves ('we no longer work with django') it still rules the framework out."""
        at = match.start
        while at > 0 and raw[at - 1] in self._owners:  # "works with the django orm"
            at -= 1
        before = tuple(raw[:at])
        return not self._first_person.intersection(raw[:1]) and any(
            before[len(before) - len(cue) :] == cue for cue in self._cues.relations if len(cue) <= len(before)
        )


def _count(word: str) -> bool:
    """'2', 'two', 'several': a word counting the things named after it."""
    return word.isdigit() or word in SPELLED_COUNTS or word in _LOOSE_COUNTS
