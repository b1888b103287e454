"""A framework's role in a message: what runs today (current), where it would go (target), what the team
knows, what is ruled out (excluded), or a package of a framework ("flask-smorest") rather than a move.

The cues in the clause state say most of it; the words around the name say the rest ("our flask app",
"the portal is django", "ditch django for fastapi")."""

from __future__ import annotations

import re

from knowledge.base.models import Vocabulary
from knowledge.reading.phrases import Match, phrase_words
from knowledge.reading.scope import CUE_REACH, near
from knowledge.reading.state import ClauseState, MessageState

_VERSION = re.compile(r"\d{1,2}")  # "django 4", "flask 2" (a "4.2" is split at the dot)
# Where to build ("a new service"), offered as an option beside frameworks, is a choice asked about, not a fact;
# a quality offered the same way ("bare starlette or fastapi") still tells what matters.
OPTION_NEEDS = frozenset({"greenfield"})
OPTION_GAP = 3  # "drf or a separate new service": "or" and a word or two between the options
_DESCRIBED_REACH = 5  # "is a tiny single purpose fastapi service": the "is a" may sit a few words back
_ARTIFACT_LEAD = 3  # "hr app on flask": the artifact opens the clause (a few words in at most)
# "flask-smorest", "flask-mail": a framework's package, hyphen-joined; it names the framework's stack, not a move
PACKAGE = re.compile(r"\b([a-z]++)-([a-z][a-z0-9]*)")  # possessive: a word without "-" is passed at once
_QUOTES = ('"', "\u201c", "\u201d")  # quoted words are someone else's
_LIST_REACH = 3  # "flask, sqlalchemy and celery pros": a list of a few tools before the people word
_LIST_ITEMS = frozenset({"framework", "library", "requirement", "concept"})  # what a list of tools may hold
_DESCRIBING = frozenset({"requirement", "concept", "weak"})  # a need's words may describe a thing of ours
TITLE_WORDS = 3  # "screenly ose (django): …": a project's name opening the message is a few words


class FrameworkRoles:
    """Decides the role of each framework named; built once per knowledge base with its owner and artifact words."""

    def __init__(self, vocab: Vocabulary, framework_by_name: dict[str, str]) -> None:
        def words_of(phrase: str) -> tuple[str, ...]:
            return phrase_words(phrase, vocab.rewrites)

        self._framework_by_name = framework_by_name
        self._strong_owners = frozenset(word for o in vocab.current_owners_strong for word in words_of(o))
        self._owners = frozenset(word for owner in vocab.current_owners for word in words_of(owner))
        self._task_openers = frozenset(vocab.task_openers)
        self._artifact_words = frozenset(a for a in vocab.current_artifacts if " " not in a)
        self._first_person, self._auxiliaries = vocab.scope.first_person, vocab.scope.auxiliaries
        self._cues, self._moves = vocab.roles, vocab.moves  # word sets, read once when the vocabulary loads

    def opens_task(self, text: str, raw: list[str]) -> bool:
        """A clause opened by a move verb said done reports a move made; opened by one in a message that asks
        nothing, it states a task decided. A gerund
        ("converting the web layer from quart to fastapi") reports the work; a bare verb must govern a thing of
        ours or a source ("migrate the flask app to django", "migrate from flask to django"): one that names
        frameworks alone ("replace flask with fastapi") or sits in quotes ('cto: "rewrite in fastapi"') is a
        slogan or someone's pitch."""
        if not raw or raw[0] not in self._task_openers:
            return False
        governs = len(raw) > 1 and raw[1] in self._moves.task_objects  # not "(flask underneath) moved to fastapi"
        if raw[0].endswith("ed") or raw[0] == "rewrote":
            return governs  # "migrated from fastapi to litestar in one pr. keep going?": done, whatever is asked
        if "?" in text:
            return False
        if raw[0].endswith("ing"):
            return True
        quoted = any(q in text for q in _QUOTES)
        return not quoted and governs

    def appraised(self, raw: list[str], match: Match, before: dict[str, str]) -> bool:
        """'quart's docs look incomplete', 'django's admin is clunky': a need's word owned by a framework (a
        possessive right before it) and judged right after it is said of that framework, not asked for."""
        if "framework" not in before or match.end >= len(raw):
            return False
        owner = raw[match.start - 1]
        return owner.endswith("s") and owner[:-1] in self._framework_by_name and raw[match.end] in self._cues.appraisal

    def judged(self, raw: list[str], match: Match) -> bool:
        """'starlette seems more stable than quart', 'quart looks less mature': a framework said to have a quality
        (a verb of seeming and words of degree between) is appraised; the quality is not a need asked for."""
        at = match.start - 1
        while at >= 0 and raw[at] in self._cues.degree:
            at -= 1
        if at == match.start - 1 or at < 1 or raw[at] not in self._cues.appraisal:
            return False
        return raw[at - 1] in self._framework_by_name

    def caller(self, raw: list[str], match: Match) -> bool:
        """'needs to be called from our checkout service', 'used by the billing app': a need named as the system
        that calls this one describes the caller, not what is being built."""
        if match.end >= len(raw) or raw[match.end] not in self._artifact_words:
            return False
        lead = [w for w in raw[max(0, match.start - 3) : match.start] if w not in self._owners]
        return len(lead) >= 2 and (lead[-2], lead[-1]) in self._cues.called_by

    def related(self, raw: list[str], match: Match) -> bool:
        """'graphene-django no longer works with django 4', 'the sdk doesnt support flasks async views': the
        framework is the object of a relation denied of something else, so the negation is not about it. Said of
        ourselves ('we no longer work with django') it still rules the framework out."""
        at = match.start
        while at > 0 and raw[at - 1] in self._owners:  # "works with the django orm"
            at -= 1
        before = tuple(raw[:at])
        return not self._first_person.intersection(raw[:1]) and any(
            before[len(before) - len(cue) :] == cue for cue in self._cues.relations if len(cue) <= len(before)
        )

    def _on_artifact(self, raw: list[str], matches: list[Match], pos: int) -> bool:
        """'hr app on flask', 'our billing service on django': a thing of ours that opens the clause, said to sit on
        a framework, is what runs today ('a new app on flask' is still to be built)."""
        if pos == 0 or raw[matches[pos - 1].end : matches[pos].start] != ["on"]:
            return False
        thing = matches[pos - 1]
        return (
            raw[thing.end - 1] in self._artifact_words  # "hr app" (a concept) ends on an artifact noun too
            and thing.start <= _ARTIFACT_LEAD
            and not self._cues.fresh.union({"a", "an"}).intersection(raw[: thing.start])
        )

    def _said_to_be(self, raw: list[str], start: int, end: int, follows: dict[str, str]) -> bool:
        """'our course tool is django', 'the services are flask apps', 'this one is a tiny fastapi service': a
        thing of ours said to be a framework (the framework ends the clause, or an artifact noun follows it)
        names what runs today."""
        for k in range(1, _DESCRIBED_REACH + 1):
            at = start - k
            if at < 0 or raw[at] not in self._cues.is_verbs or self._cues.asking.intersection(raw[:at]):
                continue
            if k == 1:  # "the portal is django", "… is flask with flask-mail"
                return (
                    end == len(raw)
                    or ("artifact" in follows and end + 1 == len(raw))
                    or raw[end] in self._cues.is_joiners
                )
            return raw[at + 1] in {"a", "an"} and "artifact" in follows  # "is a small single purpose flask app"
        return False

    def read(
        self,
        msg: MessageState,
        state: ClauseState,
        raw: list[str],
        matches: list[Match],
        pos: int,
        *,
        covered: set[int],
        fw: str,
        gap: list[str],
        after: int,
    ) -> None:
        """The framework `fw` named by `matches[pos]`, `gap` the words since the match before it (which ends at
        `after`): record it under its role."""
        match = matches[pos]
        if self._package(msg, state, raw, covered, match, fw=fw):
            return
        state.named.append(fw)
        if (
            gap[-1:] == ["or"]
            and len(gap) <= OPTION_GAP
            and state.found
            and state.found[-1].text == matches[pos - 1].surface
            and state.found[-1].id in OPTION_NEEDS
        ):
            mention = state.found.pop()  # "a new service or drf?": a place to build offered, not a stated need
            if msg.requirements.get(mention.id) is mention:
                del msg.requirements[mention.id]
        if self._swapped(msg, state, raw, matches, pos, fw=fw, gap=gap):
            return
        if pos and "current" in dict(matches[pos - 1].tags) and gap and set(gap) in self._moves.swap_gaps:
            # "the flask app we want to leave for fastapi": the one left was said before; this is where it goes
            msg.targets[fw] = None
            state.targeted, state.current_cue = True, -1
            return
        follower = matches[pos + 1] if pos + 1 < len(matches) else None
        follows = dict(follower.tags) if follower and follower.start - match.end <= 2 else {}
        beyond = matches[pos + 2] if "artifact" in follows and pos + 2 < len(matches) else None
        if "retire_after" in follows or (
            beyond and follower and beyond.start - follower.end <= 2 and "retire_after" in dict(beyond.tags)
        ):
            follows = {**follows, "exclude_after": "retired", "retired": ""}  # "the django app is being retired"
        if state.excluded_fw_end == after and set(gap) - self._cues.list_gap:
            # "drop fastapi and thinly wrap starlette": past a ruled-out framework, a word other
            # than a list joiner starts a new action; the next framework is not in the list
            state.negating, state.excluding = False, -1
        if (
            near(state.current_cue, match.start)
            and follower is not None
            and follower.start == match.end
            and follower.surface == "out"
            and raw[follower.end : follower.end + 1] in (["for"], ["with"])
        ):
            # "swapping flask out for django": the first runs today, the one after "for" is the target
            msg.current, state.current_cue, state.target_cue = fw, -1, follower.end + 1
            return
        self._assign(msg, state, raw, matches, pos, fw=fw, follows=follows)

    def _package(
        self, msg: MessageState, state: ClauseState, raw: list[str], covered: set[int], match: Match, *, fw: str
    ) -> bool:
        """'migrating the docs to flask-smorest': a package of the framework, not a move or a need."""
        if not (
            match.end < len(raw)
            and (fw, raw[match.end]) in msg.packages
            and match.end not in covered  # "flask-socketio" names a need: read as the framework's own
            and raw[match.end] not in self._cues.likeness  # "a flask-like api" is a likeness, not a package
        ):
            return False
        if near(state.target_cue, match.start):  # "moving the docs to flask-smorest"
            msg.package_of = fw  # a move within the framework's own packages: it is what runs
            msg.current = msg.current or fw
        msg.mentioned[fw] = None
        return True

    def _swapped(
        self,
        msg: MessageState,
        state: ClauseState,
        raw: list[str],
        matches: list[Match],
        pos: int,
        *,
        fw: str,
        gap: list[str],
    ) -> bool:
        """'ditch django for fastapi', 'replace flask with django', 'i'd drop fastapi for bare starlette': one
        framework traded for another."""
        match = matches[pos]
        earlier_fw = dict(matches[pos - 1].tags).get("framework") if pos else None
        back = pos - 1
        while (  # "replace the flask api app with a django one": the first framework's thing between
            earlier_fw is None
            and back >= 1
            and "artifact" in dict(matches[back].tags)
            and matches[back - 1].end == matches[back].start
        ):
            back -= 1
            earlier_fw = dict(matches[back].tags).get("framework")
        swap_gap = gap[1:] if gap[:1] and gap[0] in self._moves.framework_words else gap  # "flask framework with"
        if (
            earlier_fw
            and earlier_fw != fw
            and set(swap_gap) in self._moves.swap_gaps
            and len(swap_gap) <= 2
            and (
                earlier_fw in msg.excluded
                or earlier_fw == msg.current
                or (state.progress and earlier_fw in msg.mentioned)
            )
        ):
            # the first is what runs, the second where it would go
            msg.excluded.pop(earlier_fw, None)
            msg.mentioned.pop(earlier_fw, None)
            msg.current, state.negating, state.excluding = earlier_fw, False, -1
            msg.targets[fw] = None
            state.targeted = True
            msg.underway = msg.underway or state.progress or msg.progress_seen
            return True
        if (
            pos
            and matches[pos - 1].surface in self._moves.swap_verbs
            and match.start - matches[pos - 1].end <= 1
            and raw[match.end : match.end + 1] in (["for"], ["with"])
        ):
            # "i'd drop fastapi for bare starlette": what would be left is what runs, not a need ruled out
            msg.current, state.negating, state.excluding = fw, False, -1
            return True
        return False

    def _assign(
        self,
        msg: MessageState,
        state: ClauseState,
        raw: list[str],
        matches: list[Match],
        pos: int,
        *,
        fw: str,
        follows: dict[str, str],
    ) -> None:
        """The role the cues in force and the words around the name give it; the first that fits wins."""
        match = matches[pos]
        owned = bool(self._strong_owners.intersection(raw[max(0, match.start - 2) : match.start]))
        if fw == msg.current and (
            (raw[match.start - 1 : match.start] and raw[match.start - 1] in self._cues.through)
            or (near(state.excluding, match.start) and "exclude_after" not in follows)
        ):
            # "streaming works locally but not through fastapi": where a symptom shows, not ruled out;
            # "runs on fastapi … thinking of dropping fastapi": leaving what runs is the move asked about
            state.negating, state.excluding = False, -1
        elif (near(state.excluding, match.start) or state.negating) and self.related(raw, match):
            # "x doesnt work with django": x fails, django is not ruled out; the denial ends at its object
            msg.mentioned[fw] = None
            state.negating, state.excluding = False, -1
        elif near(state.excluding, match.start) or state.negating or "exclude_after" in follows:
            msg.excluded[fw] = None
            if "retired" in follows or (near(state.retiring, match.start) and state.retiring == state.excluding):
                msg.retired[fw] = None
            if "exclude_after" in follows:  # "flask and django are both out": the list before it goes too
                for listed in self._listed_before(raw, matches, pos):
                    msg.excluded[listed] = None
                    msg.mentioned.pop(listed, None)
                    msg.current = None if msg.current == listed else msg.current
            state.excluding = match.end  # "except django and flask" excludes both
            state.excluded_fw_end = match.end
            msg.carry_exclusion = pos == len(matches) - 1
        elif (
            near(state.knows_cue, match.start)
            or "knows_after" in follows
            or self._listed_people(raw, matches, pos)
            or (  # "every client is django": a habit of the team's, not this codebase
                self._said_to_be(raw, match.start, match.end, follows)
                and self._cues.habit.intersection(raw[max(0, match.start - 4) : match.start])
            )
            or (  # "the rest of the company is a django shop": the organisation's habit, not this code
                ("current_after" in follows or self._said_to_be(raw, match.start, match.end, follows))
                and self._cues.organisation.intersection(raw[max(0, match.start - _DESCRIBED_REACH) : match.start])
            )
        ):
            msg.known[fw] = None
        elif self._replaced_with(state, raw, match.start):
            # "replacing plugit (a name we do not know) with django": the framework after "with" is where it goes
            # "im replacing it with fastapi": the asker reports the move they are making
            msg.underway = msg.underway or self._said_by_asker(raw, state.current_cue - 1)
            msg.targets[fw] = None
            state.targeted, state.current_cue = True, -1
        elif (  # "to move our flask api to …"; "time to pull it off flask": the nearer cue decides
            (near(state.target_cue, match.start) or self._example_of_target(state, raw, match.start))
            and not owned
            and state.current_cue <= state.target_cue
        ) or (
            msg.current not in (None, fw)
            and ("target_after" in follows or self._fresh_said_to_be(raw, match.start, match.end, follows))
        ):
            # "runs on bottle; a django migration is underway": past what runs, a move named after its
            # destination ("a sanic migration" with nothing said to run may be the move away from it)
            msg.targets[fw] = None
            state.targeted = True
            # "halfway thru the project i'm itching to jump to fastapi": a move only longed for
            tempted = bool(self._moves.tempted.intersection(raw[max(0, match.start - CUE_REACH - 2) : match.start]))
            msg.underway = msg.underway or ((state.progress or msg.progress_seen) and not tempted)
        elif self._runs(msg, state, raw, matches, pos, follows=follows):
            if "target_after" in follows:  # "flask migration, phase 3: … the web.py code": settled at the end
                msg.named_moves[fw] = None
            msg.current = fw
            state.current_cue = -1  # "replacing flask with fastapi": the cue names one framework
        else:
            if "target_after" in follows:
                msg.named_moves[fw] = None
            msg.mentioned[fw] = None

    def _example_of_target(self, state: ClauseState, raw: list[str], start: int) -> bool:
        """'moving to a standard framework such as django': the framework given as an example of the destination."""
        lead = tuple(raw[:start])
        return state.target_cue >= 0 and any(lead[len(lead) - len(ex) :] == ex for ex in self._moves.examples)

    def _fresh_said_to_be(self, raw: list[str], start: int, end: int, follows: dict[str, str]) -> bool:
        """'the new backend is django' (with another framework said to run): the fresh thing is where it goes."""
        lead = raw[max(0, start - _DESCRIBED_REACH) : start]
        return bool(self._cues.fresh.intersection(lead)) and self._said_to_be(raw, start, end, follows)

    def _replaced_with(self, state: ClauseState, raw: list[str], start: int) -> bool:
        """'replacing plugit with django': a replace verb's object, then 'with' or 'by' before the framework."""
        cue = state.current_cue
        return (
            near(cue, start)
            and cue > 0
            and raw[cue - 1] in self._moves.swap_verbs
            and bool({"with", "by"}.intersection(raw[cue + 1 : start]))
        )

    def _said_by_asker(self, raw: list[str], verb: int) -> bool:
        """'im replacing', 'we are now replacing': the first person (past auxiliaries) before the verb at `verb`."""
        for word in reversed(raw[:verb]):
            if word in self._first_person:
                return True
            if word not in self._auxiliaries:
                return False
        return False

    def _listed_people(self, raw: list[str], matches: list[Match], pos: int) -> bool:
        """'two flask/sqlalchemy pros', 'django and celery people': a list of tools ending in a word for the people
        who know them."""
        for _ in range(_LIST_REACH):
            if pos + 1 >= len(matches):
                return False
            between = raw[matches[pos].end : matches[pos + 1].start]
            tags = dict(matches[pos + 1].tags)
            if "knows_after" in tags and len(between) <= 1:
                return True
            if not between or not set(between) <= self._cues.list_gap or not _LIST_ITEMS.intersection(tags):
                return False
            pos += 1
        return False

    def _names_a_thing(self, raw: list[str], matches: list[Match], pos: int) -> bool:
        """What follows the framework ends on a thing's noun: 'flask app', 'flask recipe site'."""
        follower = matches[pos + 1] if pos + 1 < len(matches) else None
        return bool(
            follower and follower.start - matches[pos].end <= 1 and raw[follower.end - 1] in self._artifact_words
        )

    def _owned_across(self, raw: list[str], matches: list[Match], pos: int) -> bool:
        """'my little self-hosted flask recipe site': a strong owner word a few describing words before the
        framework (words of no cue, or a need's words) owns it; 'a' or a fresh thing's word in between does not."""
        cues_end = max((m.end for m in matches[:pos] if not _DESCRIBING.intersection(dict(m.tags))), default=0)
        for at in range(matches[pos].start - 1, max(cues_end, matches[pos].start - _DESCRIBED_REACH) - 1, -1):
            if raw[at] in self._strong_owners:
                return True
            if raw[at] in {"a", "an"} or raw[at] in self._cues.fresh:
                return False
        return False

    def _listed_before(self, raw: list[str], matches: list[Match], pos: int) -> list[str]:
        """The frameworks listed right before `matches[pos]` ('flask, quart and django'): only list words
        between them."""
        listed: list[str] = []
        while pos > 0:
            earlier = dict(matches[pos - 1].tags).get("framework")
            between = raw[matches[pos - 1].end : matches[pos].start]
            if earlier is None or not between or not set(between) <= self._cues.list_gap:
                break
            listed.append(earlier)
            pos -= 1
        return listed

    def _runs(
        self,
        msg: MessageState,
        state: ClauseState,
        raw: list[str],
        matches: list[Match],
        pos: int,
        *,
        follows: dict[str, str],
    ) -> bool:
        """The framework is what the team runs today, unless a fresh thing is being built on it ("a new flask
        app")."""
        match = matches[pos]
        previous_raw = msg.previous_raw
        return bool(
            (
                near(state.current_cue, match.start)
                or "current_after" in follows
                or (  # "our flask app", or a clause that opens with "django app …"
                    "artifact" in follows
                    and (match.start == 0 or self._owners.intersection(raw[max(0, match.start - 3) : match.start]))
                )
                or (self._names_a_thing(raw, matches, pos) and self._owned_across(raw, matches, pos))
                or self._strong_owners.intersection(raw[max(0, match.start - 2) : match.start])
                or _VERSION.fullmatch(raw[match.end] if match.end < len(raw) else "")  # "django 3 app"
                or self._said_to_be(raw, match.start, match.end, follows)  # "the portal is django;"
                # "we are migrating flask to django": in a move under way, the framework before "to"
                or (state.progress and raw[match.end : match.end + 1] in (["to"], ["onto"], ["into"]))
                or self._on_artifact(raw, matches, pos)  # "hr app on flask"
                or (  # "charts server (flask): …": a framework alone in brackets after the thing
                    match.start == 0
                    and match.end == len(raw)
                    and previous_raw[-1:]
                    and (  # "tworavens (django): …": or after the name that opens the message
                        previous_raw[-1] in self._artifact_words or msg.previous_is_title
                    )
                    and not self._cues.fresh.intersection(previous_raw)
                    and not self._cues.choosing.intersection(previous_raw)  # "decide on one for the api: flask, …"
                )
            )
            and not self._cues.fresh.intersection(raw[max(0, match.start - 2) : match.start])
        )
