"""The end of a message: its roles settled (a framework ruled out has no other role, an add-on names its home,
a move named after its destination leaves what runs) and the result built. What a host or a ban rules out is in
host_bans.py, the figures a message gives in measures.py."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import normalize, phrase_words, words
from knowledge.reading.beginner_stakes import BeginnerStakes
from knowledge.reading.dashboard_kinds import DashboardKinds
from knowledge.reading.described import Descriptions
from knowledge.reading.finished_moves import FinishedMoves
from knowledge.reading.host_bans import HostBans
from knowledge.reading.incumbency import RunningSigns
from knowledge.reading.libraries import LibraryReader
from knowledge.reading.measures import Measures
from knowledge.reading.result import ParsedQuery
from knowledge.reading.state import MessageState
from knowledge.reading.word_runs import WordRuns

_STRICT_NAME_DISTANCE = 0.34  # in free text, only near-misses ("flsk", "djang") suggest a framework

Suggest = Callable[[tuple[str, ...], float], tuple[str, ...]]  # unknown words -> framework names they resemble


class Settler:
    """Settles what a message said; built once per knowledge base."""

    def __init__(
        self,
        kb: KnowledgeBase,
        libraries: LibraryReader,
        addon_home: dict[str, str],
        framework_by_name: dict[str, str],
        suggest: Suggest,
    ) -> None:
        vocab = kb.vocabulary
        self._kb = kb
        self._libraries = libraries
        self._addon_home = addon_home
        self._suggest = suggest
        self._running = frozenset(req.id for req in kb.requirements.values() if req.running)
        self._fresh = frozenset(req.id for req in kb.requirements.values() if req.fresh)
        self._choosing = vocab.roles.choosing
        self._choice_words = vocab.roles.choosing | vocab.roles.asking
        self._strong_owners = frozenset(vocab.current_owners_strong)
        self._host_bans = HostBans(kb, framework_by_name)
        self._measures = Measures(kb, framework_by_name)
        self._dashboards = DashboardKinds(kb)
        self._beginner_stakes = BeginnerStakes(kb)
        self._descriptions = Descriptions(kb)
        self._finished = FinishedMoves(vocab, framework_by_name)
        # "got halfway and rolled back": a move undone
        self._reversed_moves = WordRuns(phrase_words(cue) for cue in vocab.move_reversed)
        self._reversed_steps = frozenset(vocab.reversed_steps)  # "rolled back one deploy": a step, not the move
        builds_on = {fw.id: frozenset(fw.builds_on) for fw in kb.frameworks.values()}
        addon_names = {  # "through drf": an add-on's one-word names, for what serves the app
            alias: addon_home[fw.id]
            for fw in kb.frameworks.values()
            if fw.id in addon_home
            for alias in fw.aliases
            if alias.isalpha()
        }
        self._signs = RunningSigns(vocab, framework_by_name, builds_on, addon_names)

    def result(self, msg: MessageState, norm: str, said_words: list[str]) -> ParsedQuery:
        """What the message said, settled: a framework ruled out has no other role, an add-on names its home."""
        kb = self._kb
        mentioned, targets, known, requirements = msg.mentioned, msg.targets, msg.known, msg.requirements
        retired = _settle_retired(msg)
        self._host_bans.apply(msg, said_words)
        for fw in msg.excluded:
            mentioned.pop(fw, None)
            targets.pop(fw, None)
            known.pop(fw, None)
        current = msg.current
        if current is None:  # "DRF or django-ninja?": an add-on names the framework it lives in
            current = self._addon_asked_about((*mentioned, *targets), mentioned)
        current = self._addon_home.get(current, current) if current else None  # "our drf api" runs Django
        if current is None and msg.underway and targets and all(fw in self._addon_home for fw in targets):
            # "our api already runs on drf": an add-on the app is already on lives inside its home framework
            current = self._addon_home[next(iter(targets))]
        current, covers, beside = self._libraries.settle(msg, said_words, current)
        if current is None and targets:
            # "split between bottle and flask … move it all onto flask?": a niche framework named beside a move
            # is the one being left (the sources never make it a destination)
            current = next((fw for fw in mentioned if kb.frameworks[fw].family), None)
        if current is None:  # "django + celery, 8 yrs old", "requires flask": said in passing by the sentence's shape
            current = self._signs.running(norm, {*msg.excluded, *targets, *known})
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
        moved_to = self._finished.destination(norm, current)
        if moved_to is not None and moved_to not in msg.excluded:
            # "we wrapped up porting it to quart; the boss asks about sanic": the move is over, so what it went to
            # runs now and a framework still named is a new proposal, not the rest of that move
            current = moved_to
            targets.pop(moved_to, None)
            msg.underway = msg.progress_seen = msg.clause.progress = False
        moving = msg.underway or msg.progress_seen or msg.clause.progress
        if moving and self._move_undone(words(normalize(msg.text))):  # (as typed: need words are cut from norm)
            # "got halfway and rolled back": the move ended where it began; a new try is weighed, not finished
            msg.underway = msg.progress_seen = msg.clause.progress = False
        if current is not None:
            mentioned.pop(current, None)
            if len(targets) > 1:  # "built the poc with flask, then the mvp with flask; … to django": no move to itself
                targets.pop(current, None)
        self._dashboards.settle(requirements, said_words)
        horizon, team = self._measures.read(norm, requirements, msg.topped)
        self._beginner_stakes.settle(requirements, said_words)
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
            suggestions=self._suggest(unmatched, _STRICT_NAME_DISTANCE),
            corrections=tuple(msg.corrections),
            horizon_years=horizon,
            team_size=team,
            # "we refactored it onto fastapi; the pr is already merged": progress said after the move counts too
            move_finished=moved_to is not None and current == moved_to,
            migration_underway=(msg.underway or ((msg.progress_seen or msg.clause.progress) and current is not None))
            and bool(targets),
            known=tuple(fw for fw in known if fw != current),
            negated_words=tuple(msg.negated_words),
            extension_needs=tuple(dict.fromkeys([*msg.extensions, *((fw, need) for fw, need, _ in covers)])),
            library_covers=covers,
            argued_needs=tuple(need for need in msg.argued if need not in msg.stated),
            beside=beside if beside not in msg.excluded else None,
            proposed=tuple(fw for fw in msg.proposed if fw in targets),
            retired=retired,
            # "upgrading tornado is a pain, what should it become?": ready to leave a framework the sources only
            # mention is the call to go; a ranked one still needs a stated reason to be left
            leaving=(
                msg.leaving or (msg.open_to_leave and current is not None and not self._kb.frameworks[current].ranked)
            )
            and current is not None
            and not targets,
            doubted=tuple(msg.doubted) if msg.doubt_open else (),
            asked_needs=tuple(need for need in msg.doubted if need not in msg.plain),
            asked_how=msg.asked_how and current is not None and bool(targets),
            rollback_asked=msg.rollback_asked and current is not None and bool(targets),
            described=tuple(fw for fw in self._descriptions.find(said_words) if fw not in msg.excluded),
            topped=tuple(need for need in msg.topped if need in requirements and not requirements[need].negated),
            first_ranked=tuple(
                need
                for need in msg.first_ranked
                if need in requirements and not (requirements[need].negated or requirements[need].wish)
            ),
        )

    def _addon_asked_about(self, named: tuple[str, ...], offered: Mapping[str, None]) -> str | None:
        """The first add-on named ("DRF or django-ninja?", "drop DRF and move to fastapi"), unless another
        framework is offered beside it as an option ("DRF, Flask or FastAPI?"): then it names nothing that runs."""
        addons = [fw for fw in named if fw in self._addon_home]
        homes = {self._addon_home[fw] for fw in addons}
        if addons and all(fw in self._addon_home or fw in homes for fw in offered):
            return addons[0]
        return None

    def _move_undone(self, said: list[str]) -> bool:
        """'got halfway and rolled back': a reversal cue not followed within three words by a release step ('rolled
        back one deploy' undoes a step of a move still going)."""
        for at in self._reversed_moves.openings(said):
            size = self._reversed_moves.at(said, at)
            if size and self._reversed_steps.isdisjoint(said[at + size : at + size + 3]):
                return True
        return False

    def _running_one(self, mentioned: dict[str, None], said: list[str]) -> str | None:
        """The one framework named beside a server or database tuned is what runs, unless the message weighs
        frameworks ("django vs fastapi: how many workers…", "which is better on slow queries, django?"); an owner
        word ("our flask app … what now?") still says it runs."""
        named = [fw for fw in mentioned if fw in self._kb.frameworks]
        if len(named) != 1:
            return None
        choice = self._choice_words.intersection(said)
        return (
            named[0] if not choice or (self._strong_owners.intersection(said) and not choice & self._choosing) else None
        )


def _settle_retired(msg: MessageState) -> tuple[str, ...]:
    """A framework retired is the one being left: when its work folds into another that runs ('folding billing
    into our fastapi gateway and decommissioning the flask service') it is ruled out; with nothing else running, a
    move names it the one left, and otherwise it only goes away (not ruled out for new work)."""
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
