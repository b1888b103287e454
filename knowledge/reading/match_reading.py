"""A clause that names something, read match by match (a need, a library, a framework's role or a cue's reach),
then what the whole clause says of its needs and packages: a checklist's "no", needs with words between, a pitch's
reasons, a package said to fail, the needs a framework's package answers."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import phrase_words, stems
from knowledge.reading import lacks, leanings, modifiers, negated_span, scope
from knowledge.reading.clause_opening import ClauseOpener
from knowledge.reading.cue_reading import read_cue
from knowledge.reading.failing_packages import FailingPackages
from knowledge.reading.libraries import LIBRARY, LibraryReader
from knowledge.reading.library_purpose import answer_purpose
from knowledge.reading.lists import NEED_KINDS, only_needs
from knowledge.reading.needs import NeedReader
from knowledge.reading.negation import negate_all, said_of_need
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.phraseless_needs import PhraselessNeeds
from knowledge.reading.phrases import Match, PhraseIndex
from knowledge.reading.roles import FrameworkRoles
from knowledge.reading.state import Clause, ClauseState, MessageState

__all__ = ["MatchReader"]

_BARE_CUE = NEED_KINDS | {"framework", "negate", "negate_after", "exclude", "break"}  # what ends a search back


class MatchReader:
    """Reads one clause's matches into the message's state; built once per clause reader, with the readers it
    shares."""

    def __init__(
        self,
        kb: KnowledgeBase,
        index: PhraseIndex,
        roles: FrameworkRoles,
        libraries: LibraryReader,
        *,
        needs_reader: NeedReader,
        phraseless: PhraselessNeeds,
        opener: ClauseOpener,
    ) -> None:
        vocab = kb.vocabulary
        self.index = index
        self._roles, self._libraries = roles, libraries
        self._owner_cues = frozenset(vocab.current_owners)
        self._move_verbs = scope.MoveVerbs(frozenset(vocab.task_openers), vocab.moves.task_objects)
        self._needs, self._scope = vocab.needs, vocab.scope  # word sets, read once when the vocabulary loads
        self._lack_verbs = frozenset(vocab.lack_verbs)
        self._list_gap = vocab.roles.list_gap
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
        self._needs_reader = needs_reader
        self._phraseless = phraseless
        self._opener = opener
        self._failing = FailingPackages(kb)

    def read(
        self, msg: MessageState, raw: list[str], matches: list[Match], fixes: list[tuple[str, str]]
    ) -> ClauseState:
        """A clause that names something, read match by match; its state at the end."""
        before_clause = dict(msg.requirements)  # a package or library may name the move: what is new here
        extensions_before, libraries_before = set(msg.extensions), set(msg.libraries)
        covered = _note_unmatched(msg, raw, matches)
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
            self._close_scopes(clause, pos, gap)
            self._read_match(clause, pos, gap)
        self._take_back(clause, previous_end)
        self._gapped_needs(clause)
        negated_span.mark(clause, self._scope)  # what a negation reaches adds no need ("forget the approvals")
        self._phraseless.read(clause)  # needs said with no phrase of their own (splits, outside calls, staff …)
        self._note_running_named(clause)
        self._discount_pitch(clause)
        self._failing.note(clause, extensions_before, libraries_before)
        if msg.package_of is not None:  # the needs said beside a framework's package are answered by it
            for mention in msg.requirements.values():
                if mention is not before_clause.get(mention.id) and not mention.negated:
                    msg.extensions[(msg.package_of, mention.id)] = None
        return clause.state

    def _close_scopes(self, clause: Clause, pos: int, gap: list[str]) -> None:
        """Before `matches[pos]`: a lack felt, and the negation or wish in force ended by the words since the match
        before it."""
        state, raw, matches, match = clause.state, clause.raw, clause.matches, clause.matches[pos]
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

    def _read_match(self, clause: Clause, pos: int, gap: list[str]) -> None:
        """`matches[pos]` read by what it names: a break, a need or library, an unknown or outside thing, a
        framework, else a cue."""
        msg, state, raw, match = clause.msg, clause.state, clause.raw, clause.matches[pos]
        kinds = match.kinds
        if "break" in kinds and len(kinds) == 1:
            leanings.preference_turned(msg, raw, state.found, raw[match.start :], self._scope)
            clause.state = msg.clause = scope.restart_at_break(msg, state, kinds["break"], pos, self._scope)
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

    def _take_back(self, clause: Clause, previous_end: int) -> None:
        """Past the last match (ending at `previous_end`): a lack felt, a checklist's no, the making refused, a
        library's purpose, a lack carried past the comma."""
        msg, state, raw, matches = clause.msg, clause.state, clause.raw, clause.matches
        lacks.lack_felt(clause, raw[previous_end:], self._scope)
        if self._answered_no(raw, matches):  # "websockets no, admin yes": the checklist's no takes its item back
            negate_all(state.found, msg.requirements)
        if state.own_work:  # "dont want to roll our own auth": refusing the making refuses picking our own parts too
            negate_all([m for m in state.found if m.id in self._scope.self_made_confirms], msg.requirements)
        answer_purpose(clause, self._needs_reader, self._scope)
        if state.lack_from >= 0 and state.negating:  # "without typed schemas, our partners …": said after the comma
            msg.carry_lack = state.found[state.lack_from :]

    def _gapped_needs(self, clause: Clause) -> None:
        """Needs said with describing words between ('small internal http svc'), where the bare noun's gives way."""
        msg, state = clause.msg, clause.state
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

    def _note_running_named(self, clause: Clause) -> None:
        """The one framework named beside a running need's tuning is what runs."""
        msg, state, raw = clause.msg, clause.state, clause.raw
        if (  # "calls pile up on bottle's dev server, thinking of flask": the one named beside the tuning
            msg.running_named is None
            and len(set(state.named)) == 1
            and any(m.id in self._running and not m.negated for m in state.found)
            and not self._choice_words.intersection(raw)
        ):
            msg.running_named = state.named[0]

    def _discount_pitch(self, clause: Clause) -> None:
        """A pitch's needs count less than the asker's own."""
        msg, state, raw = clause.msg, clause.state, clause.raw
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


def _note_unmatched(msg: MessageState, raw: list[str], matches: list[Match]) -> set[int]:
    """The words between the matches noted as unmatched; the positions the matches cover."""
    covered: set[int] = set()
    uncovered_from = 0  # the matches are in order and apart: the words between them are the unmatched ones
    for m in matches:
        covered.update(range(m.start, m.end))
        msg.unmatched += raw[uncovered_from : m.start]
        uncovered_from = m.end
    msg.unmatched += raw[uncovered_from:]
    return covered


def _framework_before(matches: list[Match], pos: int) -> int:
    """The framework named before `matches[pos]` with only other cues between (no need, no negation): -1 if none."""
    back = pos - 1
    while back >= 0 and _BARE_CUE.isdisjoint(matches[back].kinds):
        back -= 1
    return back if back >= 0 and "framework" in matches[back].kinds else -1
