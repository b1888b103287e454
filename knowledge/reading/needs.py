"""A need's words in a clause: the needs they name (a requirement's phrase, or a concept implying several), or
nothing when here they name people, another system or a framework's part."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from knowledge.base.kb import KnowledgeBase
from knowledge.base.requirements import Sense
from knowledge.base.text import phrase_words, stem
from knowledge.reading import numbers
from knowledge.reading.appraisal import Appraisal
from knowledge.reading.media_reports import in_media_report
from knowledge.reading.phrases import Match
from knowledge.reading.result import RequirementMention
from knowledge.reading.roles import OPTION_GAP, OPTION_NEEDS
from knowledge.reading.runs import NeedRuns
from knowledge.reading.scope import says_run
from knowledge.reading.state import Clause
from knowledge.reading.text import ARTICLES
from knowledge.reading.word_runs import WordRuns

_NEED_WORDS = frozenset({"requirement", "concept"})
_MAX_WORDINGS = 6  # wordings kept per need ("serve a model, predictions, …")
_OWN_REACH = 3  # "our new internal cms": the team's word a couple of describing words before the need
_OUTSIDE_REACH = 2  # "the hosting vendor's platform team": the owner right before the team's name
_TRADE_REACH = 1  # "a fintech b2b startup": one plain word between the trade and its noun
_NAME_REACH = 2  # "the real-time bidding team", "called pulse dashboard": plain words a name runs over
_RAN_FOR_REACH = 8  # "weve run litestar in prod for years": the cue, the thing, a place, then the span


class NeedReader:
    """Reads need matches against one knowledge base; built once, with the appraisal words it asks."""

    def __init__(self, kb: KnowledgeBase, appraisal: Appraisal) -> None:
        vocab = kb.vocabulary
        self._kb = kb
        self._appraisal = appraisal
        self._needs, self._scope = vocab.needs, vocab.scope  # word sets, read once when the vocabulary loads
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
        self._runs = NeedRuns(vocab, appraisal)
        self._setting = vocab.setting
        self._category = {req.id: req.category for req in kb.requirements.values()}
        self._served_kinds = vocab.setting.destination_categories if vocab.setting else frozenset()
        self._horizon_needs = frozenset(vocab.horizon_needs)
        self._ran_for = WordRuns(
            phrase_words(cue, vocab.rewrites) for cue in [*vocab.elapsed_cues, *vocab.ran_for_cues]
        )
        self._list_gap = frozenset(vocab.roles.list_gap)
        self._past_project = vocab.roles.past_project
        self._present_turns = vocab.roles.past_project_ends
        self._media_reports = vocab.needs.media_reports
        self._argued_for = vocab.roles.argued_for
        # "no", "nothing", "without": a need's phrase opening with one says its own polarity ("no magic")
        self._self_negating = frozenset(cue for cue in vocab.negation_before if " " not in cue)
        self._known_words = (  # words that make a compound, not a name: "non-blocking", "five-page"
            frozenset(vocab.common_words) | numbers.NUMBER_WORDS | vocab.needs.compound_prefixes
        )

    def read(self, clause: Clause, pos: int, gap: list[str]) -> bool:
        """A need's words, `matches[pos]` (`gap` the words since the match before): record the needs they name.
        False when the words name something else (the match is then read as a cue)."""
        msg, state, raw, matches = clause.msg, clause.state, clause.raw, clause.matches
        match = matches[pos]
        kinds = match.kinds
        if (  # "the ml team", "our data folks": a need's word naming the people, not what is built
            "requirement" in kinds
            and " " not in match.surface
            and pos + 1 < len(matches)
            and matches[pos + 1].start == match.end
            and matches[pos + 1].kinds.get("knows_after") in self._needs.people | self._needs.skills
        ):  # ("solid async experience": a skill the team has, not a need)
            return True
        if state.hearsay:
            return True  # "our tagline says real-time collaboration": marketing's words, not a need
        if self._after_past_project(raw, matches[pos].start):
            return True  # "my last three clients were online shops": an earlier project's kind, not this one's
        if in_media_report(raw, matches[pos].start, self._media_reports):
            return True  # "ive read 20 comparison articles": a piece read and what it is about, not a need
        if self._amount_asked(raw, match.start):
            return True  # "how many users?": the amount asked about, not many users said
        if self._skill(clause, pos, gap):
            if state.skill_lacking:  # "we dont know async": what the team cannot do yet, not a need
                self._lacked(clause, match)
            return True  # "great at async", "know sqlalchemy inside out": what the team can do, not a need
        before = matches[pos - 1].kinds if pos and matches[pos - 1].end == match.start else {}
        if "framework" in before and ("current_after" in kinds or "knows_after" in kinds):
            return False  # ("a django shop" names what the team runs, not an online store)
        if self._names_something_else(clause, match, before):
            return False
        # "flask-admin" is the framework's package; in "flask ai-serving app" the need's word opens a hyphenated
        # compound of its own ("ai-serving"), so it describes the thing built, not a package
        compound = match.end < len(raw) and (raw[match.end - 1], raw[match.end]) in msg.named_pairs
        owned = bool(self._scope.own_words.intersection(raw[max(0, match.start - _OWN_REACH) : match.start]))
        offered = gap[:1] == ["or"] and len(gap) <= OPTION_GAP and pos and "framework" in matches[pos - 1].kinds
        requirements = msg.requirements
        run = self._runs.run_on(clause, pos, gap)
        # "burned by async bugs": the one need an aversion governs
        negating = state.negating or (run is not None and run.negated) or match.start == state.averse_at
        if negating and "requirement" in kinds and match.surface.split()[0] in self._self_negating:
            negating = False  # "nothing heavyweight and no magic": the negation before does not reach into "no magic"
        if 0 <= state.criteria_at <= match.start:
            return True  # "we'll weigh performance, ecosystem …": a criterion named, not the value it must have
        found_before = len(state.found)
        trade = self._trade(clause, match)  # "a regulated business": the company's trade, read loosely
        served = self._served_place(clause, pos, gap)
        for this in self.mentions(kinds, match.surface, negating, match.fuzzy, building=msg.building):
            if served and not this.negated and self._category.get(this.id) in self._served_kinds:
                continue  # "serve our fraud model to the payment flow": where the model goes, not what is built
            if offered and this.id in OPTION_NEEDS:
                continue  # "drf or ninja or a new service?": a place to build offered, not a fact
            if this.negated and state.setting_aside and any(m.id == this.id and not m.negated for m in state.found):
                continue  # "plain websockets instead of socket.io": one way to meet a need traded for another
            if "framework" in before and " " not in match.surface and not this.negated and not compound:
                msg.extensions[(before["framework"], this.id)] = None  # "flask-admin", "flask-login"
            earlier = requirements.pop(this.id, None)  # the last mention wins ("no admin… actually")
            # built once with every change (not copied per change): a paste says a need many times
            wish = state.wishing and not this.negated
            weak, text = (
                this.weak or (trade and not this.negated and this.id not in self._needs.trade_deciding),
                this.text,
            )
            if weak and this.id in self._needs.client_needs and self._after_clients(raw, match.start):
                weak = False  # "a backend for our mobile app": the client the thing built serves
            # stated firmly in another clause: a need, whatever hedge follows ("server-rendered pages would be
            # nice" names it twice in the one clause the hedge governs)
            if earlier and not earlier.wish and not earlier.negated and not this.negated:
                if not any(m is earlier for m in state.found):
                    msg.firm.add(this.id)
                wish = wish and any(m is earlier for m in state.found)
            if earlier and earlier.negated == this.negated:
                weak = weak and earlier.weak  # said firmly once, loose words add to it
                if this.text not in earlier.text.split(", ") and earlier.text.count(", ") < _MAX_WORDINGS - 1:
                    # said twice: keep every wording ("serve a model, predictions") for dropping later; a
                    # paste saying one need fifty ways keeps the first few, not a string grown per mention
                    text = f"{earlier.text}, {this.text}"
            mention = this
            if (wish, weak, text) != (this.wish, this.weak, this.text):
                mention = RequirementMention(this.id, this.label, this.negated, text, this.via, this.fuzzy, wish, weak)
            state.found.append(mention)
            requirements[mention.id] = mention
            if owned:
                state.owned.add(mention.id)
            if self._argued_for_target(clause, pos) or msg.arguing:
                msg.argued[mention.id] = None
            else:  # "we badly need an admin. move to django for its admin?": the team's own need as well
                msg.stated[mention.id] = None
        self._runs.grow(clause, pos, before, run, state.found[found_before:])
        if "concept" in kinds and not match.fuzzy:  # a typo's guess ("authn") hands nothing off
            self._hand_off(clause, kinds["concept"], match)
        state.negated_since_cue = state.negated_since_cue or state.negating
        state.wished_since_cue = state.wished_since_cue or state.wishing
        return True

    def _served_place(self, clause: Clause, pos: int, gap: list[str]) -> bool:
        """'a fraud model served to the payment flow', 'a webhook receiver for our shop': right after a kind of
        system, a destination cue (vocabulary `setting.destinations`) makes the next one named its place."""
        cues, matches = self._setting, clause.matches
        # the cue's own words may be read as cues ("to", "for"): the words since the last need's words count
        back = next((at for at in range(pos - 1, -1, -1) if _NEED_WORDS.intersection(matches[at].kinds)), -1)
        if (
            cues is None
            or back < 0
            or tuple(clause.raw[matches[back].end : matches[pos].start]) not in cues.destinations
        ):
            return False
        last = clause.state.found[-1:] if clause.state.found else []
        return bool(last) and not last[0].negated and self._system(last[0].id)

    def _system(self, need: str) -> bool:
        return self._setting is not None and self._category.get(need) in self._setting.system_categories

    def _after_past_project(self, raw: list[str], start: int) -> bool:
        """Before the need's words, the clause places what it says in an earlier project or job ('at my previous
        job we built …', 'my last 3 clients were …'); a count between the cue's words does not hide it. Said after
        the need ('an admin like at my last job') the cue only compares, and a word turning to this project ('but',
        'this one', 'now') between the cue and the need ends its reach."""
        before = [word for word in raw[:start] if word not in numbers.NUMBER_WORDS and not word.isdigit()]
        if not says_run(before, self._past_project):
            return False
        for at in range(len(before) - 1, -1, -1):
            if before[at] in self._present_turns:
                return False
            if any(tuple(before[at : at + len(run)]) == run for run in self._past_project):
                return True
        return False

    def _trade(self, clause: Clause, match: Match) -> bool:
        """'we are a regulated business', 'our e-commerce company', 'a fintech b2b startup': the need's words end
        (one plain word may follow them) at a noun naming the organisation or its field, so they tell the trade
        the company is in, not what is built; unless a word after the noun makes it part of the system ('the
        e-commerce business logic')."""
        raw, cues = clause.raw, self._needs
        for at in range(match.end, min(len(raw), match.end + _TRADE_REACH + 1)):
            if raw[at] in cues.trade_nouns:
                return at + 1 == len(raw) or raw[at + 1] not in cues.trade_compounds
            if at in clause.covered or raw[at] in cues.gap_stops:
                return False  # another need's words, or a word ending the phrase: not the noun's describer
        return False

    def _argued_for_target(self, clause: Clause, pos: int) -> bool:
        """'move to django for its orm, admin and auth': a need listed after a framework the move goes to and an
        `argued_for` cue right after it is that framework's feature argued for, not a need the team states."""
        msg, raw, matches = clause.msg, clause.raw, clause.matches
        argued = False
        before = next((m for m in reversed(matches[:pos]) if "framework" in m.kinds), None)
        if before is not None:
            argued = before.kinds["framework"] in msg.targets and any(
                tuple(raw[before.end : before.end + len(run)]) == run for run in self._argued_for
            )
        elif msg.arguing_raw is not None and msg.arguing_raw in (raw, msg.previous_raw):
            # "…for its orm, admin, auth": the commas cut the list into clauses; an item alone goes on arguing
            covered = {at for m in matches for at in range(m.start, m.end)}
            argued = all(at in covered or word in self._list_gap for at, word in enumerate(raw))
        msg.arguing_raw = raw if argued else None
        return argued

    def _skill(self, clause: Clause, pos: int, gap: list[str]) -> bool:
        """The need at `matches[pos]` is a skill of the team: right after a skill cue (a list of needs may follow
        it, and one describing word may stand between) or right before a how-well cue ('inside out')."""
        state, matches = clause.state, clause.matches
        match = matches[pos]
        after_cue = state.skill_at >= 0 and match.start - len(gap) == state.skill_at
        if after_cue and (len(gap) <= 1 or self._list_gap.issuperset(gap)):
            state.skill_at = match.end  # "great at async and websockets": the list runs on
            return True
        state.skill_at = -1
        follower = matches[pos + 1] if pos + 1 < len(matches) else None
        return follower is not None and "skill_after" in follower.kinds and follower.start - match.end <= 1

    def _amount_asked(self, raw: list[str], start: int) -> bool:
        """Words asking an amount ('how many') open the need's words at `start` ('how' + 'many users') or end right
        before them, one describing word between at most ('how many active users')."""
        return any(
            tuple(raw[at : at + len(cue)]) == cue
            for cue in self._needs.amount_asked
            for at in range(max(0, start - len(cue) - 1), start)
        )

    def _lacked(self, clause: Clause, match: Match) -> None:
        """'we dont know async': the needs a lack of the skill named by `match` says (the requirements' `lacked_as`)."""
        kb, msg = self._kb, clause.msg
        for this in self.mentions(match.kinds, match.surface, False, match.fuzzy, building=msg.building):
            rid = kb.requirements[this.id].lacked_as
            if rid is not None and rid not in msg.requirements:
                mention = RequirementMention(rid, kb.requirements[rid].label, False, match.surface, None, match.fuzzy)
                msg.requirements[rid] = mention
                clause.state.found.append(mention)

    def _hand_off(self, clause: Clause, concept_id: str, match: Match) -> None:
        """'auth is auth0': the needs a hosted service does outside the app are not asked of the framework."""
        concept = self._kb.concepts[concept_id]
        msg = clause.msg
        for rid in concept.hands_off:
            earlier = msg.requirements.pop(rid, None)
            text = f"{earlier.text}, {match.surface}" if earlier else match.surface
            mention = RequirementMention(rid, self._kb.requirements[rid].label, True, text, concept.label, match.fuzzy)
            msg.requirements[rid] = mention
            clause.state.found.append(mention)

    def mentions(
        self, kinds: Mapping[str, str], surface: str, negated: bool, fuzzy: bool, *, building: bool = True
    ) -> list[RequirementMention]:
        """A requirement phrase names one need; a lexicon term names a concept that implies several. `building`:
        the message speaks of building or choosing something, so a paperwork term names a system's needs."""
        kb = self._kb
        if "modest" in kinds and "requirement" not in kinds:  # "low traffic": the need said to be small here
            req = kb.requirements[kinds["modest"]]
            return [RequirementMention(req.id, req.label, True, surface, None, fuzzy)]
        if "requirement" in kinds:
            req = kb.requirements[kinds["requirement"]]
            weak = kinds.get("weak") == req.id
            return [RequirementMention(req.id, req.label, negated, surface, None, fuzzy, weak=weak)]
        if "concept" not in kinds:  # a phrase read with a filler inside whose last word names no need here
            return []
        concept = kb.concepts[kinds["concept"]]
        weak = concept.weak or (concept.paperwork and not building)
        if concept.weak and fuzzy:
            return []  # a typo's guess at a loose concept's words ("interna" for "intern"): two guesses, no evidence
        return [
            RequirementMention(rid, kb.requirements[rid].label, negated, surface, concept.label, fuzzy, weak=weak)
            for rid in concept.implies
        ]

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

    def _names_something_else(self, clause: Clause, match: Match, before: Mapping[str, str]) -> bool:
        """A need's words that here name people, another system or a framework's part, not a need."""
        raw = clause.raw
        surface = match.surface if match.surface in self._senses else _stems(match.surface)
        if surface in self._senses and self._other_sense(raw, match, before, self._after(clause, match), surface):
            return True  # "a flask template", "the protein structure image": the word in another sense
        # (each test's cheap part first: every need match of a paste passes through here)
        if match.kinds.get("requirement") in self._fresh and self._serves(raw, match):
            return True
        # "the ml team's tracker", "our security team vetoed it": a need's words naming a group of people
        if match.end < len(raw) and raw[match.end] in self._needs.team_nouns and " " not in match.surface:
            return True
        if self._team_name(raw, match) or self._given_name(raw, match):
            return True  # "we're the real-time bidding team", "a squad called real-time bidding": a name
        if self._unit_running(clause, match):
            return True  # "Payments uses Django": a part of the organisation, named by its trade, and what it runs
        if self._outside_team(raw, match):
            return True  # "the hosting vendor's platform team": another company's team, not ours
        if match.surface in self._needs.organisation_nouns and self._kind_of_organisation(raw, match, before):
            return True
        if match.kinds.get("requirement") in self._horizon_needs and self._ran_for.anywhere(
            raw, max(0, match.start - _RAN_FOR_REACH), match.start
        ):
            return True  # "weve run it in prod for years": time already spent running it, not a life ahead
        if self._in_repository_name(clause, match):
            return True  # "acme/payments-fastapi": a word of a repository's name, not a need
        if self._chosen_part(clause, match):
            return True  # "want to hand-pick orm + auth": the team's own pick, not a part wanted built in
        if (
            match.start >= 2
            and (raw[match.start - 2], raw[match.start - 1]) in self._needs.event_counts
            and self._appraisal.called(raw)
        ):
            return True  # "checkout calls it on every payment": the caller's event counted, not a need
        # ("after each new hire", "on every websocket message": an event our own system or team handles is one)
        # "called from our checkout service": the caller's kind of system, not this one's
        if self._appraisal.caller(raw, match):
            return True
        if self._appraisal.bare_caller(raw, match) and self._names_a_system(match):
            return True  # "checkout calls it": a kind of system calling ours ("webhooks hit us" is traffic we take)
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

    def _outside_team(self, raw: list[str], match: Match) -> bool:
        """A team named by the need's words ('platform team') right after a party outside the company ('the
        vendor's'): whose team it is, not who builds this."""
        cues = self._needs
        return (
            match.end > match.start
            and raw[match.end - 1] in cues.team_nouns
            and not cues.outside_owners.isdisjoint(raw[max(0, match.start - _OUTSIDE_REACH) : match.start])
        )

    @staticmethod
    def _in_repository_name(clause: Clause, match: Match) -> bool:
        """The need's words are joined by a hyphen to the word before or after them inside a repository's name."""
        raw, pairs = clause.raw, clause.msg.slug_pairs
        if not pairs:
            return False
        return (match.start > 0 and (raw[match.start - 1], raw[match.start]) in pairs) or (
            match.end < len(raw) and (raw[match.end - 1], raw[match.end]) in pairs
        )

    def _team_name(self, raw: list[str], match: Match) -> bool:
        """'the real-time analytics team', 'our payments platform team': after a determiner, the need's words and a
        couple of plain words (no word ending a describing run) end at a team noun, so they are the team's name."""
        cues = self._needs
        if not match.start or raw[match.start - 1] not in cues.team_name_openers:
            return False
        for at in range(match.end, min(len(raw), match.end + _NAME_REACH + 1)):
            if raw[at] in cues.team_name_nouns:
                return at + 1 == len(raw) or raw[at + 1] not in cues.team_noun_modifiers
            # "the admin panel the team uses": a determiner opens another phrase, the team is who uses the thing
            if raw[at] in cues.gap_stops or raw[at] in self._scope.own_words or raw[at] in cues.team_name_openers:
                return False
        return False

    def _unit_running(self, clause: Clause, match: Match) -> bool:
        """'Payments uses Django, Search is on FastAPI': the need's words are the clause's subject and a using verb
        joins them to a framework's name, so they name a unit of the organisation, not what is built."""
        cues, raw = self._needs, clause.raw
        if not cues.unit_run_verbs or (match.start and raw[match.start - 1] not in cues.unit_openers):
            return False
        if match.kinds.get("requirement") in cues.unit_parts:
            return False  # "admin uses Django": a part of the app and what it is built with
        # the verb may itself be a cue ("runs on"), so the first framework after it is looked for
        following = next((m for m in clause.matches if m.start >= match.end and "framework" in m.kinds), None)
        return following is not None and tuple(raw[match.end : following.start]) in cues.unit_run_verbs

    def _given_name(self, raw: list[str], match: Match) -> bool:
        """'a team literally called real-time bidding': the need's words a couple of plain words after a naming
        word are the name given."""
        cues = self._needs
        for at in range(match.start - 1, max(-1, match.start - _NAME_REACH - 2), -1):
            if raw[at] in cues.naming_cues:
                return True
            if raw[at] in cues.naming_verbs:
                return at > 0 and raw[at - 1] in cues.naming_leads
            if raw[at] in cues.gap_stops:
                return False
        return False

    def _serves(self, raw: list[str], match: Match) -> bool:
        """'json endpoints for the new app': a fresh need's words after an api's noun and 'for' name the client."""
        said = match.kinds.get("requirement")
        if said is None or said not in self._fresh:
            return False
        return self._after_clients(raw, match.start)

    def _after_clients(self, raw: list[str], start: int) -> bool:
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
        self, raw: list[str], match: Match, before: Mapping[str, str], after: Mapping[str, str], surface: str
    ) -> bool:
        """The need's word, with the word next to it, in a sense its requirement lists as another thing."""
        said = match.kinds.get("requirement")
        previous = raw[match.start - 1] if match.start else ""
        following = raw[match.end] if match.end < len(raw) else ""
        return any(
            rid == said
            and (
                sense.always
                or previous in sense.after
                or following in sense.before
                or (sense.after_framework and "framework" in before)
                or (sense.before_framework and "framework" in after)
                or (sense.only_before_framework and "framework" not in after)
                or (sense.only_after_listed and not ("framework" in before and _listed_after_only(raw, match.start)))
                or (bool(sense.only_before) and following not in sense.only_before)
                or any(_holds(raw, words) for words in sense.near)
                or (sense.assent and self._needs.assent_words.issuperset(raw))
            )
            for rid, sense in self._senses[surface]
        )

    def _kind_of_organisation(self, raw: list[str], match: Match, before: Mapping[str, str]) -> bool:
        """'we are a python shop', 'an api-first shop': an organisation noun after a thing named (a need's or a
        framework's words right before it) or in 'we are a <word> <noun>' is the kind of team, not a store."""
        if match.surface not in self._needs.organisation_nouns:
            return False
        if before:
            return True
        article = next((i for i in range(match.start - 2, max(-1, match.start - 4), -1) if raw[i] in ARTICLES), -1)
        if article < 1:
            return False
        scope_cues = self._scope
        subject = article - 1
        if raw[subject] in scope_cues.auxiliaries and subject > 0:
            subject -= 1
        return raw[subject] in scope_cues.first_person


_LIST_REACH = 5  # "only django, flask or bottle allowed": 'only' opens a short list of frameworks


def _stems(phrase: str) -> str:
    return " ".join(stem(word) for word in phrase.split())


def _listed_after_only(raw: list[str], at: int) -> bool:
    """Whether 'only' opens the list of frameworks that ends right before `at`."""
    return "only" in raw[max(0, at - _LIST_REACH) : at]


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
