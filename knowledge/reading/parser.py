"""Free text -> requirements: what is needed, what is ruled out, what the team runs today.

A message is cut into sentences (sentences.py) and read clause by clause (clause_reader.py), each clause match by
match: a match names a need (read in needs.py), a framework (its role read in roles.py) or a cue (read in
cue_reading.py, its reach kept in scope.py); settle.py settles the roles at the message's end."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from knowledge.base.kb import KnowledgeBase
from knowledge.base.neighbour_cues import KeptPartCues
from knowledge.base.text import normal_words, normalize, words
from knowledge.reading import phases, system_names
from knowledge.reading.apart_service import ApartService
from knowledge.reading.candidate_praise import CandidatePraise
from knowledge.reading.clause_reader import ClauseReader
from knowledge.reading.code_names import named_in_code
from knowledge.reading.dismissed import Dismissed
from knowledge.reading.earlier_projects import EarlierProjects
from knowledge.reading.estates import EstateReader, focus
from knowledge.reading.framework_names import FrameworkNames
from knowledge.reading.kept_parts import KeptParts
from knowledge.reading.libraries import LibraryReader
from knowledge.reading.mandates import Mandates
from knowledge.reading.open_frames import OpenFrames
from knowledge.reading.options import name_forms, offered
from knowledge.reading.others_own import OthersOwn
from knowledge.reading.package_names import package_matches
from knowledge.reading.phrases import PhraseIndex
from knowledge.reading.ranks import Ranks
from knowledge.reading.result import ParsedQuery, RequirementMention
from knowledge.reading.roles import FrameworkRoles
from knowledge.reading.sentences import sentences
from knowledge.reading.setting import Setting
from knowledge.reading.settle import Settler
from knowledge.reading.shared_reading import SharedReading
from knowledge.reading.singled_out import SingledOut
from knowledge.reading.stacks import add_stack_extensions
from knowledge.reading.state import MessageState
from knowledge.reading.status_quo import StatusQuo
from knowledge.reading.superseded import Superseded
from knowledge.reading.tagging import build_index
from knowledge.reading.text import marked_clauses
from knowledge.reading.typos import FUZZY_SEARCHES_PER_MESSAGE
from knowledge.reading.version_options import ReleaseOptions

_SPEAKER_HEAD_WORDS = 3  # "the new hire:" names a speaker; a longer heading says something itself

__all__ = ["ParsedQuery", "RequirementMention", "RequirementParser"]  # the result types live in result.py

# "https://news.ycombinator.com/item": a link's host names the site it points at, not the project; its path may
# still name a framework ("github.com/pallets/flask"), so only the host goes
_LINK_HOST = re.compile(r"\b(?:https?://|www\.)[^\s/>|]*")


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
        self._needs = vocab.needs  # word sets, read once when the vocabulary loads
        staff = vocab.staff_handling
        self._staff_pronouns = frozenset(staff.pronouns) if staff else frozenset()
        # "timesheets for a 40 person company": linking words, determiners and counts say no more than who it is for
        self._linking = vocab.needs.gap_stops | vocab.thread.determiners
        self._names = FrameworkNames(kb, self.index, frozenset(vocab.common_words))
        self._framework_by_name = self._names.by_name
        self._system_list = system_names.names_pattern(self._framework_by_name, vocab.needs.system_list_nouns)
        self._system_plans = vocab.needs.system_list_plans
        self._version_joiners = kb.vocabulary.roles.version_joiners  # "bumped flask to 3.0.3": it is installed
        self._upgrade_joiners = kb.vocabulary.roles.upgrade_joiners  # "flask 1.1 to 3.0": an upgrade of it
        self._option_joiners = kb.vocabulary.roles.option_joiners  # "django 5.1 or flask 3.0": options weighed
        self._release_options = ReleaseOptions(  # "should we look at litestar 2.0?": a release tried, not installed
            self._framework_by_name,
            self._option_joiners,
            kb.vocabulary.roles.release_leads,
            kb.vocabulary.scope.options_after,
        )
        self._version_pins = kb.vocabulary.roles.version_pins  # "flask 1.1 pinned": held at a version
        self._name_forms = name_forms(self._framework_by_name)
        categories = {req.id: req.category for req in kb.requirements.values()}
        self._status_quo = StatusQuo(
            vocab, categories, frozenset(self._framework_by_name), self._names.named_or_possessive
        )
        builds_on = {fw.id: frozenset(fw.builds_on) for fw in kb.frameworks.values()}
        self._roles = FrameworkRoles(vocab, self._framework_by_name, builds_on, frozenset(kb.ranked))
        self._superseded = Superseded(vocab.superseded, self._rewrites)
        self._dismissed = Dismissed(vocab.dismissed, self._rewrites)
        self._earlier = EarlierProjects(vocab.earlier_projects, self._rewrites)
        self._singled_out = SingledOut(vocab.singled_out, self._rewrites, self._framework_by_name)
        self._virtues = frozenset(vocab.paste_virtues)
        self._claimed = frozenset(vocab.claimed_virtues)
        self._refused = {c.label: c.denied_implies for c in kb.concepts.values() if c.denied_implies}
        self._setting = Setting(vocab.setting, {req.id: req.category for req in kb.requirements.values()})
        self._ranks = Ranks(vocab.ranks)
        self._pitch_speakers = frozenset(vocab.pitch_speakers)
        self._others_own = OthersOwn(vocab)
        self._open_frames = OpenFrames(vocab)
        self._kept_parts = KeptParts(
            vocab.neighbours.kept_parts if vocab.neighbours else None,
            [" ".join(run) for run in vocab.neighbours.fresh] if vocab.neighbours else [],
            _apart_need(kb, vocab.neighbours.kept_parts if vocab.neighbours else None),
            frozenset(self._framework_by_name),
        )
        self._apart_service = ApartService(
            vocab.neighbours.kept_parts if vocab.neighbours else None,
            _apart_need(kb, vocab.neighbours.kept_parts if vocab.neighbours else None),
        )
        self._candidate_praise = CandidatePraise(vocab.roles, self._framework_by_name)
        self._mandates = Mandates(vocab.mandates, self._framework_by_name)
        libraries = LibraryReader(kb, self._roles, self._addon_home)
        self._settler = Settler(kb, libraries, self._addon_home, self._framework_by_name, self.suggest)
        self._clauses = ClauseReader(kb, self.index, self._roles, libraries, ranks=self._ranks, setting=self._setting)
        self._estates = EstateReader(
            self._framework_by_name,
            vocab.roles.list_gap | vocab.thread.determiners,
            vocab.thread.systems | vocab.roles.team_nouns,
            vocab.thread.system_pointers,
            vocab.needs.unit_run_verbs,
            parts=vocab.needs.unit_parts,
            holding=vocab.thread.estate_holding,
            lead_ins=vocab.thread.determiners,
        )
        self.framework_names = self._names.sorted

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
        in_code, slug_pairs = named_in_code(
            norm, self._framework_by_name, self._version_joiners, self._upgrade_joiners, self._version_pins
        )
        packages = {  # "acme/flask-inventory-portal" names a project on flask, not a flask package
            (home, second)
            for first, second in named_pairs - slug_pairs
            if (home := self._framework_by_name.get(first)) is not None
        }
        msg = MessageState(typed, named_pairs, packages, in_code=in_code, slug_pairs=slug_pairs)
        msg.version_options = self._release_options(norm)
        msg.system_names = system_names.listed_names(typed, self._system_list, self._system_plans)
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
        parts = [part for head, _, reasons, asides in cut for part in (head, reasons, *map(marked_clauses, asides))]
        clauses = [clause for part in parts for clause, _, _ in part]
        if shared is None:
            raws = [self.index.shorthand.expand(words(clause)) for clause in clauses]
            scans = self.index.scan_clauses(raws)
        else:
            raws, scans = shared.scan(self.index, clauses)
        scanned = zip(raws, scans, strict=True)
        msg.top_stated = self._ranks.states_top(raws)  # "should: …" ranks lower only below a top said anywhere
        for head, colon, reasons, asides in cut:
            msg.sentence_found, msg.listed_before = [], []
            # "… support keeps asking for? they want to look up orders": a staff role waits past the sentence's end
            # only for a sentence opening with a word standing for it
            msg.staff_words = msg.staff_words if self._opens_on_pronoun(head) else []
            msg.making_refused_from = -1
            msg.sentence_clauses = []
            msg.sentence_opens, msg.criteria_open = True, False
            targets_before = len(msg.targets)
            Ranks.new_sentence(msg)
            msg.byline = self._byline(head, colon, reasons)
            self._clauses.read_clauses(msg, head, scanned)
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
            if colon and reasons and last.found and msg.listed_before:
                # "live updates: no": a head of needs alone is asked of the answer after the colon, as a question is
                msg.asked = list(last.found)
            # "teammate: 'litestar has better typing'": the words after a speaker's heading are their pitch
            msg.carry_pitch = bool(colon and reasons) and self._speaker_head(msg.previous_raw)
            # "i'd rewrite it in flask: actively developed, better docs": the reasons given for the destination
            msg.arguing = bool(colon) and len(msg.targets) > targets_before
            self._clauses.read_clauses(msg, reasons, scanned)
            msg.arguing = msg.heading_list = False
            for aside in asides:
                self._clauses.read_aside(msg, aside, scanned)
            msg.byline = False
            self._status_quo.read_sentence(msg, [w for raw, _ in msg.sentence_clauses for w in raw])
            msg.message_clauses += msg.sentence_clauses
            if len(cut) >= PASTE_SENTENCES:
                _drop_virtues_sentence(msg, self._virtues)
        _virtues_lean(msg, self._claimed)
        _refusals_say(msg, self.kb, self._refused)
        phases.lasting(msg, msg.message_clauses, self.kb.vocabulary.phases)  # "for now …, but long-term …"
        self._setting.drop(msg)  # "we're a saas company; i need a webhook receiver": the piece decides
        add_stack_extensions(msg, norm, self._framework_by_name)
        msg.open_to_leave = self._roles.moves.open_to_leave(said, self._framework_by_name)
        msg.asked_how = self._roles.moves.asks_how(said)
        msg.rollback_asked = self._roles.moves.asks_rollback(said)
        parsed = self._settler.result(msg, norm, said)
        # "billing (django), search (fastapi), thumbnails (flask). the thumbnail one …": one system of several
        if len(msg.named_frameworks) >= 2 and (estate := self._estates.read(norm)) is not None:
            parsed = focus(parsed, estate, self._estates, norm)
        # "we have a homegrown admin": how things stand, not a need
        parsed = self._status_quo.drop(parsed, msg, self.kb)
        parsed = self._others_own.drop(parsed, norm)  # "zendesk has its own admin": the vendor's part
        # "not sure yet if it's an api", "the cto jokes": read on the message as typed, quotes and all
        as_typed = shared.typed if shared is not None and shared.typed else typed
        parsed = self._open_frames.read(parsed, norm, as_typed)
        parsed = self._kept_parts.drop(parsed, norm)  # "the admin stays on django; the new api …": the kept part's
        parsed = self._apart_service.read(parsed, norm)  # "… gets rebuilt as its own service": decided, not weighed
        parsed = self._candidate_praise.drop(parsed, norm)  # "fastapi looks easy to learn": judged, not needed
        choice = offered(norm, self._name_forms, self._vocab_roles)
        parsed = _replaced(parsed, options=tuple(fw for fw in choice if fw not in parsed.excluded))
        return self._fixed(parsed, norm)

    def _opens_on_pronoun(self, head: list[tuple[str, bool, bool]]) -> bool:
        """Whether the sentence's first word stands for people named before ('they', 'them')."""
        first = words(head[0][0])[:1] if head else []
        return bool(first) and first[0] in self._staff_pronouns

    def _byline(self, head: list[tuple[str, bool, bool]], colon: str, reasons: list[tuple[str, bool, bool]]) -> bool:
        """'Author: Tomasz, admin for the GIS group.': a byline heading alone before the colon, its one line after it
        a person's name and role (a line break after it may start what is built, so that sentence is read)."""
        if not colon or not reasons or len(head) != 1 or any("\n" in text for text, _, _ in reasons):
            return False
        return tuple(words(head[0][0])) in self._needs.byline_heads

    def _speaker_head(self, raw: list[str]) -> bool:
        """'teammate', 'our contractor', 'the new hire': a heading of a few words that ends on a pitch speaker."""
        return 0 < len(raw) <= _SPEAKER_HEAD_WORDS and raw[-1] in self._pitch_speakers

    def _fixed(self, parsed: ParsedQuery, norm: str) -> ParsedQuery:
        """The framework the organisation fixed: a negation running through a list ("no django, no flask, fastapi
        only") ends at it, so it is never ruled out."""
        mandated = self._mandates.read(norm)
        if mandated is None:
            return _replaced(parsed, mandate_lifted=self._mandates.lifted(norm))
        return _replaced(parsed, mandated=mandated, excluded=tuple(fw for fw in parsed.excluded if fw != mandated))

    def refocus(self, parsed: ParsedQuery, estate: Iterable[tuple[str, str]], text: str) -> ParsedQuery:
        """`parsed` of a later message, narrowed to the system it names again of an `estate` listed before."""
        norm = self.settled(text)
        return focus(parsed, self._estates.named_again(estate, norm), self._estates, norm)

    def settled(self, text: str) -> str:
        """`text` normalised, without the views it reports overturned ('we thought …, but scratch that') or the
        clauses it dismisses ('…, but that's a separate fight'), or what it tells of an earlier project before
        turning to the new one ('last time … this time …'), or of the rest of the system before asking about one part
        ('…, but for the webhook receiver specifically: which?')."""
        norm = self._dismissed.cut(self._superseded.cut(normalize(text, self._rewrites)))
        return self._singled_out.cut(self._earlier.cut(norm))

    def named_in(self, text: str) -> tuple[str, ...]:
        """The frameworks `text` names by their own names, in order, whatever phrase holds them ('fastapi vs
        starlette' is also a need's wording)."""
        return self._names.named_in(text, self._rewrites)

    def may_leave(self, text: str) -> bool:
        """Whether `text` holds any wording of a team leaving what runs or asking how a move goes (see `Moves`)."""
        return self._roles.moves.may_leave(list(normal_words(text, self._rewrites)), self._framework_by_name)

    def suggest(self, unknown_words: list[str] | tuple[str, ...], max_distance: float) -> tuple[str, ...]:
        """Names of known frameworks that unknown words resemble ('flsk' -> Flask): see framework_names.py."""
        return self._names.suggest(unknown_words, max_distance)


def _replaced(parsed: ParsedQuery, **changes: object) -> ParsedQuery:
    """`dataclasses.replace` for a ParsedQuery (frozen, every field an `__init__` argument, no `__post_init__`): its
    fields copied as they stand with the changes over them, not some fifty passed back through `__init__` (each
    question's last two steps; a few percent of a short one)."""
    copied = object.__new__(ParsedQuery)
    copied.__dict__.update(parsed.__dict__)
    copied.__dict__.update(changes)
    return copied


def _apart_need(kb: KnowledgeBase, cues: KeptPartCues | None) -> tuple[str, str] | None:
    """The (id, label) of the need a kept part adds: the piece asked about stands beside what runs."""
    if cues is None or cues.apart is None:
        return None
    return cues.apart, kb.requirements[cues.apart].label


# A paste of this many sentences tells context beside the system ("everyone here cares about scalability, it's in
# our values deck"): a sentence there praising only virtues every framework claims describes the company.
PASTE_SENTENCES = 3


def _virtues_lean(msg: MessageState, virtues: frozenset[str]) -> None:
    """'needs to be scalable', 'secure obviously': a virtue every framework claims (vocabulary `claimed_virtues`),
    said only loosely, leans one point at most beside a need that decides (001 says all three build scalable, secure
    solutions; 000 "Final recommendation": decide by the problem solved), as the company's trade does."""
    for need, mention in list(msg.requirements.items()):
        if mention.weak and not mention.negated and not mention.background and virtues.issuperset(words(mention.text)):
            msg.requirements[need] = dataclasses.replace(mention, background=True)


def _refusals_say(msg: MessageState, kb: KnowledgeBase, refused: dict[str, list[str]]) -> None:
    """'nobody will sign off on a full rewrite': a concept denied says the needs of its `denied_implies` (the code
    that runs is kept), however the denial reached it. `refused`: concept label -> those needs."""
    for mention in list(msg.requirements.values()):
        for need in refused.get(mention.via or "", []) if mention.negated else []:
            if need not in msg.requirements:
                label = kb.requirements[need].label
                msg.requirements[need] = RequirementMention(need, label, False, mention.text, mention.via)


def _drop_virtues_sentence(msg: MessageState, virtues: frozenset[str]) -> None:
    """In a paste, a sentence whose needs are all loose words naming a virtue (vocabulary `paste_virtues`) and said
    nowhere firmly before: they do not count, even beside a need that decides."""
    found = [m for m in msg.sentence_found if not m.negated]
    if not found or not all(m.weak and virtues.issuperset(words(m.text)) for m in found):
        return
    for mention in found:
        if msg.requirements.get(mention.id) is mention:
            del msg.requirements[mention.id]
