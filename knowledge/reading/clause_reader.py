"""A message's clauses read one by one: each clause match by match (a need, a library, a framework's role or a
cue's reach), then the readers that find needs without a phrase of their own (`phraseless_needs.py`: a monolith
split, outside calls, staff handling, adequacy, departures)."""

from __future__ import annotations

from collections.abc import Iterator

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import phrase_words, stems, words
from knowledge.reading import lacks, leanings, modifiers, negated_span, scope
from knowledge.reading.clause_opening import ClauseOpener, run_left_open
from knowledge.reading.criteria import CriteriaLists
from knowledge.reading.cue_reading import read_cue
from knowledge.reading.libraries import LIBRARY, LibraryReader
from knowledge.reading.library_purpose import answer_purpose
from knowledge.reading.lists import NEED_KINDS, only_needs
from knowledge.reading.needs import NeedReader
from knowledge.reading.negation import negate_all, said_of_need
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.phraseless_needs import PhraselessNeeds
from knowledge.reading.phrases import Match, PhraseIndex
from knowledge.reading.ranks import Ranks
from knowledge.reading.roles import TITLE_WORDS, FrameworkRoles
from knowledge.reading.sentences import Clauses, Questions
from knowledge.reading.setting import Setting
from knowledge.reading.state import Clause, ClauseState, MessageState
from knowledge.reading.text import marked_clauses
from knowledge.reading.weighed_options import WeighedOptions

__all__ = ["ClauseReader", "Scanned"]

# a clause's words, with the phrases found in them and the typos fixed, in reading order
_Scan = tuple[list[Match], list[tuple[str, str]]]
Scanned = Iterator[tuple[list[str], _Scan]]
_HEADING_CUES = frozenset({"negate", "negate_after"})  # a clause that is such a cue alone may head a colon's list
# "out of scope for v1: …": a heading cue may carry a short qualifier naming nothing (a release, a date)
_HEADING_QUALIFIER = 4
_BARE_CUE = NEED_KINDS | {"framework", "negate", "negate_after", "exclude", "break"}  # what ends a search back


class ClauseReader:
    """Reads a message's clauses into its state; built once per parser, with the readers it shares."""

    def __init__(
        self,
        kb: KnowledgeBase,
        index: PhraseIndex,
        roles: FrameworkRoles,
        libraries: LibraryReader,
        *,
        ranks: Ranks,
        setting: Setting,
    ) -> None:
        vocab = kb.vocabulary
        self.index = index
        self._answers = {lib.id: frozenset(lib.answers) for lib in kb.libraries.values()}
        self._rewrites = vocab.rewrites
        self._roles, self._libraries, self._ranks, self._setting = roles, libraries, ranks, setting
        self._owner_cues = frozenset(vocab.current_owners)
        self._move_verbs = scope.MoveVerbs(frozenset(vocab.task_openers), vocab.moves.task_objects)
        self._needs, self._scope = vocab.needs, vocab.scope  # word sets, read once when the vocabulary loads
        self._lack_verbs = frozenset(vocab.lack_verbs)
        self._list_gap = vocab.roles.list_gap
        self._heading_qualifiers = frozenset(vocab.heading_qualifiers)
        self._list_tails = vocab.roles.list_tails
        self._things = frozenset(a for a in vocab.current_artifacts if " " not in a) | vocab.thread.systems
        self._framework_words = vocab.moves.framework_words
        self._fashion = PhraseSet(vocab.moves.fashion_claims)  # "async is the future"
        # "an advisor wants our app split into microservices": an outsider's wish, pitched with no framework named
        self._outsider_wish = PhraseSet(
            (*phrase_words(who), *phrase_words(verb)) for who in vocab.pitch_speakers for verb in vocab.pitch_verbs
        )
        # "the compliance consultant wants an audit trail": a duty reported, not a taste pitched
        self._duty_wish = PhraseSet(
            (*phrase_words(duty), *phrase_words(who), *phrase_words(verb))
            for duty in vocab.duty_speakers
            for who in vocab.pitch_speakers
            for verb in vocab.pitch_verbs
        )
        self._running = frozenset(req.id for req in kb.requirements.values() if req.running)
        self._choice_words = vocab.roles.choosing | vocab.roles.asking
        self._failing = PhraseSet(self._words(cue) for cue in vocab.failing_cues)
        self._failing_asked = PhraseSet(self._words(cue) for cue in vocab.failing_asked)
        self._failing_refers = frozenset(w for cue in vocab.failing_refers for w in self._words(cue))
        self._needs_reader = NeedReader(kb, roles.appraisal)
        self._questions = Questions(vocab)
        remedies = frozenset(req.id for req in kb.requirements.values() if req.remedy)
        self._options = WeighedOptions(vocab.roles.option_joiners, remedies, frozenset(kb.spellings()))

        self._phraseless = PhraselessNeeds(kb, self._needs_reader)
        self._criteria = CriteriaLists(vocab.criteria, self._rewrites)
        self._opener = ClauseOpener(vocab, roles, self._criteria)

    def _words(self, phrase: str) -> tuple[str, ...]:
        return phrase_words(phrase, self._rewrites)

    def read_aside(self, msg: MessageState, aside: str, scanned: Scanned) -> None:
        """A dash-paired aside, read after its sentence; one that describes a framework gives no need."""
        describes_framework = bool(self._framework_words.intersection(words(aside)))
        said_before = dict(msg.requirements)
        self.read_clauses(msg, marked_clauses(aside), scanned)
        if describes_framework:
            msg.requirements = {k: v for k, v in msg.requirements.items() if said_before.get(k) is v}
        msg.carry_current = False  # "… x is built on —": the cue ends inside the aside

    def read_clauses(self, msg: MessageState, clauses: Clauses, scanned: Scanned) -> None:
        """`clauses` (each with whether it is asked and whether only a comma ends it), read in order from their
        scans in `scanned`."""
        for clause, asked, comma in clauses:
            raw, (matches, fixes) = next(scanned)
            leaving, excluded = msg.leaving, set(msg.excluded)
            # "will channels hold up, or should we split it out?": a yes-no opener asks though the mark ends later
            msg.asking = asked or self._questions.opens_yes_no(raw)
            self._ranks.enter(msg, raw)
            self._read_clause(msg, raw, matches, fixes)
            msg.comma_ended = comma
            self._setting.note(msg, raw, msg.clause.found)
            Ranks.settle(msg)
            if asked and (
                self._questions.asks_leave(clause)  # "could we skip django?": asked, not a ban
                # "is fastapi a no-go for us?": whether a ban said after the name holds is asked, not told
                or (any("exclude_after" in m.kinds for m in matches) and self._questions.asks_ban(raw))
            ):
                msg.excluded = {fw: None for fw in msg.excluded if fw in excluded}
            # "does this mean we leave django?": asked, not said; "how do we move from flask?" asks how it goes
            msg.leaving = leaving if asked and not self._roles.moves.asks_how_to_leave(raw) else msg.leaving
            # "do we need sso? nah": what a yes-or-no question asked, for a bare no answering it
            msg.asked = list(msg.clause.found) if asked and self._questions.yes_no(clause) else []
            first = next((m for m in msg.clause.found if not m.negated), None)
            doubting = first is not None and self._questions.doubts(raw)
            if first and doubting:  # "do users even need an admin panel (for the bot)"
                # the need the question opens on (every need its words name), not the context after it
                msg.doubted.update((m.id, None) for m in msg.clause.found if m.text == first.text and not m.negated)
            elif msg.doubted and self._questions.hangs_on_answer(raw):  # "… if yes, which admin?"
                msg.doubt_open = True
            msg.plain.update(
                (m.id, None)
                for m in msg.clause.found
                if not m.negated and not (doubting and first is not None and m.text == first.text)
            )
            if asked:  # "more gunicorn workers, or fastapi?": the fix is an option weighed, not one made
                for need in self._options.weighed(msg, raw, matches):
                    msg.doubted[need] = None
                    msg.plain.pop(need, None)

    def _read_clause(
        self, msg: MessageState, raw: list[str], matches: list[Match], fixes: list[tuple[str, str]]
    ) -> None:
        """One clause (its words, the phrases found in them and the typos fixed), match by match; what it leaves
        open (a list, a pitch, a title) carries to the next."""
        if msg.asked and self._questions.answers_no(raw):
            leanings.answer_no(msg, msg.asked)  # "do we need real-time pushes? nah"
        if matches:
            state = self._read_matches(msg, raw, matches, fixes)
        else:  # a quarter of a paste's clauses name nothing: only what runs on to the next clause is kept
            msg.unmatched += raw
            state = self._opener.open(msg, raw, matches)
            # "every quote calls 4 hotel providers": the counted calls name no phrase of their own
            self._phraseless.read_bare(Clause(msg, state, raw, matches, set(), stems(raw)))
        self._criteria.close(msg, state)
        msg.sentence_found += state.found
        listed = bool(matches) and only_needs(raw, matches, self._list_gap, self._list_tails)
        msg.listed_before = msg.listed_before + state.found if listed else []
        msg.sentence_clauses.append((raw, state.found))  # for status_quo.py, at the sentence's end
        msg.carry_run = run_left_open(state, raw, matches)
        if msg.held_run is not None:
            msg.held += state.found
        msg.carry_current = state.current_cue == len(raw) > 0 and not state.owner_cue
        msg.carry_target = state.open_move and not state.targeted
        msg.previous_is_title = not msg.previous_raw and 0 < len(raw) <= TITLE_WORDS and not matches
        msg.heading_cue = (
            len(matches) == 1
            and matches[0].start == 0
            and not _HEADING_CUES.isdisjoint(matches[0].kinds)
            and (matches[0].end == len(raw) or self._qualifies_heading(raw, matches[0]))
        )
        msg.wish_alone = (
            len(matches) == 1 and "wish" in matches[0].kinds and matches[0].end - matches[0].start == len(raw)
        )
        msg.previous_raw = raw
        msg.sentence_opens = False

    def _answered_no(self, raw: list[str], matches: list[Match]) -> bool:
        """'public api no', 'the admin nope': a clause of needs alone closed by a negative answer word."""
        for answer in self._scope.postfix_answers:
            cut = len(raw) - len(answer)
            if cut > 0 and tuple(raw[cut:]) == answer:
                if raw[cut - 1] in self._scope.answer_alternatives:
                    return False  # "admin panel or no?": the answer is offered, the need asked about
                items = [m for m in matches if m.end <= cut]
                return bool(items) and only_needs(raw[:cut], items, self._list_gap)
        return False

    def _qualifies_heading(self, raw: list[str], cue: Match) -> bool:
        """'out of scope for v1': a cue said after what it negates, then a short qualifier opened by a word of
        `heading_qualifiers` (a release, a date), heads a list as the bare cue does; 'scratch that' does not."""
        rest = raw[cue.end :]
        return "negate_after" in cue.kinds and len(rest) <= _HEADING_QUALIFIER and rest[0] in self._heading_qualifiers

    def _read_matches(
        self, msg: MessageState, raw: list[str], matches: list[Match], fixes: list[tuple[str, str]]
    ) -> ClauseState:
        """A clause that names something, read match by match; its state at the end."""
        before_clause = dict(msg.requirements)  # a package or library may name the move: what is new here
        extensions_before, libraries_before = set(msg.extensions), set(msg.libraries)
        covered: set[int] = set()
        uncovered_from = 0  # the matches are in order and apart: the words between them are the unmatched ones
        for m in matches:
            covered.update(range(m.start, m.end))
            msg.unmatched += raw[uncovered_from : m.start]
            uncovered_from = m.end
        msg.unmatched += raw[uncovered_from:]
        for typed, read in fixes:
            if any(read in m.surface.split() or typed in m.surface.split() for m in matches):
                msg.corrections[(typed, read)] = None
        state = self._opener.open(msg, raw, matches)
        if not (NEED_KINDS.intersection(matches[0].kinds) and set(raw[: matches[0].start]) <= self._list_gap):
            msg.listed_before = []  # the clause does not go on with the list: a negation in it reaches no item before
        clause = Clause(msg, state, raw, matches, covered, stems(raw))
        previous_end = 0
        for pos, match in enumerate(matches):
            gap = raw[previous_end : match.start]
            previous_end = match.end
            kinds = match.kinds
            if state.lack_from >= 0:  # "without typed schemas our partners …": a cue word ("our") may open it
                before = lacks.lack_said(raw, gap, match, bool(NEED_KINDS.intersection(kinds)), self._scope)
                lacks.lack_felt(clause, before, self._scope)
            ruled = _framework_before(matches, pos) if state.negating else -1
            if ruled >= 0:  # "not django either since we're api-only": past other cues ("since")
                scope.after_framework(state, raw[matches[ruled].end : match.start], self._scope)
            if state.negating or state.wishing:
                after_cue = pos > 0 and "negate" in matches[pos - 1].kinds
                scope.close_scopes(state, gap, self._scope, self._lack_verbs, after_cue=after_cue)
                # "zero async experience and a month for …": the skill's noun may be the match before the gap
                since = matches[pos - 1].start if pos else 0
                if state.negating and scope.skill_then_joiner(raw[since : match.start], self._scope):
                    state.negating = False
            if "break" in kinds and len(kinds) == 1:
                leanings.preference_turned(msg, raw, state.found, raw[match.start :], self._scope)
                state = clause.state = msg.clause = scope.restart_at_break(msg, state, kinds["break"], pos, self._scope)
            elif (
                ("requirement" in kinds or "concept" in kinds or "modest" in kinds)
                # "a public api is descoped": a scope cut said of a need negates it (read as a cue below); said
                # of the project it is a narrow scope
                and not ("negate_after" in kinds and said_of_need(clause, pos, self._scope))
                and self._needs_reader.read(clause, pos, gap)
            ) or LIBRARY in kinds:
                if LIBRARY in kinds:  # "graphene-django"; "wagtail" is a need's term and a Django library too
                    self._libraries.read(clause, pos, gap)
                if "framework" in kinds:  # "our service is bare starlette": a need's words naming a framework too
                    msg.named_apart.add(kinds["framework"])
                    self._roles.read(clause, pos, gap, kinds["framework"])
            elif "unknown" in kinds:
                msg.unknown[kinds["unknown"]] = None
            elif "outside" in kinds:
                msg.outside[kinds["outside"]] = None
            elif "framework" in kinds:
                fw = kinds["framework"]
                msg.named_apart.add(fw)
                self._roles.read(clause, pos, gap, fw)
            else:
                read_cue(clause, pos, owner_cues=self._owner_cues, cues=self._scope, move_verbs=self._move_verbs)
        lacks.lack_felt(clause, raw[previous_end:], self._scope)
        if self._answered_no(raw, matches):  # "websockets no, admin yes": the checklist's no takes its item back
            negate_all(state.found, msg.requirements)
        if state.own_work:  # "dont want to roll our own auth": refusing the making refuses picking our own parts too
            negate_all([m for m in state.found if m.id in self._scope.self_made_confirms], msg.requirements)
        answer_purpose(clause, self._needs_reader, self._scope)
        if state.lack_from >= 0 and state.negating:  # "without typed schemas, our partners …": said after the comma
            msg.carry_lack = state.found[state.lack_from :]
        for tags, surface, replaces in modifiers.gapped(clause, self.index, cues=self._needs, things=self._things):
            if replaces is not None:  # "a web form" is a form: the bare noun's need ("form") gives way
                for bare in self._needs_reader.mentions(replaces.kinds, replaces.surface, negated=False, fuzzy=False):
                    said = msg.requirements.get(bare.id)
                    if said is not None and said.text == replaces.surface and not said.negated:
                        del msg.requirements[bare.id]
                        state.found = [m for m in state.found if m is not said]
            for mention in self._needs_reader.mentions(tags, surface, negated=False, fuzzy=False):
                if mention.id not in msg.requirements:  # said outright (or negated) already: that stands
                    state.found.append(mention)
                    msg.requirements[mention.id] = mention
        negated_span.mark(clause, self._scope)  # what a negation reaches adds no need ("forget the approvals")
        self._phraseless.read(clause)  # needs said with no phrase of their own (splits, outside calls, staff …)
        if (  # "calls pile up on bottle's dev server, thinking of flask": the one named beside the tuning
            msg.running_named is None
            and len(set(state.named)) == 1
            and any(m.id in self._running and not m.negated for m in state.found)
            and not self._choice_words.intersection(raw)
        ):
            msg.running_named = state.named[0]
        # "…, and the only reason is docs": a pitch's reasons; "the cto insists on the fastest framework": a
        # framework pitched by a quality, not by name
        if (
            state.proposal
            and (
                leanings.pitched(state, msg)
                or msg.proposed
                or self._framework_words.intersection(raw)
                or self._fashion.said_in(raw)  # "a colleague says async is the future": a trend pitched, no name
            )
        ) or (not state.named and self._outsider_wish.said_in(raw) and not self._duty_wish.said_in(raw)):
            leanings.discount_pitch(state, msg)
        added = (
            [k for k in msg.extensions if k not in extensions_before],
            [k for k in msg.libraries if k not in libraries_before],
        )
        if (msg.extensions or msg.libraries) and (
            self._failing.said_in(raw) or (msg.asking and self._failing_asked.said_in(raw))
        ):
            # "flask-admin keeps breaking": the package this clause names fails, so it answers nothing (it still
            # says what runs); with none named here, the one the clause before named ("flask-restx, which is
            # barely maintained"), unless the failing is denied ("nothing is broken")
            if added[0] or added[1]:
                keys, libs = added
            elif not state.negating and self._refers_back(clause, *msg.last_packages):
                keys, libs = msg.last_packages
            else:
                keys, libs = [], []
            for key in keys:
                msg.extensions.pop(key, None)
            msg.failed_libraries.update(libs)
        msg.last_packages = added  # only the clause right before reaches the next one
        if msg.package_of is not None:  # the needs said beside a framework's package are answered by it
            for mention in msg.requirements.values():
                if mention is not before_clause.get(mention.id) and not mention.negated:
                    msg.extensions[(msg.package_of, mention.id)] = None
        return state

    def _refers_back(self, clause: Clause, keys: list[tuple[str, str]], libs: list[str]) -> bool:
        """The failing said in a clause naming no package is of the package the clause before named: the clause
        opens referring back ('which is barely maintained') or with the failing itself, or names a need that
        package answers ('swagger is half broken' after flask-smorest), not only another thing ('the old php admin
        is barely maintained')."""
        start = _opening(clause.raw)
        if clause.raw[start : start + 1] and (
            clause.raw[start] in self._failing_refers or self._failing.opens(clause.raw[start:])
        ):
            return True  # "which is barely maintained", "(flask-admin) hasnt cut it for the agents"
        answers = {need for _, need in keys} | {n for lib in libs for n in self._answers[lib]}
        return any(m.id in answers for m in clause.state.found)


def _opening(raw: list[str]) -> int:
    """Where the clause's own words start, past a conjunction or two ('and honestly it …')."""
    lead = 0
    while lead < len(raw) and lead < _LEAD_INS_MAX and raw[lead] in _LEAD_INS:
        lead += 1
    return lead


_LEAD_INS = frozenset({"and", "but", "plus", "though", "although", "also", "so", "now", "lately", "sadly", "honestly"})
_LEAD_INS_MAX = 2


def _framework_before(matches: list[Match], pos: int) -> int:
    """The framework named before `matches[pos]` with only other cues between (no need, no negation): -1 if none."""
    back = pos - 1
    while back >= 0 and _BARE_CUE.isdisjoint(matches[back].kinds):
        back -= 1
    return back if back >= 0 and "framework" in matches[back].kinds else -1
