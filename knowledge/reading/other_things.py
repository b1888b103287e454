"""A need's words that here name something else: people (a team, a unit, another company's team), a name (a
repository, a team called so), a caller, a kind of organisation, the team's own pick, or the word in another sense."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from knowledge.base.kb import KnowledgeBase
from knowledge.base.requirements import Sense
from knowledge.base.text import phrase_words, stems, words
from knowledge.reading import counts
from knowledge.reading.appraisal import Appraisal
from knowledge.reading.phrases import Match
from knowledge.reading.state import Clause
from knowledge.reading.team_names import TeamNames
from knowledge.reading.text import ARTICLES
from knowledge.reading.word_runs import WordRuns

__all__ = ["OtherThings"]

_WANTING_REACH = 3  # "we need our own auth": the wanting verb a word or two before "own"
_GLUE_LEAD = 3  # "a glue service that sits between": the end word a few words after the glue's own words
_GLUE_REACH = 8  # "between the legacy inventory db and the new warehouse api": the two ends a few words each
_RETIRE_REACH = 3  # "the old admin we are retiring", "retiring the old admin": the cue a few words off
_RAN_FOR_REACH = 8  # "weve run litestar in prod for years": the cue, the thing, a place, then the span


class OtherThings:
    """Tells when a need's words name something else; built once per need reader."""

    def __init__(self, kb: KnowledgeBase, appraisal: Appraisal) -> None:
        vocab = kb.vocabulary
        self._kb = kb
        self._appraisal = appraisal
        self._needs, self._scope = vocab.needs, vocab.scope  # word sets, read once when the vocabulary loads
        self._roles = vocab.roles
        self._teams = TeamNames(vocab.needs, vocab.scope)
        self._fresh = frozenset(req.id for req in kb.requirements.values() if req.fresh)
        self._owners = frozenset(vocab.current_owners)
        self._senses: dict[str, list[tuple[str, Sense]]] = {}  # a need's word as typed -> (need, other sense)
        for req in kb.requirements.values():
            for sense in req.senses:
                self._senses.setdefault(sense.said, []).append((req.id, sense))
                # an allow-list word also matches by its stem ("allow" for "allowed"): its sense holds whatever
                # the ending, or "allow communication" would read as an allow-list
                stemmed = _stems(sense.said)
                if sense.only_after_listed and stemmed != sense.said:
                    self._senses.setdefault(stemmed, []).append((req.id, sense))
        # by word and need: a need's word in a sense listed for another need (or in a concept's match) is passed
        # with one look-up, its senses never tried
        self._senses_of: dict[tuple[str, str], list[Sense]] = {}
        for said, senses in self._senses.items():
            for rid, sense in senses:
                self._senses_of.setdefault((said, rid), []).append(sense)
        self._category = {req.id: req.category for req in kb.requirements.values()}
        self._list_joiners = vocab.roles.list_gap  # "and auth": the joiners a listed name may follow
        self._horizon_needs = frozenset(vocab.horizon_needs)
        self._ran_for = WordRuns(
            phrase_words(cue, vocab.rewrites) for cue in [*vocab.elapsed_cues, *vocab.ran_for_cues]
        )
        # "the old admin we're retiring", "retiring the legacy admin": a part going away is no need of what is built
        self._retiring = WordRuns(
            phrase_words(cue, vocab.rewrites) for cue in [*vocab.retire_after, *vocab.retire_before]
        )
        self._retiring_first = WordRuns(phrase_words(cue, vocab.rewrites) for cue in vocab.retire_before)
        self._known_words = (  # words that make a compound, not a name: "non-blocking", "five-page"
            frozenset(vocab.common_words) | counts.NUMBER_WORDS | vocab.needs.compound_prefixes
        )

    def _names_a_system(self, match: Match) -> bool:
        """The words name only kinds of system (a shop, a crm, a dashboard), the needs a caller can have."""
        kinds = match.kinds
        if "requirement" in kinds:
            needs = [kinds["requirement"]]
        elif "concept" in kinds:
            needs = self._kb.concepts[kinds["concept"]].implies
        else:
            return False
        return bool(needs) and all(self._category[n] in self._needs.caller_categories for n in needs)

    def _chosen_part(self, clause: Clause, match: Match) -> bool:
        """'want to hand-pick orm + auth', 'pick our own orm and templates': a part a team may pick itself, after a
        choosing verb (past small words and other such parts), unless the clause refuses ('dont want to pick …')."""
        cues = self._needs
        if clause.state.negating or match.kinds.get("requirement") not in cues.chosen_parts:
            return False
        parts = {
            at
            for m in clause.matches
            if m.kinds.get("requirement") in cues.chosen_parts
            for at in range(m.start, m.end)
        }
        at = match.start - 1
        while at >= 0 and (at in parts or clause.raw[at] in cues.choosing_gap):
            at -= 1
        return (
            at >= 0
            and clause.raw[at] in cues.choosing_acts
            and not any("negate" in m.kinds for m in clause.matches if m.end <= at)  # "dont want to pick …"
        )

    def _own_part(self, clause: Clause, match: Match) -> bool:
        """'own ORM-ish layer', 'our homegrown auth': a part the team already made itself, said as a fact (not
        wished for, not refused), so not one the framework must bring."""
        cues, state = self._needs, clause.state
        # ("dont want to roll our own auth": the making is refused, so no part made already)
        if state.negating or state.wishing or state.own_work or match.kinds.get("requirement") not in cues.own_parts:
            return False
        raw, start = clause.raw, match.start
        for run in cues.own_part_words:
            at = start - len(run)
            if at >= 0 and tuple(raw[at:start]) == run:
                if at and raw[at - 1] in cues.own_part_others:
                    return False  # "admin screens with their own logins": the users' own, which the system gives
                return not cues.own_part_wanting.intersection(raw[max(0, at - _WANTING_REACH) : at])
        return False

    def _glue_end(self, clause: Clause, match: Match) -> bool:
        """'a small adapter that sits between the payment gateway and our ledger': after a glue need and an end word
        ('between'), in the same clause, the needs named are the systems connected, not needs of the glue."""
        cues = self._needs
        if not cues.glue_needs or match.kinds.get("requirement") in cues.glue_needs:
            return False
        if cues.glue_ends.isdisjoint(clause.raw[: match.start]):
            return False  # (a set test: no end word before the match, so no glue before it either)
        glue = [m for m in clause.matches if m.kinds.get("requirement") in cues.glue_needs and m.end <= match.start]
        if not glue:
            return False
        raw, ends = clause.raw, glue[-1]
        end_at = [at for at in range(ends.start, min(match.start, ends.end + _GLUE_LEAD)) if raw[at] in cues.glue_ends]
        return bool(end_at) and match.start - end_at[0] <= _GLUE_REACH

    def named(self, clause: Clause, match: Match, before: Mapping[str, str]) -> bool:
        """A need's words that here name people, another system or a framework's part, not a need."""
        raw = clause.raw
        surface = match.surface if match.surface in self._senses else _stems(match.surface)
        senses = self._senses_of.get((surface, match.kinds.get("requirement", "")))
        if senses and self._other_sense(raw, match, before, self._after(clause, match), senses, text=clause.msg.text):
            return True  # "a flask template", "the protein structure image": the word in another sense
        # (each test's cheap part first: every need match of a paste passes through here)
        if match.kinds.get("requirement") in self._fresh and self._serves(raw, match):
            return True
        # "the ml team's tracker", "our security team vetoed it": a need's words naming a group of people
        if match.end < len(raw) and raw[match.end] in self._needs.team_nouns and " " not in match.surface:
            return True
        if self._teams.team_name(raw, match) or self._teams.given_name(raw, match):
            return True  # "we're the real-time bidding team", "a squad called real-time bidding": a name
        if self._teams.unit_running(clause, match):
            return True  # "Payments uses Django": a part of the organisation, named by its trade, and what it runs
        if self._teams.own_team(raw, match):
            return True  # "we're the platform team": who asks, not how the organisation is cut
        if self._teams.outside_team(raw, match):
            return True  # "the hosting vendor's platform team": another company's team, not ours
        if self._retired_part(raw, match):
            return True  # "the old admin we're retiring": a part going away, not one wanted
        if self._teams.owning_team(raw, match):
            return True  # "the platform team owns the rest": a team beside ours, not who builds this
        if match.surface in self._needs.organisation_nouns and self._kind_of_organisation(raw, match, before):
            return True
        if match.kinds.get("requirement") in self._horizon_needs and self._ran_for.anywhere(
            raw, max(0, match.start - _RAN_FOR_REACH), match.start
        ):
            return True  # "weve run it in prod for years": time already spent running it, not a life ahead
        if self._names_running_system(clause, match):
            return True  # "4 fastapi services (auth, search)": a running system's name, not a need
        if self._teams.in_repository_name(clause, match):
            return True  # "acme/payments-fastapi": a word of a repository's name, not a need
        if self._chosen_part(clause, match):
            return True  # "want to hand-pick orm + auth": the team's own pick, not a part wanted built in
        if self._own_part(clause, match):
            return True  # "own ORM-ish layer": a part the team made itself, not one wanted built in
        if self._glue_end(clause, match):
            return True  # "sits between the payment gateway and our ledger": a system the glue connects
        if (
            match.start >= 2
            and (raw[match.start - 2], raw[match.start - 1]) in self._needs.event_counts
            and self._appraisal.called(raw)
        ):
            return True  # "checkout calls it on every payment": the caller's event counted, not a need
        # ("after each new hire", "on every websocket message": an event our own system or team handles is one)
        # "called from our checkout service": the caller's kind of system, not this one's
        if self._appraisal.caller(raw, match, self._names_a_system(match)):
            return True
        if self._appraisal.bare_caller(raw, match) and self._names_a_system(match):
            return True  # "checkout calls it": a kind of system calling ours ("webhooks hit us" is traffic we take)
        if self._appraisal.relative_caller(raw, match) and self._names_a_system(match):
            return True  # "a relay that our cms calls": the relative clause's subject calls ours
        if self._persons_thing(raw, match) and self._names_a_system(match):
            return True  # "my cousin's shop runs on django": a person's own system, not ours
        # "quart's docs look incomplete": a framework's part appraised describes that framework, not a need
        if self._appraisal.appraised(raw, match, before, clause.msg.previous_raw) or self._appraisal.judged(raw, match):
            return True
        return (  # "knotie-ai": a word no phrase knows, hyphen-joined to a need's word,
            match.start > 0  # is a name ("knotie-ai needs to leave flask"), not the need
            and match.end == match.start + 1
            and (match.start - 1) not in clause.covered
            and (raw[match.start - 1], raw[match.start]) in clause.msg.named_pairs
            and raw[match.start - 1] not in self._known_words
        )

    def _persons_thing(self, raw: list[str], match: Match) -> bool:
        """'my cousin's shop', 'a friends startup': the words right after a person's possessive (the apostrophe may
        be gone) name that person's system; 'our colleague's app' is still the team's."""
        at, people = match.start, self._roles.person_nouns
        if at >= 2 and raw[at - 1] == "s" and raw[at - 2] in people:
            owner = at - 2
        elif at >= 1 and raw[at - 1].endswith("s") and raw[at - 1][:-1] in people:
            owner = at - 1
        else:
            return False
        return self._roles.team_owners.isdisjoint(raw[max(0, owner - 2) : owner])

    def _names_running_system(self, clause: Clause, match: Match) -> bool:
        """The clause is an item of a list naming the systems a framework runs ('(auth, search, pricing)'): the
        match's words and every word before it in the clause are the list's words or joiners."""
        names = clause.msg.system_names
        return (
            bool(names)
            and all(word in names or word in self._list_joiners for word in clause.raw[: match.end])
            and names.issuperset(clause.raw[match.start : match.end])
        )

    def party_kind(self, raw: list[str], match: Match) -> bool:
        """'the payroll vendor', 'our payment provider': the need's words right before a party noun name that
        party's line of business, read loosely like the company's own trade; only for needs such a trade may name
        (vocabulary `needs.party_kind_needs`)."""
        cues = self._needs
        if match.end >= len(raw) or raw[match.end] not in cues.party_nouns:
            return False
        need = match.kinds.get("requirement")
        needs = (
            [need] if need else self._kb.concepts[match.kinds["concept"]].implies if "concept" in match.kinds else []
        )
        return bool(needs) and cues.party_kind_needs.issuperset(needs)

    def _retired_part(self, raw: list[str], match: Match) -> bool:
        """'the old admin we're retiring', 'retiring the legacy admin': a part of a system with a retiring cue a few
        words after or before it is going away."""
        if not self._retiring.may_start_in(raw):
            return False  # (a set test: most clauses say nothing is going away)
        need = match.kinds.get("requirement")
        needs = (
            [need] if need else self._kb.concepts[match.kinds["concept"]].implies if "concept" in match.kinds else []
        )
        if not needs or any(self._category[n] not in self._needs.retired_part_categories for n in needs):
            return False
        return self._retiring.anywhere(raw, match.end, match.end + _RETIRE_REACH) or self._retiring_first.anywhere(
            raw, max(0, match.start - _RETIRE_REACH), match.start
        )

    def _serves(self, raw: list[str], match: Match) -> bool:
        """'json endpoints for the new app': a fresh need's words after an api's noun and 'for' name the client."""
        said = match.kinds.get("requirement")
        if said is None or said not in self._fresh:
            return False
        return self.after_clients(raw, match.start)

    def client_calls(self, raw: list[str], end: int) -> bool:
        """'the service the mobile app talks to': right after the client's words, it is said to call ours."""
        return any(tuple(raw[end : end + len(act)]) == act for act in self._needs.client_acts)

    def after_clients(self, raw: list[str], start: int) -> bool:
        """An api's noun and 'for' (vocabulary `needs.clients`), owner words between, right before `start`."""
        at = start
        while at > 2 and raw[at - 1] in self._owners:
            at -= 1
        return at >= 2 and (raw[at - 2], raw[at - 1]) in self._needs.clients

    @staticmethod
    def _after(clause: Clause, match: Match) -> Mapping[str, str]:
        """The kinds of the match right after this one, when nothing lies between them."""
        following = next((m for m in clause.matches if m.start >= match.end), None)
        return following.kinds if following is not None and following.start == match.end else {}

    def _other_sense(
        self,
        raw: list[str],
        match: Match,
        before: Mapping[str, str],
        after: Mapping[str, str],
        senses: list[Sense],
        *,
        text: str,
    ) -> bool:
        """The need's word, with the word next to it (or, for `in_message`, the message's words `text`), in one of
        `senses`, those its requirement lists as another thing."""
        previous = raw[match.start - 1] if match.start else ""
        following = raw[match.end] if match.end < len(raw) else ""
        return any(
            (
                sense.always
                or previous in sense.after
                or following in sense.before
                or (sense.after_framework and "framework" in before)
                or (sense.before_framework and "framework" in after)
                or (sense.only_before_framework and "framework" not in after)
                or (sense.only_after_listed and not ("framework" in before and _listed_after_only(raw, match.start)))
                or (sense.only_after_named and "framework" not in before)
                or (bool(sense.only_before) and following not in sense.only_before)
                or any(_holds(raw, words) for words in sense.near)
                or any(_holds(raw[: match.start], words) for words in sense.near_before)
                or (_holds_any(text, sense.in_message) and not _holds_any(text, sense.kept_by))
                or (sense.assent and self._needs.assent_words.issuperset(raw))
            )
            for sense in senses
        )

    def _kind_of_organisation(self, raw: list[str], match: Match, before: Mapping[str, str]) -> bool:
        """'we are a python shop', 'an api-first shop': an organisation noun after a thing named (a need's or a
        framework's words right before it) or in 'we are a <word> <noun>' is the kind of team, not a store."""
        if match.surface not in self._needs.organisation_nouns:
            return False
        if before or (match.start > 0 and raw[match.start - 1] in self._needs.organisation_languages):
            return True
        article = next((i for i in range(match.start - 2, max(-1, match.start - 4), -1) if raw[i] in ARTICLES), -1)
        if article < 1:
            return False
        scope_cues = self._scope
        subject = article - 1
        # "but we're a python shop": the contraction ("were") is the subject itself, with the word before it
        if raw[subject] in scope_cues.auxiliaries and subject > 0 and raw[subject] not in scope_cues.first_person:
            subject -= 1
        return raw[subject] in scope_cues.first_person


_LIST_REACH = 5  # "only django, flask or bottle allowed": 'only' opens a short list of frameworks


def _stems(phrase: str) -> str:
    return " ".join(stems(phrase.split()))


def _listed_after_only(raw: list[str], at: int) -> bool:
    """Whether 'only' opens the list of frameworks that ends right before `at`."""
    return "only" in raw[max(0, at - _LIST_REACH) : at]


@functools.lru_cache(maxsize=8)  # the few messages being read; asked once per sense tried
def _message_words(text: str) -> list[str]:
    return words(text.lower())


def _holds_any(text: str, phrases: list[str]) -> bool:
    """Whether the message `text` holds one of `phrases` (none given: no)."""
    return bool(phrases) and any(_holds(_message_words(text), phrase) for phrase in phrases)


def _holds(raw: list[str], words: str) -> bool:
    """Whether the clause's words hold this phrase ('middle of the night') in a row: tried only where its first
    word stands."""
    said = _split(words)
    if not said:
        return True
    first, size = said[0], len(said)
    return first in raw and any(tuple(raw[at : at + size]) == said for at, word in enumerate(raw) if word == first)


@functools.lru_cache(maxsize=1024)  # the senses' few `near` phrases, split once
def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())
