"""The end of a message: its roles settled (a framework ruled out has no other role, an add-on names its home,
a move named after its destination leaves what runs) and the result built."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import words
from knowledge.reading import headcounts, horizons, loads, span_cues
from knowledge.reading.described import Descriptions
from knowledge.reading.incumbency import RunningSigns
from knowledge.reading.libraries import LibraryReader
from knowledge.reading.neighbours import Neighbours
from knowledge.reading.result import ParsedQuery, RequirementMention
from knowledge.reading.sizes import SizeReader
from knowledge.reading.state import MessageState

# "flask + swagger + socketio"; possessive "++": a word not followed by "+" is left at once, not backtracked through
_STACK = re.compile(r"\b([a-z]++)((?:\s*\+\s*[a-z0-9]+)+)")
_STRICT_NAME_DISTANCE = 0.34  # in free text, only near-misses ("flsk", "djang") suggest a framework

Suggest = Callable[[tuple[str, ...], float], tuple[str, ...]]  # unknown words -> framework names they resemble

_REFUSAL_REACH = 4  # "ops no longer allow wsgi-only apps": a refusal this near the interface's name denies it


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
        self._framework_by_name = framework_by_name
        self._suggest = suggest
        self._running = frozenset(req.id for req in kb.requirements.values() if req.running)
        self._fresh = frozenset(req.id for req in kb.requirements.values() if req.fresh)
        self._choosing = vocab.roles.choosing
        self._choice_words = vocab.roles.choosing | vocab.roles.asking
        self._strong_owners = frozenset(vocab.current_owners_strong)
        self._span_words = frozenset(vocab.span_words)
        self._figure_owner = loads.figure_owner(list(framework_by_name), vocab.figure_links, tuple(vocab.figure_ours))
        self._neighbours = Neighbours(vocab.neighbours)
        self._org_scope = headcounts.org_scope(vocab.org_scope_cues, vocab.org_nouns, vocab.needs.gap_stops)
        self._org_apposed = headcounts.org_apposed(vocab.org_nouns, vocab.needs.team_name_nouns)
        self._people = headcounts.people(vocab.people_nouns)
        self._short_people = headcounts.people_shorthand(vocab.shorthand, self._people)
        self._audience = headcounts.audience_words(
            vocab.audience_nouns,
            vocab.audience_lead,
            [*vocab.audience_not_after, *framework_by_name],
            vocab.needs.gap_stops,
            (vocab.audience_roles, vocab.small_audience_max),
            builders=vocab.audience_builder_lead,
            uses=(vocab.audience_use_after, vocab.audience_use_objects, vocab.audience_use_places),
            lead_adverbs=vocab.audience_lead_adverbs,
        )
        self._crowd = loads.crowd_cue(vocab)
        self._scope_by = frozenset(vocab.audience_scope_by)
        self._staff = headcounts.people(vocab.staff_audiences) if vocab.staff_audiences else None
        self._staff_need = vocab.staff_audience_need
        self._staff_marked = (
            re.compile(r"\b(?:" + "|".join(map(re.escape, vocab.staff_markers)) + r")\b")
            if vocab.staff_markers
            else None
        )
        self._role_yields_to = frozenset(vocab.audience_role_yields_to)
        self._side_by = frozenset(vocab.audience_side_by)
        self._side_unless = frozenset(vocab.audience_side_unless)
        self._small_audience = vocab.small_audience_max
        self._elapsed = span_cues.elapsed([*vocab.elapsed_cues, *vocab.ran_for_cues])
        self._tenure = span_cues.tenure([*vocab.tenure_after, *framework_by_name])
        self._past = span_cues.past(vocab.past_after, vocab.overrun_after, vocab.overrun_ends)
        # a deadline ("we have 3 weeks") and a task's length ("onboarding takes a month") alike are not a lifetime
        # (nor is time gone by, "in the last two months", nor a process's stretch, "a two-week comment period")
        self._budget = span_cues.budget([*vocab.budget_before, *vocab.task_length_before, *vocab.gone_by_before])
        self._budget_after = span_cues.budget_after([*vocab.budget_after, *vocab.stretch_after])
        self._schedule = span_cues.budget(vocab.schedule_before)  # build time only below the lifetime floor
        self._kept_in = span_cues.still_kept(vocab.still_kept_before)
        audience_nouns = set(vocab.audience_nouns)
        builders = [noun for noun in vocab.people_nouns if noun not in audience_nouns]
        self._staffed = span_cues.staffed([*builders, *vocab.staffing_nouns], vocab.staffing_links)
        self._staffed_floor = vocab.long_horizon_min_years
        self._staffed_end = span_cues.staffing_ended(vocab.staffing_ends)
        self._point = span_cues.point(vocab.point_before)  # "after 8 months": a date, a life only if said to be
        self._point_life = span_cues.staffing_ended([*vocab.point_lifespan, *vocab.staffing_ends])
        self._sizes = SizeReader(vocab.code_size, list(framework_by_name))
        self._descriptions = Descriptions(kb)
        builds_on = {fw.id: frozenset(fw.builds_on) for fw in kb.frameworks.values()}
        addon_names = {  # "through drf": an add-on's one-word names, for what serves the app
            alias: addon_home[fw.id]
            for fw in kb.frameworks.values()
            if fw.id in addon_home
            for alias in fw.aliases
            if alias.isalpha()
        }
        self._signs = RunningSigns(vocab, framework_by_name, builds_on, addon_names)
        # interface word -> frameworks served on that interface alone ("uvicorn" -> FastAPI, Starlette, ...)
        self._served_only: dict[str, tuple[str, ...]] = {
            word: tuple(
                fw.id for fw in kb.frameworks.values() if fw.served_on is not None and fw.served_on.kinds == [kind]
            )
            for kind, named in vocab.server_interfaces.items()
            for word in named
        }
        # one-word interface names -> their kind, and the words that make one the only kind served
        self._interface_kind = {
            word: kind for kind, named in vocab.server_interfaces.items() for word in named if " " not in word
        }
        self._interface_only = frozenset(vocab.interface_only)
        self._interface_scoped = frozenset(vocab.interface_scoped)
        self._refusals = frozenset(cue for cue in vocab.negation_before if " " not in cue)
        self._dependency_words = frozenset(vocab.dependency_words)
        self._built_on_libraries = {
            fw.id: frozenset(fw.core_libraries.names) for fw in kb.frameworks.values() if fw.core_libraries
        }

    def _only_interface(self, msg: MessageState, said: list[str]) -> None:
        """'the host is mod_wsgi only', 'it only runs uvicorn': the one interface the app may be served on, so the
        frameworks served on none of its kind are ruled out (what runs stays: it runs there already)."""
        for at, word in enumerate(said):
            kind = self._interface_kind.get(word)
            if kind is None:
                continue
            only_after = said[at + 1 : at + 2] and said[at + 1] in self._interface_only
            if not (only_after or self._interface_only.intersection(said[max(0, at - 2) : at])):
                continue
            tail = said[at + 2 : at + 3] if only_after else said[at + 1 : at + 2]
            if tail and tail[0] in self._interface_scoped:
                continue  # "we only use uvicorn locally", "uvicorn only in dev": the 'only' bounds a use, not the host
            if word in msg.negated_words or self._refusals.intersection(said[max(0, at - _REFUSAL_REACH) : at]):
                continue  # "does not permit wsgi-only apps", "no longer allow …": the restriction is itself refused
            for fw in self._kb.frameworks.values():
                if fw.served_on is not None and kind not in fw.served_on.kinds and fw.id != msg.current:
                    msg.excluded[fw.id] = None

    def _ban_libraries(self, msg: MessageState, said: list[str]) -> None:
        """'pydantic is banned', 'no starlette in the image': a library a framework is built on, denied by name
        (as a need's words, or as a framework ruled out in words about what gets installed: 'starlette is too low
        level' rules out using it bare, not FastAPI), rules out the frameworks that cannot run without it; the
        toolkit left under them, itself allowed, is then the one in question (003 "FAQ": Starlette is what FastAPI
        is built on). A framework the message names keeps the role its own words give it."""
        named = {*msg.mentioned, *msg.targets, *msg.known}
        denied = {word for m in msg.requirements.values() if m.negated for word in words(m.text)}
        if self._dependency_words.isdisjoint(said):  # "not bare starlette": a framework's name alone bans no package
            denied -= self._framework_by_name.keys()
        else:
            denied.update(alias for fw in msg.excluded for alias in self._kb.frameworks[fw].aliases)
        for fw, libraries in self._built_on_libraries.items():
            if fw not in named and fw != msg.current and not denied.isdisjoint(libraries):
                msg.excluded[fw] = None
                for base in self._kb.frameworks[fw].builds_on:
                    if base not in msg.excluded and denied.isdisjoint(self._kb.frameworks[base].aliases):
                        msg.mentioned.setdefault(base, None)

    def _ban_interfaces(self, msg: MessageState) -> None:
        """'security won't approve anything asgi', 'no uvicorn allowed': a server interface denied by name is a
        ban on where the app may run, so the frameworks served on nothing else are ruled out (a framework the
        message names keeps the role its own words give it)."""
        named = {*msg.mentioned, *msg.targets, *msg.known}
        for mention in msg.requirements.values():
            if not mention.negated:
                continue
            for word in mention.text.split(", "):
                for fw in self._served_only.get(word.lower(), ()):
                    if fw not in named and fw != msg.current:
                        msg.excluded[fw] = None

    def _staff_tool(self, audience: tuple[int, str], requirements: dict[str, RequirementMention]) -> set[str]:
        """The in-house tool a staff audience implies ('our 12 support agents'), added unless said either way."""
        need = self._staff_need
        if need is None or need in requirements:
            return set()
        marked = self._staff_marked is not None and self._staff_marked.search(audience[1]) is not None
        if not marked and (self._staff is None or next(self._staff.finditer(audience[1]), None) is None):
            return set()
        requirements[need] = RequirementMention(need, self._kb.requirements[need].label, False, audience[1])
        return {need}

    def add_stack_extensions(self, msg: MessageState, norm: str) -> None:
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

    def result(self, msg: MessageState, norm: str, said_words: list[str]) -> ParsedQuery:
        """What the message said, settled: a framework ruled out has no other role, an add-on names its home."""
        kb = self._kb
        mentioned, targets, known, requirements = msg.mentioned, msg.targets, msg.known, msg.requirements
        retired = _settle_retired(msg)
        self._only_interface(msg, said_words)
        self._ban_interfaces(msg)
        self._ban_libraries(msg, said_words)
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
        if current is not None:
            mentioned.pop(current, None)
            if len(targets) > 1:  # "built the poc with flask, then the mvp with flask; … to django": no move to itself
                targets.pop(current, None)
        own = self._neighbours.own_text(norm)  # sizes, ages and head counts of a system beside ours are not ours
        for req_id in self._neighbours.scoped & requirements.keys():
            if not requirements[req_id].negated and self._neighbours.only_beside(requirements[req_id].text, norm, own):
                del requirements[req_id]
        horizon, team = (
            horizons.horizon_years(
                own,
                self._span_words,
                self._elapsed,
                self._tenure,
                self._past,
                budget=self._budget,
                budget_after=self._budget_after,
                schedule=self._schedule,
                kept_in=self._kept_in,
                staffed=self._staffed,
                staffed_floor=self._staffed_floor,
                staffed_end=self._staffed_end,
                point=self._point,
                point_life=self._point_life,
            ),
            headcounts.team_size(
                own, self._people, self._org_scope, self._short_people, self._audience, apposed=self._org_apposed
            ),
        )
        audience = headcounts.audience_size(norm, self._audience, self._people, self._crowd)
        said_needs = {m.id for m in requirements.values() if not m.negated}
        if (
            audience is not None
            and headcounts.role_only(audience, self._audience)
            and said_needs & self._role_yields_to
        ):
            audience = None  # "the editors of our news site": the readers are served too, the role only asked
        if audience is not None:  # "for our 12 support agents": staff working our records, an in-house tool
            said_needs |= self._staff_tool(audience, requirements)
        scope_said = bool(self._scope_by & said_needs)
        counted = loads.needs_from_numbers(
            own, horizon, team, kb.vocabulary, audience, scope_said=scope_said, figure_owner=self._figure_owner
        )
        counted += self._sizes.needs(own)
        measured = {found_id for found_id, _ in counted}
        for found_id, surface in counted:
            req_id = found_id.removeprefix("no-")
            loose = requirements.get(req_id)
            if found_id != req_id and req_id not in measured and loose is not None and loose.via and not loose.negated:
                # "~5 events/sec, peak season might triple that": a rate measured low (grown as said) outweighs
                # a loose word for load ("peak season"), which only implies it
                del requirements[req_id]
            if found_id == req_id and req_id in kb.requirements:
                # "the 2 people who build it leave, someone else takes it over": a team counted small outweighs a
                # large team only implied by a wording's concept (a handover), as a rate measured does above
                for other in kb.requirements[req_id].contradicts:
                    implied = requirements.get(other)
                    if implied is not None and implied.via and not implied.negated and other not in measured:
                        del requirements[other]
            said_loosely = req_id in requirements and requirements[req_id].weak and found_id == req_id
            if req_id in kb.requirements and (req_id not in requirements or said_loosely):
                # "about a dozen endpoints": counted, the loose word ("endpoints") is said firmly
                label = kb.requirements[req_id].label
                requirements[req_id] = RequirementMention(req_id, label, found_id != req_id, surface, counted=True)
        self._side_part(audience, requirements, msg.topped)
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
            described=tuple(fw for fw in self._descriptions.find(said_words) if fw not in msg.excluded),
            topped=tuple(need for need in msg.topped if need in requirements and not requirements[need].negated),
            first_ranked=tuple(
                need
                for need in msg.first_ranked
                if need in requirements and not (requirements[need].negated or requirements[need].wish)
            ),
        )

    def _side_part(
        self, audience: tuple[int, str] | None, requirements: dict[str, RequirementMention], topped: Mapping[str, None]
    ) -> None:
        """'5k devices post every second; plus an admin for 3 support staff': beside a load others bring, the
        handful counted use a side part, so what that part holds (an admin, CRUD screens) leans like a wish.
        A part the asker ranks first, or gives rules of its own (roles, an audit trail), is no side part; a need
        others are served by (a content site, a shop) is never the handful's."""
        if audience is None or audience[0] > self._small_audience or headcounts.role_only(audience, self._audience):
            return
        firm = {need for need, m in requirements.items() if not m.negated and not m.wish}
        if firm.isdisjoint(self._side_by) or not firm.isdisjoint(self._side_unless):
            return
        for need in self._scope_by - self._role_yields_to - topped.keys():
            mention = requirements.get(need)
            if mention is not None and not mention.negated:
                requirements[need] = dataclasses.replace(mention, wish=True)

    def _addon_asked_about(self, named: tuple[str, ...], offered: Mapping[str, None]) -> str | None:
        """The first add-on named ("DRF or django-ninja?", "drop DRF and move to fastapi"), unless another
        framework is offered beside it as an option ("DRF, Flask or FastAPI?"): then it names nothing that runs."""
        addons = [fw for fw in named if fw in self._addon_home]
        homes = {self._addon_home[fw] for fw in addons}
        if addons and all(fw in self._addon_home or fw in homes for fw in offered):
            return addons[0]
        return None

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
