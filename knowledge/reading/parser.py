"""Free text -> requirements: what is needed, what is ruled out, what the team runs today.

A message is read clause by clause, and each clause match by match: a match names a need (read here), a
framework (its role read in roles.py) or a cue (its reach kept in scope.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from knowledge.base.kb import KnowledgeBase
from knowledge.reading import modifiers, numbers, scope
from knowledge.reading.libraries import LIBRARY, LibraryReader, library_tags
from knowledge.reading.phrases import (
    FUZZY_SEARCHES_PER_MESSAGE,
    Match,
    PhraseIndex,
    PhraseSet,
    asked_clauses,
    normal_words,
    normalize,
    phrase_words,
    words,
)
from knowledge.reading.result import ParsedQuery, RequirementMention
from knowledge.reading.roles import OPTION_GAP, OPTION_NEEDS, PACKAGE, TITLE_WORDS, FrameworkRoles
from knowledge.reading.state import ClauseState, MessageState

__all__ = ["ParsedQuery", "RequirementMention", "RequirementParser"]  # the result types live in result.py

# a clause's words, with the phrases found in them and the typos fixed, in reading order
_Scanned = Iterator[tuple[list[str], tuple[list[Match], list[tuple[str, str]]]]]

_SENTENCE = re.compile(r"(?<=[.!?])\s+")  # "… flask. the codebase …": a sentence ends a colon's list of reasons
_ASIDE = re.compile(r"\s[\u2014\u2013]\s*([^\u2014\u2013.!?]{3,120}?)\s*[\u2014\u2013]\s")  # " — … — "
# "flask + swagger + socketio"; possessive "++": a word not followed by "+" is left at once, not backtracked through
_STACK = re.compile(r"\b([a-z]++)((?:\s*\+\s*[a-z0-9]+)+)")
_MAX_WORDINGS = 6  # wordings kept per need ("serve a model, predictions, …")
_NAME_ALONE = 3  # a clause of a name and a word or two at most ("django 5")
_OWN_REACH = 3  # "our new internal cms": the team's word a couple of describing words before the need
_LEAD_IN = 2  # "ok so do we need sso?": words before a question's opener
_STRICT_NAME_DISTANCE = 0.34  # in free text, only near-misses ("flsk", "djang") suggest a framework


class RequirementParser:
    """Parses text against one knowledge base; build once, call many times."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        vocab = kb.vocabulary
        self._rewrites = vocab.rewrites
        tagged: list[tuple[tuple[str, ...], str, str]] = []
        for req in kb.requirements.values():
            tagged += [(self._words(p), "requirement", req.id) for p in req.phrases]
            tagged += [(self._words(p), "requirement", req.id) for p in req.state_of.wordings()] if req.state_of else []
            tagged += [(self._words(p), "weak", req.id) for p in req.weak]
            tagged += [(self._words(p), "modest", req.id) for p in req.modest]
        for concept in kb.concepts.values():
            tagged += [(self._words(t), "concept", concept.id) for t in concept.terms]
        for fw in kb.frameworks.values():
            tagged += [(self._words(a), "framework", fw.id) for a in (fw.id, fw.name, *fw.aliases)]
        tagged += library_tags(kb)
        for key, name in vocab.unknown_frameworks.items():
            tagged.append((self._words(key), "unknown", name))
        for key, name in vocab.outside_python.items():
            tagged.append((self._words(key), "outside", name))
        cue_lists = {
            "negate": vocab.negation_before,
            "negate_after": vocab.negation_after,
            "exclude": vocab.exclusion_before,
            "exclude_after": vocab.exclusion_after,
            "current": vocab.current_before,
            "current_after": vocab.current_after,
            "target": vocab.target_before,
            "progress": vocab.progress_cues,
            "progress_after": vocab.progress_after,
            "retire_after": vocab.retire_after,
            "retire": vocab.retire_before,
            "advice": vocab.advice_cues,
            "target_after": vocab.target_after,
            "proposal": vocab.proposal_cues,
            "artifact": vocab.current_artifacts,
            "knows": vocab.knowledge_before,
            "knows_after": vocab.knowledge_after,
            "break": vocab.clause_breaks,
            "wish": vocab.wish_cues,
            "org_scope": vocab.org_scope_cues,
        }
        for kind, cues in cue_lists.items():
            tagged += [(self._words(cue), kind, cue) for cue in cues]
        self.index = PhraseIndex(
            tagged, protected=vocab.common_words, shorthand=vocab.shorthand, exact_kinds=frozenset({LIBRARY})
        )
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
        self._lack_verbs = frozenset(vocab.lack_verbs)
        self._things = frozenset(a for a in vocab.current_artifacts if " " not in a) | vocab.thread.systems
        self._answer_no = tuple(self._words(cue) for cue in vocab.answer_no)
        self._yes_no_openers = frozenset(vocab.yes_no_openers)
        self._lead_ins = vocab.thread.lead_ins
        self._breaks = tuple(self._words(cue) for cue in vocab.clause_breaks)
        self._framework_words = vocab.moves.framework_words
        self._running = frozenset(req.id for req in kb.requirements.values() if req.running)
        self._fresh = frozenset(req.id for req in kb.requirements.values() if req.fresh)
        self._choosing = vocab.roles.choosing
        self._choice_words = vocab.roles.choosing | vocab.roles.asking
        self._strong_owners = frozenset(vocab.current_owners_strong)
        self._failing = PhraseSet(self._words(cue) for cue in vocab.failing_cues)
        self._org_scope = numbers.org_scope(vocab.org_scope_cues)
        self._framework_by_name = {a.lower(): fw.id for fw in kb.frameworks.values() for a in (fw.id, fw.name)}
        self._known_words = (  # words that make a compound, not a name: "non-blocking", "five-page"
            frozenset(vocab.common_words) | numbers.NUMBER_WORDS | vocab.needs.compound_prefixes
        )
        self._roles = FrameworkRoles(vocab, self._framework_by_name)
        self._libraries = LibraryReader(kb, self._roles, self._addon_home)
        self.framework_names = sorted({a.lower() for fw in kb.frameworks.values() for a in (fw.id, fw.name)})
        self._common_words = frozenset(vocab.common_words)
        self._display_names = {a.lower(): fw.name for fw in kb.frameworks.values() for a in (fw.id, fw.name)}
        self._suggested: dict[float, dict[str, str | None]] = {}  # per distance: word -> framework name it resembles

    def _words(self, phrase: str) -> tuple[str, ...]:
        return phrase_words(phrase, self._rewrites)

    def parse(self, text: str) -> ParsedQuery:
        """What `text` asks for, rules out and runs, with the words that said it."""
        self.index.fuzzy_budget = FUZZY_SEARCHES_PER_MESSAGE
        norm = normalize(text, self._rewrites)
        # "knotie-ai", "acme-billing": a name's hyphen-joined words (lower-case first part, second part)
        named_pairs = {(m.group(1), m.group(2)) for m in PACKAGE.finditer(norm)}
        packages = {
            (home, second) for first, second in named_pairs if (home := self._framework_by_name.get(first)) is not None
        }
        msg = MessageState(text, named_pairs, packages)
        said = list(normal_words(text, self._rewrites))
        msg.named_frameworks = {fw for word in said if (fw := self._framework_by_name.get(word))}
        sentences: list[tuple[list[tuple[str, bool]], str, list[tuple[str, bool]], list[str]]] = []
        for whole in _SENTENCE.split(norm):
            # "replacing plugit — a niche framework x is built on — with django": the aside describes the word
            # before it; the sentence reads on without it, and an aside describing a framework states no need
            dashed = "\u2014" in whole or "\u2013" in whole  # (a cheap test first: most sentences have no aside)
            asides = [m.group(1) for m in _ASIDE.finditer(whole)] if dashed else []
            before, colon, after = (_ASIDE.sub(" ", whole) if dashed else whole).partition(": ")
            sentences.append((asked_clauses(before), colon, asked_clauses(after), asides))
        # Every clause's words looked up in one pass, in reading order (so typo searches run out where they did)
        parts = [
            part for head, _, reasons, asides in sentences for part in (head, reasons, *map(asked_clauses, asides))
        ]
        raws = [self.index.expand(words(clause)) for part in parts for clause, _ in part]
        scanned = zip(raws, self.index.scan_clauses(raws), strict=True)
        for head, colon, reasons, asides in sentences:
            targets_before = len(msg.targets)
            self._read_clauses(msg, head, scanned)
            # "i'd rewrite it in flask: actively developed, better docs": the reasons given for the destination
            msg.arguing = bool(colon) and len(msg.targets) > targets_before
            self._read_clauses(msg, reasons, scanned)
            msg.arguing = False
            for aside in asides:
                self._read_aside(msg, aside, scanned)
        self._add_stack_extensions(msg, norm)
        return self._result(msg, norm, said)

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
            self._read_clause(msg, raw, matches, fixes)
            # "do we need sso? nah": what a yes-or-no question asked, for a bare no answering it
            msg.asked = list(msg.clause.found) if asked and self._yes_no(clause) else []

    def _read_clause(
        self, msg: MessageState, raw: list[str], matches: list[Match], fixes: list[tuple[str, str]]
    ) -> None:
        """One clause (its words, the phrases found in them and the typos fixed), match by match; what it leaves
        open (a list, a pitch, a title) carries to the next."""
        if msg.asked and any(self._bare_no(raw, cue) for cue in self._answer_no):
            scope.answer_no(msg, msg.asked)  # "do we need real-time pushes? nah"
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
        state = self._open_clause(msg, raw)
        previous_end = 0
        for pos, match in enumerate(matches):
            gap = raw[previous_end : match.start]
            previous_start = previous_end
            previous_end = match.end
            if state.negating or state.wishing:
                after_cue = pos > 0 and "negate" in dict(matches[pos - 1].tags)
                scope.close_scopes(state, gap, self._scope, self._lack_verbs, after_cue=after_cue)
            kinds = dict(match.tags)
            if "break" in kinds and len(kinds) == 1:
                state = msg.clause = scope.restart_at_break(msg, state, kinds["break"], pos, self._scope)
            elif (
                ("requirement" in kinds or "concept" in kinds or "modest" in kinds)
                and self._read_need(msg, state, raw, matches, pos, covered=covered, kinds=kinds, gap=gap)
            ) or LIBRARY in kinds:
                if LIBRARY in kinds:  # "graphene-django"; "wagtail" is a need's term and a Django library too
                    self._libraries.read(
                        msg, state, raw, matches, pos, covered=covered, kinds=kinds, gap=gap, after=previous_start
                    )
            elif "unknown" in kinds:
                msg.unknown[kinds["unknown"]] = None
            elif "outside" in kinds:
                msg.outside[kinds["outside"]] = None
            elif "framework" in kinds:
                fw = kinds["framework"]
                msg.named_apart.add(fw)
                self._roles.read(msg, state, raw, matches, pos, covered=covered, fw=fw, gap=gap, after=previous_start)
            else:
                last = pos == len(matches) - 1
                scope.read_cue(
                    msg,
                    state,
                    raw,
                    covered,
                    match,
                    kinds=kinds,
                    last=last,
                    owner_cues=self._owner_cues,
                    cues=self._scope,
                    move_verbs=self._move_verbs,
                )
        for tags, surface in modifiers.gapped(raw, matches, covered, self.index, cues=self._needs, things=self._things):
            for mention in self._mentions(tags, surface, negated=False, fuzzy=False):
                if mention.id not in msg.requirements:  # said outright (or negated) already: that stands
                    state.found.append(mention)
                    msg.requirements[mention.id] = mention
        if (  # "calls pile up on bottle's dev server, thinking of flask": the one named beside the tuning
            msg.running_named is None
            and len(set(state.named)) == 1
            and any(m.id in self._running and not m.negated for m in state.found)
            and not self._choice_words.intersection(raw)
        ):
            msg.running_named = state.named[0]
        if state.proposal and (state.named or msg.proposed):  # "…, and the only reason is docs": a pitch's reasons
            scope.discount_pitch(state, msg)
        if (msg.extensions or msg.libraries) and self._failing.said_in(raw):
            # "flask-admin keeps breaking": the package this clause names fails, so it answers nothing
            for key in [key for key in msg.extensions if key not in extensions_before]:
                del msg.extensions[key]
            for lib in [lib for lib in msg.libraries if lib not in libraries_before]:
                msg.libraries[lib] = False
        if msg.package_of is not None:  # the needs said beside a framework's package are answered by it
            for mention in msg.requirements.values():
                if mention is not before_clause.get(mention.id) and not mention.negated:
                    msg.extensions[(msg.package_of, mention.id)] = None
        msg.carry_current = state.current_cue == len(raw) > 0 and not state.owner_cue
        msg.carry_target = state.open_move and not state.targeted
        msg.previous_is_title = not msg.previous_raw and 0 < len(raw) <= TITLE_WORDS and not matches
        msg.previous_raw = raw

    def _yes_no(self, clause: str) -> bool:
        """'do we need sso?', 'ok so is an admin needed?': the question opens (after a lead-in word or two) with a
        word that asks yes or no; a thing named alone ('websockets?') asks whether it is needed."""
        said = words(clause)
        if 0 < len(said) <= _NAME_ALONE and not self._choice_words.intersection(said):
            return True
        lead = next((i for i, w in enumerate(said[: _LEAD_IN + 1]) if w not in self._lead_ins), _LEAD_IN + 1)
        return lead < len(said) and said[lead] in self._yes_no_openers

    def _bare_no(self, raw: list[str], cue: tuple[str, ...]) -> bool:
        """'nah', 'nope but maybe later': a no said alone or before a break; 'no idea yet' says something else."""
        size = len(cue)
        if tuple(raw[:size]) != cue:
            return False
        return len(raw) == size or any(tuple(raw[size : size + len(b)]) == b for b in self._breaks)

    def _open_clause(self, msg: MessageState, raw: list[str]) -> ClauseState:
        """A fresh clause state; an exclusion or a wish list left open at the last clause's end runs on."""
        msg.progress_seen = msg.progress_seen or msg.clause.progress
        last = msg.clause
        msg.pitched = last if last.proposal and not last.named else None  # may be answered in the next clause
        state = msg.clause = ClauseState(excluding=0 if msg.carry_exclusion else -1, wishing=msg.carry_wish)
        if msg.carry_current:  # "the back-end is based on, web.py": the cue that ended the last clause
            state.current_cue, msg.carry_current = 0, False
        if msg.carry_target and len(raw) <= _NAME_ALONE:  # "moving to something mainstream — django."
            state.target_cue = 0
        msg.carry_target = False
        if self._roles.opens_task(msg.text, raw):
            state.progress = True  # "migrate the flask app to django.": a task decided, not a question
        msg.carry_exclusion = msg.carry_wish = False
        msg.package_of = None
        return state

    def _read_need(
        self,
        msg: MessageState,
        state: ClauseState,
        raw: list[str],
        matches: list[Match],
        pos: int,
        *,
        covered: set[int],
        kinds: dict[str, str],
        gap: list[str],
    ) -> bool:
        """A need's words: record the needs they name. False when the words name something else (the match is
        then read as a cue)."""
        match = matches[pos]
        if (  # "the ml team", "our data folks": a need's word naming the people, not what is built
            "requirement" in kinds
            and " " not in match.surface
            and pos + 1 < len(matches)
            and matches[pos + 1].start == match.end
            and dict(matches[pos + 1].tags).get("knows_after") in self._needs.people
        ):
            return True
        before = dict(matches[pos - 1].tags) if pos and matches[pos - 1].end == match.start else {}
        if "framework" in before and ("current_after" in kinds or "knows_after" in kinds):
            return False  # ("a django shop" names what the team runs, not an online store)
        if self._names_something_else(msg, raw, covered, match, before):
            return False
        # "flask-admin" is the framework's package; in "flask ai-serving app" the need's word opens a hyphenated
        # compound of its own ("ai-serving"), so it describes the thing built, not a package
        compound = match.end < len(raw) and (raw[match.end - 1], raw[match.end]) in msg.named_pairs
        owned = bool(self._scope.own_words.intersection(raw[max(0, match.start - _OWN_REACH) : match.start]))
        offered = gap[:1] == ["or"] and len(gap) <= OPTION_GAP and pos and "framework" in dict(matches[pos - 1].tags)
        requirements = msg.requirements
        for this in self._mentions(kinds, match.surface, state.negating, match.fuzzy):
            if offered and this.id in OPTION_NEEDS:
                continue  # "drf or ninja or a new service?": a place to build offered, not a fact
            if "framework" in before and " " not in match.surface and not this.negated and not compound:
                msg.extensions[(before["framework"], this.id)] = None  # "flask-admin", "flask-login"
            earlier = requirements.pop(this.id, None)  # the last mention wins ("no admin… actually")
            # built once with every change (not copied per change): a paste says a need many times
            wish = state.wishing and not this.negated
            weak, text = this.weak, this.text
            if earlier and not earlier.wish and not earlier.negated and not this.negated:
                msg.firm.add(this.id)  # stated firmly elsewhere: a need, whatever hedge follows
                wish = False
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
            if msg.arguing:
                msg.argued[mention.id] = None
        state.negated_since_cue = state.negated_since_cue or state.negating
        state.wished_since_cue = state.wished_since_cue or state.wishing
        return True

    def _names_something_else(
        self, msg: MessageState, raw: list[str], covered: set[int], match: Match, before: dict[str, str]
    ) -> bool:
        """A need's words that here name people, another system or a framework's part, not a need."""
        # "the ml team's tracker", "our security team vetoed it": a need's words naming a group of people
        if match.end < len(raw) and raw[match.end] in self._needs.team_nouns and " " not in match.surface:
            return True
        if self._kind_of_organisation(raw, match, before):
            return True
        # "called from our checkout service": the caller's kind of system, not this one's
        if self._roles.caller(raw, match):
            return True
        # "quart's docs look incomplete": a framework's part appraised describes that framework, not a need
        if self._roles.appraised(raw, match, before) or self._roles.judged(raw, match):
            return True
        return (  # "knotie-ai": a word no phrase knows, hyphen-joined to a need's word,
            match.start > 0  # is a name ("knotie-ai needs to leave flask"), not the need
            and match.end == match.start + 1
            and (match.start - 1) not in covered
            and (raw[match.start - 1], raw[match.start]) in msg.named_pairs
            and raw[match.start - 1] not in self._known_words
        )

    def _kind_of_organisation(self, raw: list[str], match: Match, before: dict[str, str]) -> bool:
        """'we are a python shop', 'an api-first shop': an organisation noun after a thing named (a need's or a
        framework's words right before it) or in 'we are a <word> <noun>' is the kind of team, not a store."""
        if match.surface not in self._needs.organisation_nouns:
            return False
        if before:
            return True
        article = next((i for i in range(match.start - 2, max(-1, match.start - 4), -1) if raw[i] in ("a", "an")), -1)
        if article < 1:
            return False
        scope_cues = self._scope
        subject = article - 1
        if raw[subject] in scope_cues.auxiliaries and subject > 0:
            subject -= 1
        return raw[subject] in scope_cues.first_person

    def _add_stack_extensions(self, msg: MessageState, norm: str) -> None:
        """'it all works in flask + swagger + socketio': the parts joined to a framework are its stack, so the
        needs they answer are the framework's own (as with 'flask-admin')."""
        for chain in _stacks(norm):
            home = self._framework_by_name.get(chain.group(1))
            if home is None:
                continue
            parts = {part.strip() for part in chain.group(2).split("+")} - {""}
            for mention in msg.requirements.values():
                if not mention.negated and parts.intersection(mention.text.split(", ")):
                    msg.extensions[(home, mention.id)] = None

    def _result(self, msg: MessageState, norm: str, said_words: list[str]) -> ParsedQuery:
        """What the message said, settled: a framework ruled out has no other role, an add-on names its home."""
        mentioned, targets, known, requirements = msg.mentioned, msg.targets, msg.known, msg.requirements
        retired = self._settle_retired(msg)
        for fw in msg.excluded:
            mentioned.pop(fw, None)
            targets.pop(fw, None)
            known.pop(fw, None)
        current = msg.current
        if current is None:  # "DRF or django-ninja?": an add-on names the framework it lives in
            current = next((fw for fw in (*mentioned, *targets) if fw in self._addon_home), None)
        current = self._addon_home.get(current, current) if current else None  # "our drf api" runs Django
        current, covers, beside = self._libraries.settle(msg, said_words, current)
        if current is None and targets:
            # "split between bottle and flask … move it all onto flask?": a niche framework named beside a move
            # is the one being left (the sources never make it a destination)
            current = next((fw for fw in mentioned if self.kb.frameworks[fw].family), None)
        said = {m.id for m in requirements.values() if not m.negated}
        if current is None and said & self._running and not said & self._fresh and not msg.unknown:
            # "blocked requests on flask's dev server": tuning a server or a database is done to an app that runs
            # (with a framework we have no sources on also named, that one may be it)
            named = msg.running_named if msg.running_named in mentioned else None
            current = named or self._running_one(mentioned, words(norm))
        for fw in msg.named_moves:
            if current is not None and fw != current and fw not in msg.excluded:
                mentioned.pop(fw, None)
                targets[fw] = None
                msg.underway = msg.underway or msg.progress_seen
        if current is not None:
            mentioned.pop(current, None)
        horizon, team = numbers.horizon_years(norm), numbers.team_size(norm, self._org_scope)
        for found_id, surface in numbers.needs_from_numbers(norm, horizon, team, self.kb.vocabulary):
            req_id = found_id.removeprefix("no-")
            if req_id in self.kb.requirements and req_id not in requirements:
                label = self.kb.requirements[req_id].label
                requirements[req_id] = RequirementMention(req_id, label, found_id != req_id, surface)
        unmatched = tuple(dict.fromkeys(msg.unmatched))
        return ParsedQuery(
            text=msg.text,
            requirements=tuple(requirements.values()),
            excluded=tuple(msg.excluded),
            current=current if current not in msg.excluded else None,
            targets=tuple(targets),
            mentioned=tuple(mentioned),
            unknown_frameworks=tuple(msg.unknown),
            outside_python=tuple(msg.outside),
            unmatched_words=unmatched,
            suggestions=self.suggest(unmatched, _STRICT_NAME_DISTANCE),
            corrections=tuple(msg.corrections),
            horizon_years=horizon,
            team_size=team,
            # "we refactored it onto fastapi; the pr is already merged": progress said after the move counts too
            migration_underway=(msg.underway or ((msg.progress_seen or msg.clause.progress) and current is not None))
            and bool(targets),
            known=tuple(fw for fw in known if fw != current),
            negated_words=tuple(msg.negated_words),
            extension_needs=tuple(dict.fromkeys([*msg.extensions, *((fw, need) for fw, need, _ in covers)])),
            library_covers=covers,
            argued_needs=tuple(msg.argued),
            beside=beside if beside not in msg.excluded else None,
            proposed=tuple(fw for fw in msg.proposed if fw in targets),
            retired=retired,
        )

    @staticmethod
    def _settle_retired(msg: MessageState) -> tuple[str, ...]:
        """A framework retired is the one being left: when its work folds into another that runs ('folding
        billing into our fastapi gateway and decommissioning the flask service') it is ruled out; with nothing
        else running, a move names it the one left, and otherwise it only goes away (not ruled out for new
        work)."""
        retired = [fw for fw in msg.retired if fw in msg.excluded and fw not in msg.targets]
        if not retired or msg.current not in (None, *retired):
            return ()
        for fw in retired:
            msg.excluded.pop(fw, None)
        if msg.targets and msg.current is None:  # retiring it is the move decided, not one asked about
            msg.current, msg.underway = retired[0], True
            return ()
        msg.current = None
        return tuple(retired)

    def _running_one(self, mentioned: dict[str, None], said: list[str]) -> str | None:
        """The one framework named beside a server or database tuned is what runs, unless the message weighs
        frameworks ("django vs fastapi: how many workers…", "which is better on slow queries, django?"); an owner
        word ("our flask app … what now?") still says it runs."""
        named = [fw for fw in mentioned if fw in self.kb.frameworks]
        if len(named) != 1:
            return None
        choice = self._choice_words.intersection(said)
        return (
            named[0] if not choice or (self._strong_owners.intersection(said) and not choice & self._choosing) else None
        )

    def _mentions(self, kinds: dict[str, str], surface: str, negated: bool, fuzzy: bool) -> list[RequirementMention]:
        """A requirement phrase names one need; a lexicon term names a concept that implies several."""
        if "modest" in kinds and "requirement" not in kinds:  # "low traffic": the need said to be small here
            req = self.kb.requirements[kinds["modest"]]
            return [RequirementMention(req.id, req.label, True, surface, None, fuzzy)]
        if "requirement" in kinds:
            req = self.kb.requirements[kinds["requirement"]]
            weak = kinds.get("weak") == req.id
            return [RequirementMention(req.id, req.label, negated, surface, None, fuzzy, weak=weak)]
        concept = self.kb.concepts[kinds["concept"]]
        return [
            RequirementMention(
                rid, self.kb.requirements[rid].label, negated, surface, concept.label, fuzzy, weak=concept.weak
            )
            for rid in concept.implies
        ]

    def suggest(self, unknown_words: list[str] | tuple[str, ...], max_distance: float) -> tuple[str, ...]:
        """Names of known frameworks that unknown words resemble ('flsk' -> Flask)."""
        seen = self._suggested.setdefault(max_distance, {})  # a paste repeats its unknown words turn after turn
        found = []
        for word in dict.fromkeys(unknown_words):
            name = seen.get(word, "")
            if name == "":
                name = self._suggest_one(word, max_distance)
                if len(seen) < 50_000:  # bounded like the typo repairs
                    seen[word] = name
            if name:
                found.append(name)
        return tuple(dict.fromkeys(found))

    def _suggest_one(self, word: str, max_distance: float) -> str | None:
        if len(word) < 4 or word.isdigit() or word in self._common_words:
            return None
        name = self.index.nearest(word, self.framework_names, max_distance)
        return self._display_names[name] if name else None


def _stacks(norm: str) -> Iterator[re.Match[str]]:
    """`_STACK.finditer(norm)`, found from each "+" rather than tried at every word of a long paste: a chain
    starts at the word just before its first "+" (spaces between), and no earlier than the last chain's end."""
    pos = 0
    while (plus := norm.find("+", pos)) >= 0:
        start = plus
        while start > pos and norm[start - 1].isspace():
            start -= 1
        while start > pos and "a" <= norm[start - 1] <= "z":
            start -= 1
        chain = _STACK.match(norm, start)
        if chain is not None:
            yield chain
            pos = chain.end()
        else:
            pos = plus + 1
