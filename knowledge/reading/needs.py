"""A need's words in a clause: the needs they name (a requirement's phrase, or a concept implying several), or
nothing when here they name people, another system or a framework's part (told in other_things.py)."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import stem
from knowledge.reading import past_project, served_elsewhere
from knowledge.reading.analogy_features import AnalogyFeatures
from knowledge.reading.appraisal import Appraisal
from knowledge.reading.media_reports import MediaReports
from knowledge.reading.other_things import OtherThings
from knowledge.reading.phrases import Match
from knowledge.reading.piece_domains import touched_domain
from knowledge.reading.result import RequirementMention
from knowledge.reading.roles import OPTION_GAP, OPTION_NEEDS
from knowledge.reading.runs import NeedRuns
from knowledge.reading.sense_checks import SenseChecks
from knowledge.reading.state import Clause

_NEED_WORDS = frozenset({"requirement", "concept"})
_MAX_WORDINGS = 6  # wordings kept per need ("serve a model, predictions, …")
_OWN_REACH = 3  # "our new internal cms": the team's word a couple of describing words before the need
_TRADE_REACH = 1  # "a fintech b2b startup": one plain word between the trade and its noun


class NeedReader:
    """Reads need matches against one knowledge base; built once, with the appraisal words it asks."""

    def __init__(self, kb: KnowledgeBase, appraisal: Appraisal) -> None:
        vocab = kb.vocabulary
        self._kb = kb
        self._needs, self._scope = vocab.needs, vocab.scope  # word sets, read once when the vocabulary loads
        self._runs = NeedRuns(vocab, appraisal)
        self._setting = vocab.setting
        self._category = {req.id: req.category for req in kb.requirements.values()}
        self._served_kinds = vocab.setting.destination_categories if vocab.setting else frozenset()
        self._list_gap = frozenset(vocab.roles.list_gap)
        self._past_project = vocab.roles.past_project
        # the words opening those cues: a need's clause holding none before it is passed with one set test
        self._past_project_openers = frozenset(run[0] for run in self._past_project if run)
        self._amount_openers = frozenset(cue[0] for cue in vocab.needs.amount_asked if cue)
        self._amount_reach = max(map(len, vocab.needs.amount_asked), default=0) + 1
        self._present_turns = vocab.roles.past_project_ends
        self._media_reports = MediaReports(vocab.needs.media_reports)
        self._argued_for = vocab.roles.argued_for
        # "no", "nothing", "without": a need's phrase opening with one says its own polarity ("no magic")
        self._self_negating = frozenset(cue for cue in vocab.negation_before if " " not in cue)
        self._other = OtherThings(kb, appraisal)  # whether a need's words here name something else
        self._callers = self._other.callers  # "a backend for our mobile app": the client it serves
        self._sense_checks = SenseChecks(kb)  # two-sense words, counted as the need only with their sense confirmed
        self._speakers = frozenset(stem(word) for word in vocab.pitch_speakers)  # "my coworker says …"
        self._analogy_features = AnalogyFeatures(kb)

    def _owned(self, raw: list[str], start: int) -> bool:
        """The team's word a few words before the need ('our new internal cms') and no peer between them: in 'my
        coworker says async is the future' the owner word owns the coworker (vocabulary `pitch_speakers`), whose
        pitch it is, not the need."""
        before = raw[max(0, start - _OWN_REACH) : start]
        at = max((i for i, word in enumerate(before) if word in self._scope.own_words), default=-1)
        return at >= 0 and not any(stem(word) in self._speakers for word in before[at + 1 :])

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
        if msg.byline:
            return True  # "owner: ravi (platform)": a person's name and role, not a need
        if state.hearsay:
            return True  # "our tagline says real-time collaboration": marketing's words, not a need
        if self._after_past_project(raw, matches[pos].start):
            return True  # "my last three clients were online shops": an earlier project's kind, not this one's
        if self._other_stack(raw, match.start):
            return True  # "a go gateway", "the node notifications service": another stack's system, not a need
        if self._media_reports.covers(raw, matches[pos].start):
            return True  # "ive read 20 comparison articles": a piece read and what it is about, not a need
        if self._analogy_features.covers(raw, match):
            return True  # "an uber-style live map": the map's look, not a marketplace
        if self._amount_asked(raw, match.start):
            return True  # "how many users?": the amount asked about, not many users said
        if self._skill(clause, pos, gap):
            if state.skill_lacking:  # "we dont know async": what the team cannot do yet, not a need
                self._lacked(clause, match)
            return True  # "great at async", "know sqlalchemy inside out": what the team can do, not a need
        before = matches[pos - 1].kinds if pos and matches[pos - 1].end == match.start else {}
        if "framework" in before and ("current_after" in kinds or "knows_after" in kinds):
            return False  # ("a django shop" names what the team runs, not an online store)
        if self._other.named(clause, match, before):
            return False
        # "flask-admin" is the framework's package; in "flask ai-serving app" the need's word opens a hyphenated
        # compound of its own ("ai-serving"), so it describes the thing built, not a package
        compound = match.end < len(raw) and (raw[match.end - 1], raw[match.end]) in msg.named_pairs
        owned = self._owned(raw, match.start)
        offered = gap[:1] == ["or"] and len(gap) <= OPTION_GAP and pos and "framework" in matches[pos - 1].kinds
        # "bolt it on or spin up a new service?", "start fresh or add it to the app?": one side of a question's "or"
        offered = offered or (msg.asking and self._alternative(raw, match, gap))
        requirements = msg.requirements
        run = self._runs.run_on(clause, pos, gap)
        # "burned by async bugs": the one need an aversion governs
        negating = state.negating or (run is not None and run.negated) or match.start == state.averse_at
        negating = negating or (compound and raw[match.end] in self._needs.absence_suffixes)  # "admin-free"
        if negating and "requirement" in kinds and match.surface.split()[0] in self._self_negating:
            negating = False  # "nothing heavyweight and no magic": the negation before does not reach into "no magic"
        if 0 <= state.criteria_at <= match.start < state.criteria_to:
            return True  # "we'll weigh performance, ecosystem …": a criterion named, not the value it must have
        found_before = len(state.found)
        trade = self._trade(clause, match)  # "a regulated business": the company's trade, read loosely
        # "our payroll vendor": a party's trade, the same
        trade = trade or self._other.organisations.party_kind(raw, match)
        served = self._served_place(clause, pos, gap)
        # "an adapter that converts hl7 messages": a domain's kind of product or its duty of care is the piece's context
        touched = (
            "concept" in kinds and touched_domain(raw, match, matches, self._needs, self._needs.piece_links)
        ) or (
            # "a renderer that gets invoice json": a need's own word as what a narrow piece works on is its data
            "requirement" in kinds and touched_domain(raw, match, matches, self._needs, self._needs.piece_verbs)
        )
        for this in self.mentions(kinds, match.surface, negating, match.fuzzy, building=msg.building):
            if served and not this.negated and self._category.get(this.id) in self._served_kinds:
                continue  # "serve our fraud model to the payment flow": where the model goes, not what is built
            if state.minor_part and state.wishing and this.id in self._needs.part_sizes:
                continue  # "also a tiny status page": the side part's size, not the system's
            if offered and this.id in OPTION_NEEDS:
                continue  # "drf or ninja or a new service?": a place to build offered, not a fact
            if this.negated and state.setting_aside and any(m.id == this.id and not m.negated for m in state.found):
                continue  # "plain websockets instead of socket.io": one way to meet a need traded for another
            if "framework" in before and " " not in match.surface and not this.negated and not compound:
                msg.extensions[(before["framework"], this.id)] = None  # "flask-admin", "flask-login"
            sense = None if this.negated else self._sense_checks.verdict(clause, match, this.id)
            if sense == "none":
                continue  # "the wiki docs", "maintaining it is just me": the word in its other sense
            earlier = requirements.pop(this.id, None)  # the last mention wins ("no admin… actually")
            # built once with every change (not copied per change): a paste says a need many times
            wish = state.wishing and not this.negated
            touched_here = touched and not this.negated and self._domain_need(this.id)
            weak, text = (
                this.weak
                or sense in ("weak", "background")  # "a burst every morning": nothing near confirms the need
                or (trade and not this.negated and this.id not in self._needs.trade_deciding)
                or touched_here,
                this.text,
            )
            if (
                weak
                and this.id in self._needs.client_needs
                and (self._callers.after_clients(raw, match.start) or self._callers.client_calls(raw, match.end))
            ):
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
            # "a fintech", "the payments company I work for": who the organisation is, so the need only leans
            # ("a clinic", "a brokerage" stay out: the lexicon reads them as the domain a product serves too)
            trade_said = trade or touched_here or match.surface in self._needs.trade_words
            background = weak and not this.negated and trade_said
            # "we passed our soc 2 audit", "new hires keep asking": the organisation's, unless said of the system
            background = background or (sense == "background" and (earlier is None or earlier.background))
            # infrastructure every framework runs with ("postgres", "helm"): leans only, unless said some other way
            background = background or (weak and this.background and (earlier is None or earlier.background))
            mention = this
            if (wish, weak, text, background) != (this.wish, this.weak, this.text, this.background):
                mention = RequirementMention(
                    this.id, this.label, this.negated, text, this.via, this.fuzzy, wish, weak, background=background
                )
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
            served_elsewhere.hand_off(self._kb, clause, kinds["concept"], match)
        state.negated_since_cue = state.negated_since_cue or state.negating
        state.wished_since_cue = state.wished_since_cue or state.wishing
        return True

    def _alternative(self, raw: list[str], match: Match, gap: list[str]) -> bool:
        """'extend it or spin up a new service?', 'new service or bolt it on?': the words right before or after the
        need join it by 'or' to another way of doing the work (not 'or should we …', a second question)."""
        if "or" in gap[-(OPTION_GAP + 1) :]:
            return True
        after = raw[match.end : match.end + 2]
        return after[:1] == ["or"] and (len(after) < 2 or after[1] not in self._scope.modals)

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

    def _domain_need(self, need: str) -> bool:
        """A kind of product or the care its data needs: what a domain says of a product built for it."""
        return self._category.get(need) == "product" or need == "security"

    def _system(self, need: str) -> bool:
        return self._setting is not None and self._category.get(need) in self._setting.system_categories

    def _other_stack(self, raw: list[str], start: int) -> bool:
        """The need's words follow a stack outside Python, itself after an article ('a go gateway')."""
        return (
            start >= 2
            and raw[start - 1] in self._needs.other_stacks
            and raw[start - 2] in self._needs.other_stack_leads
        )

    def _after_past_project(self, raw: list[str], start: int) -> bool:
        """Before the need's words, the clause places what it says in an earlier project or job ('at my previous
        job we built …'). Said after the need ('an admin like at my last job') the cue only compares."""
        if self._past_project_openers.isdisjoint(raw[:start]):  # the cheap test first: most clauses have none
            return False
        return past_project.placed_before(raw, start, self._past_project, self._present_turns)

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
        if not msg.targets and msg.arguing_raw is None:
            return False  # (no move's target named, no list argued for: nothing to argue; most needs)
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
        if self._amount_openers.isdisjoint(raw[max(0, start - self._amount_reach) : start]):
            return False
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
        alike = concept.alike and not negated  # "we run on k8s": how it ships, which every framework does alike
        if concept.weak and fuzzy:
            return []  # a typo's guess at a loose concept's words ("interna" for "intern"): two guesses, no evidence
        return [
            RequirementMention(
                rid, kb.requirements[rid].label, negated, surface, concept.label, fuzzy, weak=weak, background=alike
            )
            for rid in concept.implies
        ]
