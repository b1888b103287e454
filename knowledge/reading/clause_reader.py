"""A message's clauses read one by one: each clause match by match (a need, a library, a framework's role or a
cue's reach), then the readers that find needs without a phrase of their own (`phraseless_needs.py`: a monolith
split, outside calls, staff handling, adequacy, departures)."""

from __future__ import annotations

from collections.abc import Iterator

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import stems, words
from knowledge.reading import leanings
from knowledge.reading.clause_opening import ClauseOpener, run_left_open
from knowledge.reading.criteria import CriteriaLists
from knowledge.reading.libraries import LibraryReader
from knowledge.reading.lists import only_needs
from knowledge.reading.match_reading import MatchReader
from knowledge.reading.needs import NeedReader
from knowledge.reading.phraseless_needs import PhraselessNeeds
from knowledge.reading.phrases import Match, PhraseIndex
from knowledge.reading.ranks import Ranks
from knowledge.reading.roles import TITLE_WORDS, FrameworkRoles
from knowledge.reading.sentences import Clauses, Questions
from knowledge.reading.setting import Setting
from knowledge.reading.state import Clause, MessageState
from knowledge.reading.text import marked_clauses
from knowledge.reading.weighed_options import WeighedOptions

__all__ = ["ClauseReader", "Scanned"]

# a clause's words, with the phrases found in them and the typos fixed, in reading order
_Scan = tuple[list[Match], list[tuple[str, str]]]
Scanned = Iterator[tuple[list[str], _Scan]]
_HEADING_CUES = frozenset({"negate", "negate_after"})  # a clause that is such a cue alone may head a colon's list
# "out of scope for v1: …": a heading cue may carry a short qualifier naming nothing (a release, a date)
_HEADING_QUALIFIER = 4


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
        self._rewrites = vocab.rewrites
        self._roles, self._ranks, self._setting = roles, ranks, setting
        self._list_gap = vocab.roles.list_gap
        self._heading_qualifiers = frozenset(vocab.heading_qualifiers)
        self._list_tails = vocab.roles.list_tails
        self._framework_words = vocab.moves.framework_words
        self._needs_reader = NeedReader(kb, roles.appraisal)
        self._questions = Questions(vocab)
        remedies = frozenset(req.id for req in kb.requirements.values() if req.remedy)
        self._options = WeighedOptions(vocab.roles.option_joiners, remedies, frozenset(kb.spellings()))

        self._phraseless = PhraselessNeeds(kb, self._needs_reader)
        self._criteria = CriteriaLists(vocab.criteria, self._rewrites)
        self._opener = ClauseOpener(vocab, roles, self._criteria)
        self._matches = MatchReader(
            kb,
            index,
            roles,
            libraries,
            needs_reader=self._needs_reader,
            phraseless=self._phraseless,
            opener=self._opener,
        )

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
            state = self._matches.read(msg, raw, matches, fixes)
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

    def _qualifies_heading(self, raw: list[str], cue: Match) -> bool:
        """'out of scope for v1': a cue said after what it negates, then a short qualifier opened by a word of
        `heading_qualifiers` (a release, a date), heads a list as the bare cue does; 'scratch that' does not."""
        rest = raw[cue.end :]
        return "negate_after" in cue.kinds and len(rest) <= _HEADING_QUALIFIER and rest[0] in self._heading_qualifiers
