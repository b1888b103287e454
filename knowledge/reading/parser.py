"""Free text -> requirements: what is needed, what is ruled out, what the team runs today.

A message is cut into sentences (sentences.py) and read clause by clause, each clause match by match: a match
names a need (read in needs.py), a framework (its role read in roles.py) or a cue (its reach kept in scope.py);
settle.py settles the roles at the message's end."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping
from itertools import filterfalse

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import normal_words, normalize, phrase_words, words
from knowledge.reading import lacks, leanings, modifiers, scope
from knowledge.reading.adequacy import Adequacy
from knowledge.reading.code_names import named_in_code
from knowledge.reading.criteria import CriteriaLists
from knowledge.reading.departures import Departures
from knowledge.reading.estates import EstateReader, focus
from knowledge.reading.libraries import LIBRARY, LibraryReader
from knowledge.reading.lists import NEED_KINDS, only_needs
from knowledge.reading.needs import NeedReader
from knowledge.reading.options import name_forms, offered
from knowledge.reading.outside_calls import OutsideCalls
from knowledge.reading.phrase_set import PhraseSet
from knowledge.reading.phrases import Match, PhraseIndex
from knowledge.reading.ranks import Ranks
from knowledge.reading.result import ParsedQuery, RequirementMention
from knowledge.reading.roles import TITLE_WORDS, FrameworkRoles, package_matches
from knowledge.reading.sentences import NAME_ALONE, Questions, sentences
from knowledge.reading.setting import Setting
from knowledge.reading.settle import Settler
from knowledge.reading.shared_reading import SharedReading
from knowledge.reading.splits import MonolithSplits
from knowledge.reading.staff_handling import StaffHandling
from knowledge.reading.state import Clause, ClauseState, MessageState, NeedRun
from knowledge.reading.superseded import Superseded
from knowledge.reading.tagging import build_index
from knowledge.reading.text import asked_clauses
from knowledge.reading.typos import FUZZY_SEARCHES_PER_MESSAGE

__all__ = ["ParsedQuery", "RequirementMention", "RequirementParser"]  # the result types live in result.py

# "https://news.ycombinator.com/item": a link's host names the site it points at, not the project; its path may
# still name a framework ("github.com/pallets/flask"), so only the host goes
_LINK_HOST = re.compile(r"\b(?:https?://|www\.)[^\s/>|]*")

# a clause's words, with the phrases found in them and the typos fixed, in reading order
_ITEM_WORDS = 4  # "auto api docs", "type hints": an item of a list of reasons is a few words


def _list_item(raw: list[str], matches: list[Match]) -> bool:
    """A clause that is one short item of a list: a few words, naming needs or nothing ('faster', 'auto api docs')."""
    return 0 < len(raw) <= _ITEM_WORDS and all(NEED_KINDS.intersection(m.kinds) for m in matches)


_Scan = tuple[list[Match], list[tuple[str, str]]]
_Scanned = Iterator[tuple[list[str], _Scan]]
_HEADING_CUES = frozenset({"negate", "negate_after"})  # a clause that is such a cue alone may head a colon's list
# "out of scope for v1: …": a heading cue may carry a short qualifier naming nothing (a release, a date)
_HEADING_QUALIFIER = 4
_BARE_CUE = NEED_KINDS | {"framework", "negate", "negate_after", "exclude", "break"}  # what ends a search back


class RequirementParser:
    """Parses text against one knowledge base; build once, call many times."""

    def __init__(self, kb: KnowledgeBase, index: PhraseIndex | None = None) -> None:
        """`index`: `tagging.build_index(kb)`, built already (kept by index_cache.py)."""
        self.kb = kb
        vocab = kb.vocabulary
        self._rewrites = vocab.rewrites
        self._vocab_roles = vocab.roles
        self.index = index if index is not None else build_index(kb)
        self._addon_home = {
            addon: fw.builds_on[0]
            for rules in kb.incumbents.values()
            for rule in rules
            for addon in rule.addons
            if (fw := kb.frameworks[addon]).builds_on and fw.builds_on[0] in kb.ranked
        }
        self._owner_cues = frozenset(vocab.current_owners)
        self._move_verbs = scope.MoveVerbs(frozenset(vocab.task_openers), vocab.moves.task_objects)
        self._needs, self._scope = vocab.needs, vocab.scope  # word sets, read once when the vocabulary loads
        # "timesheets for a 40 person company": linking words, determiners and counts say no more than who it is for
        self._linking = vocab.needs.gap_stops | vocab.thread.determiners
        self._lack_verbs = frozenset(vocab.lack_verbs)
        self._list_gap = vocab.roles.list_gap
        self._heading_qualifiers = frozenset(vocab.heading_qualifiers)
        self._list_tails = vocab.roles.list_tails
        self._negated_joiners = vocab.scope.negated_joiners
        self._things = frozenset(a for a in vocab.current_artifacts if " " not in a) | vocab.thread.systems
        self._framework_words = vocab.moves.framework_words
        self._running = frozenset(req.id for req in kb.requirements.values() if req.running)
        self._choice_words = vocab.roles.choosing | vocab.roles.asking
        self._failing = PhraseSet(self._words(cue) for cue in vocab.failing_cues)
        self._failing_asked = PhraseSet(self._words(cue) for cue in vocab.failing_asked)
        self._framework_by_name = {a.lower(): fw.id for fw in kb.frameworks.values() for a in (fw.id, fw.name)}
        self._version_joiners = kb.vocabulary.roles.version_joiners  # "bumped flask to 3.0.3": it is installed
        self._name_forms = name_forms(self._framework_by_name)
        builds_on = {fw.id: frozenset(fw.builds_on) for fw in kb.frameworks.values()}
        self._roles = FrameworkRoles(vocab, self._framework_by_name, builds_on)
        self._needs_reader = NeedReader(kb, self._roles.appraisal)
        self._questions = Questions(vocab)

        # the readers that find needs without a phrase of their own hand the words to the need reader, unfuzzied
        def said_as_needs(tags: Mapping[str, str], surface: str, negated: bool) -> list[RequirementMention]:
            return self._needs_reader.mentions(tags, surface, negated=negated, fuzzy=False)

        self._splits = MonolithSplits(
            vocab.monolith_split,
            self._rewrites,
            said_as_needs,
        )
        self._outside_calls = OutsideCalls(
            vocab.outside_calls,
            self._rewrites,
            said_as_needs,
        )
        self._staff_handling = StaffHandling(
            vocab.staff_handling,
            self._rewrites,
            said_as_needs,
            vocab.negation_before,
        )
        self._superseded = Superseded(vocab.superseded, self._rewrites)
        self._virtues = frozenset(vocab.paste_virtues)
        self._setting = Setting(vocab.setting, {req.id: req.category for req in kb.requirements.values()})
        self._departures = Departures(
            vocab.departed,
            said_as_needs,
        )
        self._criteria = CriteriaLists(vocab.criteria, self._rewrites)
        self._ranks = Ranks(vocab.ranks)
        libraries = LibraryReader(kb, self._roles, self._addon_home)
        self._libraries = libraries
        self._settler = Settler(kb, libraries, self._addon_home, self._framework_by_name, self.suggest)
        self._adequacy = Adequacy(vocab, {req.id: req.category for req in kb.requirements.values()})
        self._estates = EstateReader(
            self._framework_by_name,
            vocab.roles.list_gap | vocab.thread.determiners,
            vocab.thread.systems | vocab.roles.team_nouns,
            vocab.thread.system_pointers,
        )
        self.framework_names = sorted({a.lower() for fw in kb.frameworks.values() for a in (fw.id, fw.name)})
        self._common_words = frozenset(vocab.common_words)
        self._display_names = {a.lower(): fw.name for fw in kb.frameworks.values() for a in (fw.id, fw.name)}
        self._suggested: dict[float, dict[str, str | None]] = {}  # per distance: word -> framework name it resembles

    def _words(self, phrase: str) -> tuple[str, ...]:
        return phrase_words(phrase, self._rewrites)

    def parse(self, text: str, shared: SharedReading | None = None) -> ParsedQuery:
        """What `text` asks for, rules out and runs, with the words that said it; `shared` keeps the sentences
        cut and the clauses scanned for a turn's other readings of the message."""
        self.index.typos.fuzzy_budget = FUZZY_SEARCHES_PER_MESSAGE
        typed = text
        if "://" in text or "www." in text:
            text = _LINK_HOST.sub(" ", text)
        # "we thought we'd need websockets, but polling is fine": only where the thinking ended is read
        norm = self.settled(text)
        # "knotie-ai", "acme-billing": a name's hyphen-joined words (lower-case first part, second part)
        named_pairs = {(m.group(1), m.group(2)) for m in package_matches(norm)}
        in_code, slug_pairs = named_in_code(norm, self._framework_by_name, self._version_joiners)
        packages = {  # "acme/flask-inventory-portal" names a project on flask, not a flask package
            (home, second)
            for first, second in named_pairs - slug_pairs
            if (home := self._framework_by_name.get(first)) is not None
        }
        msg = MessageState(typed, named_pairs, packages, in_code=in_code, slug_pairs=slug_pairs)
        said = list(normal_words(text, self._rewrites))
        msg.named_frameworks = set(filter(None, map(self._framework_by_name.get, said)))  # (in C: 700 words)
        # "expense reports are due by the 30th": paperwork chased in a note, with nothing built or chosen, is chatter
        msg.building = (  # (the set tests first: a paste's words are counted only when they fail)
            bool(msg.named_frameworks)
            or not self._needs.building_words.isdisjoint(said)
            or sum(1 for w in said if w not in self._linking and not w.isdigit()) <= self._needs.terse_words
        )
        cut = sentences(norm) if shared is None else shared.sentences(norm)
        # Every clause's words looked up in one pass, in reading order (so typo searches run out where they did)
        parts = [part for head, _, reasons, asides in cut for part in (head, reasons, *map(asked_clauses, asides))]
        clauses = [clause for part in parts for clause, _ in part]
        if shared is None:
            raws = [self.index.expand(words(clause)) for clause in clauses]
            scans = self.index.scan_clauses(raws)
        else:
            raws, scans = shared.scan(self.index, clauses)
        scanned = zip(raws, scans, strict=True)
        msg.top_stated = self._ranks.states_top(raws)  # "should: …" ranks lower only below a top said anywhere
        for head, colon, reasons, asides in cut:
            msg.sentence_found, msg.listed_before, msg.staff_words = [], [], []
            msg.sentence_opens, msg.criteria_open = True, False
            targets_before = len(msg.targets)
            Ranks.new_sentence(msg)
            self._read_clauses(msg, head, scanned)
            # "P1: …", "won't: …", "nice to have: …": a rank heading alone before the colon ranks its list
            dropped = self._ranks.head(msg, msg.previous_raw, bool(colon and reasons), msg.wish_alone)
            # "non-goals: a public api": a negation cue ending the head rules out the list after the colon
            # ("anything but fastapi: an admin panel" ended on the framework it ruled out)
            last = msg.clause
            msg.carry_negation = bool(colon and reasons) and (
                (last.negating and not last.named and not last.found and last.excluding == len(msg.previous_raw))
                or msg.heading_cue  # "out of scope: …", "descoped: …": a cue read after what it negates, alone
                or dropped
            )
            msg.heading_list = msg.carry_negation
            # "i'd rewrite it in flask: actively developed, better docs": the reasons given for the destination
            msg.arguing = bool(colon) and len(msg.targets) > targets_before
            self._read_clauses(msg, reasons, scanned)
            msg.arguing = msg.heading_list = False
            for aside in asides:
                self._read_aside(msg, aside, scanned)
            if len(cut) >= PASTE_SENTENCES:
                _drop_virtues_sentence(msg, self._virtues)
        self._setting.drop(msg)  # "we're a saas company; i need a webhook receiver": the piece decides
        self._settler.add_stack_extensions(msg, norm)
        msg.open_to_leave = self._roles.moves.open_to_leave(said, self._framework_by_name)
        msg.asked_how = self._roles.moves.asks_how(said)
        parsed = self._settler.result(msg, norm, said)
        # "billing (django), search (fastapi), thumbnails (flask). the thumbnail one …": one system of several
        if len(msg.named_frameworks) >= 2 and (estate := self._estates.read(norm)) is not None:
            parsed = focus(parsed, estate, self._estates, norm)
        choice = offered(norm, self._name_forms, self._vocab_roles)
        return dataclasses.replace(parsed, options=tuple(fw for fw in choice if fw not in parsed.excluded))

    def refocus(self, parsed: ParsedQuery, estate: Iterable[tuple[str, str]], text: str) -> ParsedQuery:
        """`parsed` of a later message, narrowed to the system it names again of an `estate` listed before."""
        norm = self.settled(text)
        return focus(parsed, self._estates.named_again(estate, norm), self._estates, norm)

    def settled(self, text: str) -> str:
        """`text` normalised, without the views it reports overturned ('we thought …, but scratch that')."""
        return self._superseded.cut(normalize(text, self._rewrites))

    def named_in(self, text: str) -> tuple[str, ...]:
        """The frameworks `text` names by their own names, in order, whatever phrase holds them ('fastapi vs
        starlette' is also a need's wording)."""
        return tuple(dict.fromkeys(filter(None, map(self._framework_by_name.get, normal_words(text, self._rewrites)))))

    def may_leave(self, text: str) -> bool:
        """Whether `text` holds any wording of a team leaving what runs or asking how a move goes (see `Moves`)."""
        return self._roles.moves.may_leave(list(normal_words(text, self._rewrites)), self._framework_by_name)

    def _read_aside(self, msg: MessageState, aside: str, scanned: _Scanned) -> None:
        """A dash-paired aside, read after its sentence; one that describes a framework gives no need."""
        describes_framework = bool(self._framework_words.intersection(words(aside)))
        said_before = dict(msg.requirements)
        self._read_clauses(msg, asked_clauses(aside), scanned)
        if describes_framework:
            msg.requirements = {k: v for k, v in msg.requirements.items() if said_before.get(k) is v}
        msg.carry_current = False  # "… x is built on —": the cue ends inside the aside

    def _read_clauses(self, msg: MessageState, clauses: list[tuple[str, bool]], scanned: _Scanned) -> None:
        for clause, asked in clauses:
            raw, (matches, fixes) = next(scanned)
            leaving, excluded = msg.leaving, set(msg.excluded)
            # "will channels hold up, or should we split it out?": a yes-no opener asks though the mark ends later
            msg.asking = asked or self._questions.opens_yes_no(raw)
            self._ranks.enter(msg, raw)
            self._read_clause(msg, raw, matches, fixes)
            self._setting.note(msg, raw, msg.clause.found)
            Ranks.settle(msg)
            if asked and self._questions.asks_leave(clause):  # "could we skip django?": asked, not a ban
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
            state = self._open_clause(msg, raw, matches)
            # "every quote calls 4 hotel providers": the counted calls name no phrase of their own
            unmatched = Clause(msg, state, raw, matches, set())
            self._outside_calls.read(unmatched)
            self._staff_handling.read(unmatched)  # "receptionists have to fix appointments": no phrase either
            self._departures.read(unmatched)  # "the one dev who knew it left in march" may name no phrase at all
        self._criteria.close(msg, state)
        msg.sentence_found += state.found
        listed = bool(matches) and only_needs(raw, matches, self._list_gap, self._list_tails)
        msg.listed_before = msg.listed_before + state.found if listed else []
        msg.carry_run = self._run_left_open(state, raw, matches)
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
        state = self._open_clause(msg, raw, matches)
        if not (NEED_KINDS.intersection(matches[0].kinds) and set(raw[: matches[0].start]) <= self._list_gap):
            msg.listed_before = []  # the clause does not go on with the list: a negation in it reaches no item before
        clause = Clause(msg, state, raw, matches, covered)
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
            if "break" in kinds and len(kinds) == 1:
                leanings.preference_turned(msg, raw, state.found, raw[match.start :], self._scope)
                state = clause.state = msg.clause = scope.restart_at_break(msg, state, kinds["break"], pos, self._scope)
            elif (
                ("requirement" in kinds or "concept" in kinds or "modest" in kinds)
                # "a public api is descoped": a scope cut said of a need negates it (read as a cue below); said
                # of the project it is a narrow scope
                and not ("negate_after" in kinds and scope.said_of_need(clause, pos, self._scope))
                and self._needs_reader.read(clause, pos, gap)
            ) or LIBRARY in kinds:
                if LIBRARY in kinds:  # "graphene-django"; "wagtail" is a need's term and a Django library too
                    self._libraries.read(clause, pos, gap)
            elif "unknown" in kinds:
                msg.unknown[kinds["unknown"]] = None
            elif "outside" in kinds:
                msg.outside[kinds["outside"]] = None
            elif "framework" in kinds:
                fw = kinds["framework"]
                msg.named_apart.add(fw)
                self._roles.read(clause, pos, gap, fw)
            else:
                scope.read_cue(clause, pos, owner_cues=self._owner_cues, cues=self._scope, move_verbs=self._move_verbs)
        lacks.lack_felt(clause, raw[previous_end:], self._scope)
        self._answer_purpose(clause)
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
        self._splits.read(clause)  # "our node monolith is being broken up": services, not a large app
        self._outside_calls.read(clause)  # "hits 8 airline apis": each request waits on many outside calls
        self._staff_handling.read(clause)  # "customer success looks up accounts": staff handle records by hand
        self._adequacy.read(clause)  # "our p95 is fine": no need for lower latency
        self._departures.read(clause)  # "the guy who built it quit": nobody left who knows the app
        if (  # "calls pile up on bottle's dev server, thinking of flask": the one named beside the tuning
            msg.running_named is None
            and len(set(state.named)) == 1
            and any(m.id in self._running and not m.negated for m in state.found)
            and not self._choice_words.intersection(raw)
        ):
            msg.running_named = state.named[0]
        # "…, and the only reason is docs": a pitch's reasons; "the cto insists on the fastest framework": a
        # framework pitched by a quality, not by name
        if state.proposal and (state.named or msg.proposed or self._framework_words.intersection(raw)):
            leanings.discount_pitch(state, msg)
        if (msg.extensions or msg.libraries) and (
            self._failing.said_in(raw) or (msg.asking and self._failing_asked.said_in(raw))
        ):
            # "flask-admin keeps breaking": the package this clause names fails, so it answers nothing
            for key in [key for key in msg.extensions if key not in extensions_before]:
                del msg.extensions[key]
            for lib in [lib for lib in msg.libraries if lib not in libraries_before]:
                msg.libraries[lib] = False
        if msg.package_of is not None:  # the needs said beside a framework's package are answered by it
            for mention in msg.requirements.values():
                if mention is not before_clause.get(mention.id) and not mention.negated:
                    msg.extensions[(msg.package_of, mention.id)] = None
        return state

    def _answer_purpose(self, clause: Clause) -> None:
        """'we added flask-smorest to our api last year for openapi docs', 'the api got openapi docs via
        flask-smorest': the needs named after the purpose word that follows a framework's own library, or before
        the word that leads to it, are answered by it, as the library's own needs are."""
        raw, state = clause.raw, clause.state
        if state.purpose_of is None and state.brought_by is None:
            return  # (most clauses: no library named with a purpose)
        # "… for openapi docs and it works ok": a new subject ends what it was added for
        enders = self._scope.scope_enders - self._scope.scope_keepers
        spans: list[tuple[str, int, int]] = []
        if state.purpose_of is not None:  # the needs after "for", to the next ender
            fw, at = state.purpose_of
            spans.append((fw, at + 1, next((i for i in range(at, len(raw)) if raw[i] in enders), len(raw))))
        if state.brought_by is not None:  # "our api gained openapi docs via flask-smorest": the needs before "via"
            fw, at = state.brought_by
            spans.append((fw, next((i + 1 for i in range(at - 1, -1, -1) if raw[i] in enders), 0), at))
        for fw, start, stop in spans:
            self._answered_by(clause, fw, start, stop)

    def _answered_by(self, clause: Clause, fw: str, start: int, stop: int) -> None:
        """The needs named between words `start` and `stop` are answered by a library of `fw`."""
        msg = clause.msg
        for match in clause.matches:
            if match.start < start or match.end > stop or not NEED_KINDS.intersection(match.kinds):
                continue
            for said in self._needs_reader.mentions(match.kinds, match.surface, negated=False, fuzzy=match.fuzzy):
                mention = msg.requirements.get(said.id)
                if mention is not None and not mention.negated:
                    msg.extensions[(fw, said.id)] = None

    def _run_left_open(self, state: ClauseState, raw: list[str], matches: list[Match]) -> NeedRun | None:
        """A list of needs that the clause's end (a comma) leaves open: one being read, or a need negated last
        ("we dont need an admin, docs or …")."""
        if not matches or matches[-1].end != len(raw) or not NEED_KINDS.intersection(matches[-1].kinds):
            return None
        if state.run is not None and state.run_end == len(raw):
            return state.run
        return NeedRun(negated=True) if state.negating and state.found and state.found[-1].negated else None

    def _open_clause(self, msg: MessageState, raw: list[str], matches: list[Match]) -> ClauseState:
        """A fresh clause state; an exclusion, a wish or a list of needs left open at the last clause's end runs
        on (a negated list only over a clause that is nothing but a list)."""
        msg.progress_seen = msg.progress_seen or msg.clause.progress
        lacks.lack_felt_next(msg, raw, self._scope)
        last = msg.clause
        # "i'd love to learn fastapi, but really it's a forms app": the preference before the comma is a wish
        leanings.preference_turned(msg, msg.previous_raw, last.found, raw, self._scope)
        msg.pitched = last if last.proposal and not last.named else None  # may be answered in the next clause
        state = msg.clause = ClauseState(excluding=0 if msg.carry_exclusion else -1, wishing=msg.carry_wish)
        if msg.carry_negation:
            state.negating, state.excluding, msg.carry_negation = True, 0, False
        elif msg.heading_list and (not matches or only_needs(raw, matches, self._list_gap, self._list_tails)):
            state.negating, state.excluding = True, 0  # the next item of the heading's list ("…, cms, forms")
        else:
            msg.heading_list = False  # a clause that says more than an item ends the heading's list
        if msg.carry_current:  # "the back-end is based on, web.py": the cue that ended the last clause
            state.current_cue, msg.carry_current = 0, False
        if msg.carry_target and len(raw) <= NAME_ALONE:  # "moving to something mainstream — django."
            state.target_cue = 0
        msg.carry_target = False
        self._criteria.open(msg, state, raw)
        if self._roles.moves.opens_task(msg.text, raw, msg.previous_raw):
            state.progress = True  # "migrate the flask app to django.": a task decided, not a question
        elif self._roles.moves.fraction_done(raw):
            state.progress = True  # "django -> fastapi, step 3 of 5 done": part of the move made
        run = msg.carry_run or msg.held_run
        listed = run is not None and not run.owner and only_needs(raw, matches, self._list_gap, self._list_tails)
        if run is not None and (run.owner or (listed and self._negated_joiners.intersection(raw))):
            state.run, state.run_end = run, 0
            scope.negate_all(msg.held, msg.requirements)  # "no orm, auth, templates or admin": the list was negated
        # a bare need after a negated one ("no orm, authentication, …") is held until the list ends
        msg.held_run = run if listed and state.run is None else None
        msg.held = msg.held if msg.held_run is not None else []
        if last.proposal and (last.named or msg.proposed) and _list_item(raw, matches):
            state.proposal = True  # "someone wants fastapi (faster, api docs, async)": the pitch's list of reasons
        msg.carry_exclusion = msg.carry_wish = False
        msg.carry_run = None
        msg.package_of = None
        return state

    def suggest(self, unknown_words: list[str] | tuple[str, ...], max_distance: float) -> tuple[str, ...]:
        """Names of known frameworks that unknown words resemble ('flsk' -> Flask)."""
        seen = self._suggested.setdefault(max_distance, {})  # a paste repeats its unknown words turn after turn
        said = dict.fromkeys(unknown_words)
        new = {word: self._suggest_one(word, max_distance) for word in filterfalse(seen.__contains__, said)}
        if new and len(seen) < 50_000:  # bounded like the typo repairs (may pass it by one message's words)
            seen.update(new)
            new = {}
        # looked up in C while every word is in `seen`: a paste has hundreds of unmatched words
        names = map(seen.get, said) if not new else (new[w] if w in new else seen.get(w) for w in said)
        return tuple(dict.fromkeys(filter(None, names)))

    def _suggest_one(self, word: str, max_distance: float) -> str | None:
        if len(word) < 4 or word.isdigit() or word in self._common_words:
            return None
        name = self.index.typos.nearest(word, self.framework_names, max_distance)
        return self._display_names[name] if name else None


def _framework_before(matches: list[Match], pos: int) -> int:
    """The framework named before `matches[pos]` with only other cues between (no need, no negation): -1 if none."""
    back = pos - 1
    while back >= 0 and _BARE_CUE.isdisjoint(matches[back].kinds):
        back -= 1
    return back if back >= 0 and "framework" in matches[back].kinds else -1


# A paste of this many sentences tells context beside the system ("everyone here cares about scalability, it's in
# our values deck"): a sentence there praising only virtues every framework claims describes the company.
PASTE_SENTENCES = 3


def _drop_virtues_sentence(msg: MessageState, virtues: frozenset[str]) -> None:
    """In a paste, a sentence whose needs are all loose words naming a virtue (vocabulary `paste_virtues`) and said
    nowhere firmly before: they do not count, even beside a need that decides."""
    found = [m for m in msg.sentence_found if not m.negated]
    if not found or not all(m.weak and virtues.issuperset(words(m.text)) for m in found):
        return
    for mention in found:
        if msg.requirements.get(mention.id) is mention:
            del msg.requirements[mention.id]
