"""Free text -> requirements: what is needed, what is ruled out, what the team runs today."""

from __future__ import annotations

import dataclasses
import re

from knowledge.base.kb import KnowledgeBase
from knowledge.reading import numbers
from knowledge.reading.phrases import Match, PhraseIndex, clauses, normalize, phrase_words, words
from knowledge.reading.result import ParsedQuery, RequirementMention
from knowledge.reading.state import ClauseState

__all__ = ["ParsedQuery", "RequirementMention", "RequirementParser"]  # the result types live in result.py

_VERSION = re.compile(r"\d{1,2}")  # "django 4", "flask 2" (a "4.2" is split at the dot)
_FRESH = frozenset({"new", "fresh", "greenfield", "another", "separate", "second"})
_PEOPLE = frozenset({"team", "teams", "folks", "people", "engineers", "developers", "person", "persons"})
_MODALS = frozenset({"should", "shall", "could", "would", "can", "might", "may", "must", "if"})
_SCOPE_ENDERS = frozenset({"and", "but", "then", "so", "because", "we", "i", "they", "it"})
_SCOPE_KEEPERS = frozenset({"or", "nor", "and"})
_CONTRASTS = frozenset({"but", "however", "although", "though", "whereas"})  # a pitch answered back
# Where to build ("a new service"), offered as an option beside frameworks, is a choice asked about, not a fact;
# a quality offered the same way ("bare starlette or fastapi") still tells what matters.
_OPTION_NEEDS = frozenset({"greenfield"})
_LARGE_TEAM = "large-team"  # a head count said to be the whole organisation's ("org-wide") is not the team's
_OPTION_GAP = 3  # "drf or a separate new service": "or" and a word or two between the options
_DESCRIBED_REACH = 5  # "is a tiny single purpose fastapi service": the "is a" may sit a few words back
_IS = frozenset({"is", "are"})  # "the portal is django": said to be what runs
_TEAM_NOUNS = frozenset({"team", "teams", "squad", "squads", "guys", "folks", "people", "group"})
_LIST_GAP = frozenset({"and", "or", "nor", "also", "either", "neither", "the", "a", "plain", "bare", "even", "too"})
_CALLED_BY = frozenset(
    {("called", "from"), ("called", "by"), ("used", "by"), ("consumed", "by"), ("invoked", "by"), ("calls", "from")}
)  # "called from our checkout service": the caller
_ORGANISATION = frozenset({"company", "companys", "org", "orgs", "organisation", "organization", "firm", "corporate"})
_IS_JOINERS = frozenset({"with", "plus"})  # "is flask with flask-mail": the framework's stack follows
_ON = frozenset({"on"})  # "hr app on flask": a thing of ours on a framework
_ARTIFACT_LEAD = 3  # "hr app on flask": the artifact opens the clause (a few words in at most)
# "flask-smorest", "flask-mail": a framework's package, hyphen-joined; it names the framework's stack, not a move
_LIKENESS = frozenset(
    {"like", "style", "based", "ish", "esque", "compatible", "flavored", "powered", "first", "shaped"}
)  # "a flask-like api": a likeness, not a package
_PACKAGE = re.compile(r"\b([a-z]+)-([a-z][a-z0-9]*)")
_SWAP_GAPS = ({"for"}, {"with"}, {"for", "a"}, {"with", "a"}, {"for", "plain"}, {"with", "plain"})  # "X for Y"
_FRAMEWORK_WORDS = frozenset({"framework", "frameworks"})  # "the flask api framework with fastapi"
_QUOTES = ('"', "\u201c", "\u201d")  # quoted words are someone else's
_TASK_OBJECTS = frozenset({"the", "our", "my", "this", "from", "off", "all", "everything", "it"})  # "migrate the …"
_TITLE_WORDS = 3  # "screenly ose (django): …": a project's name opening the message is a few words
_APPRAISAL = frozenset({"look", "looks", "looked", "seem", "seems", "seemed", "feel", "feels", "felt", "is", "are"})
# "used it to remind myself about django", "to tell them about flask": an infinitive with a person or a topic
_TOPIC_WORDS = frozenset({"myself", "ourselves", "yourself", "themselves", "me", "them", "him", "her", "about"})
_THROUGH = frozenset({"through", "via", "behind", "under"})  # "not through fastapi": the path a request takes
_TEMPTED = frozenset({"itching", "tempted", "tempting", "tempts", "longing", "dying", "considering", "wanna"})
_SWAP_VERBS = frozenset({"drop", "ditch", "dump", "scrap", "abandon", "replace", "swap", "trade"})  # "drop X for Y"
_STACK = re.compile(r"\b([a-z]+)((?:\s*\+\s*[a-z0-9]+)+)")  # "flask + swagger + socketio"
_FIRST_PERSON = frozenset({"i", "we", "im", "ive", "id", "weve", "wed", "me", "us"})  # the one asking
_HABIT = frozenset({"every", "all", "each", "everything", "most", "always", "usually"})
_ASKING = frozenset({"what", "who", "pick", "choice", "answer", "winner", "best", "better", "option", "should"})
_FUZZY_SEARCHES_PER_MESSAGE = 96  # new unknown words typo-searched per message (a paste has hundreds)
_MAX_WORDINGS = 6  # wordings kept per need ("serve a model, predictions, …")
_CUE_REACH = 4  # a cue word governs a framework at most this many words later
_STRICT_NAME_DISTANCE = 0.34  # in free text, only near-misses ("flsk", "djang") suggest a framework


def _near(cue_at: int, position: int) -> bool:
    """A cue at word `cue_at` (-1: none) governs a framework at `position`."""
    return cue_at >= 0 and position - cue_at <= _CUE_REACH


class RequirementParser:
    """Parses text against one knowledge base; build once, call many times."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        vocab = kb.vocabulary
        self._rewrites = vocab.rewrites
        tagged: list[tuple[tuple[str, ...], str, str]] = []
        for req in kb.requirements.values():
            tagged += [(self._words(p), "requirement", req.id) for p in req.phrases]
        for concept in kb.concepts.values():
            tagged += [(self._words(t), "concept", concept.id) for t in concept.terms]
        for fw in kb.frameworks.values():
            tagged += [(self._words(a), "framework", fw.id) for a in (fw.id, fw.name, *fw.aliases)]
        for key, name in vocab.unknown_frameworks.items():
            tagged.append((self._words(key), "unknown", name))
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
        self.index = PhraseIndex(tagged, protected=vocab.common_words, shorthand=vocab.shorthand)
        self._addon_home = {
            addon: fw.builds_on[0]
            for rules in kb.incumbents.values()
            for rule in rules
            for addon in rule.addons
            if (fw := kb.frameworks[addon]).builds_on and fw.builds_on[0] in kb.ranked
        }
        self._strong_owners = frozenset(word for o in vocab.current_owners_strong for word in self._words(o))
        self._owner_cues = frozenset(vocab.current_owners)
        self._owners = frozenset(word for owner in vocab.current_owners for word in self._words(owner))
        self._org_scope = numbers.org_scope(vocab.org_scope_cues)
        self._framework_by_name = {a.lower(): fw.id for fw in kb.frameworks.values() for a in (fw.id, fw.name)}
        self._task_openers = frozenset(vocab.task_openers)
        self._known_words = (  # words that make a compound, not a name: "non-blocking", "five-page"
            frozenset(vocab.common_words)
            | numbers.NUMBER_WORDS
            | {"non", "self", "multi", "single", "micro", "co", "pre"}
        )
        self._artifact_words = frozenset(a for a in vocab.current_artifacts if " " not in a)
        self.framework_names = sorted({a.lower() for fw in kb.frameworks.values() for a in (fw.id, fw.name)})

    def _appraised(self, raw: list[str], match: Match, before: dict[str, str]) -> bool:
        """'quart's docs look incomplete', 'django's admin is clunky': a need's word owned by a framework (a
        possessive right before it) and judged right after it is said of that framework, not asked for."""
        if "framework" not in before or match.end >= len(raw):
            return False
        owner = raw[match.start - 1]
        return owner.endswith("s") and owner[:-1] in self._framework_by_name and raw[match.end] in _APPRAISAL

    def _task(self, text: str, raw: list[str]) -> bool:
        """A clause opened by a move verb said done reports a move made; opened by one in a message that asks
        nothing, it states a task decided. A gerund
        ("converting the web layer from quart to fastapi") reports the work; a bare verb must govern a thing of
        ours or a source ("migrate the flask app to django", "migrate from flask to django"): one that names
        frameworks alone ("replace flask with fastapi") or sits in quotes ('cto: "rewrite in fastapi"') is a
        slogan or someone's pitch."""
        governs = len(raw) > 1 and raw[1] in _TASK_OBJECTS  # not "(flask underneath) moved to fastapi"
        if raw[0].endswith("ed") or raw[0] == "rewrote":
            return governs  # "migrated from fastapi to litestar in one pr. keep going?": done, whatever is asked
        if "?" in text:
            return False
        if raw[0].endswith("ing"):
            return True
        quoted = any(q in text for q in _QUOTES)
        return not quoted and governs

    def _words(self, phrase: str) -> tuple[str, ...]:
        return phrase_words(phrase, self._rewrites)

    def parse(self, text: str) -> ParsedQuery:
        self.index.fuzzy_budget = _FUZZY_SEARCHES_PER_MESSAGE
        norm = normalize(text, self._rewrites)
        requirements: dict[str, RequirementMention] = {}
        excluded: dict[str, None] = {}
        targets: dict[str, None] = {}
        mentioned: dict[str, None] = {}
        known: dict[str, None] = {}
        negated_words: dict[str, None] = {}
        extensions: dict[tuple[str, str], None] = {}
        unknown: dict[str, None] = {}
        unmatched: list[str] = []
        corrections: dict[tuple[str, str], None] = {}
        current: str | None = None
        carry_exclusion = False  # "except django, flask and fastapi": the list runs across commas
        carry_wish = False  # "nice to have: sso, audit log": the wish cue opens a list after the colon
        firm: set[str] = set()  # needs stated firmly before they were also hedged ("we need x. x would be nice")
        underway = False
        progress_seen = False  # "we're mid-migration. flask to fastapi": the cue may sit in an earlier clause
        state = ClauseState()
        pitched: ClauseState | None = None

        # "knotie-ai", "acme-billing": a name's hyphen-joined words (lower-case first part, second part)
        named_pairs = {(m.group(1), m.group(2)) for m in _PACKAGE.finditer(norm)}
        packages = {
            (home, m.group(2))
            for m in _PACKAGE.finditer(norm)
            if (home := self._framework_by_name.get(m.group(1))) is not None
        }
        previous_raw: list[str] = []
        previous_is_title = False  # the previous clause is a short name that opens the message ("tworavens")
        for clause in clauses(norm):
            raw = self.index.expand(words(clause))
            before_clause = {id(m) for m in requirements.values()} if packages else set()
            package_of: str | None = None
            matches, fixes = self.index.scan(raw)
            covered = {i for m in matches for i in range(m.start, m.end)}
            for i, word in enumerate(raw):
                if i not in covered:
                    unmatched.append(word)
            for typed, read in fixes:
                if any(read in m.surface.split() or typed in m.surface.split() for m in matches):
                    corrections[(typed, read)] = None
            progress_seen = progress_seen or state.progress
            pitched = state if state.proposal and not state.named else None  # may be answered in the next clause
            state = ClauseState(excluding=0 if carry_exclusion else -1, wishing=carry_wish)
            if raw and raw[0] in self._task_openers and self._task(text, raw):
                state.progress = True  # "migrate the flask app to django.": a task decided, not a question
            carry_exclusion = carry_wish = False
            previous_end = 0
            for pos, match in enumerate(matches):
                gap = raw[previous_end : match.start]
                previous_start = previous_end
                previous_end = match.end
                if state.negating and state.negated_since_cue and any(w in _SCOPE_ENDERS for w in gap):
                    state.negating = False
                if state.negating and any(w not in _SCOPE_KEEPERS for w in gap) and len(gap) > 3:
                    state.negating = False
                if state.wishing and state.wished_since_cue and any(w in _SCOPE_ENDERS for w in gap):
                    state.wishing = False
                kinds = dict(match.tags)
                if "break" in kinds and len(kinds) == 1:
                    pitch = state if state.proposal else pitched if pos == 0 else None
                    if pitch is not None and (pitch.named or kinds["break"] in _CONTRASTS):
                        # "the contractor says we need async, but ...": a pitch the team answers back
                        self._discount_pitch(pitch, requirements, excluded, targets)
                    state = ClauseState(found=state.found)
                    continue
                before = dict(matches[pos - 1].tags) if pos and matches[pos - 1].end == match.start else {}
                role_word = "framework" in before and ("current_after" in kinds or "knows_after" in kinds)
                after = dict(matches[pos + 1].tags) if pos + 1 < len(matches) else {}
                if (  # "the ml team", "our data folks": a need's word naming the people, not what is built
                    "requirement" in kinds
                    and " " not in match.surface
                    and matches[pos + 1 : pos + 2]
                    and matches[pos + 1].start == match.end
                    and after.get("knows_after") in _PEOPLE
                ):
                    continue
                offered = (
                    gap[:1] == ["or"] and len(gap) <= _OPTION_GAP and pos and "framework" in dict(matches[pos - 1].tags)
                )
                # "the ml team's tracker", "our security team vetoed it": a need's words naming a group of people
                team_name = match.end < len(raw) and raw[match.end] in _TEAM_NOUNS and " " not in match.surface
                # "called from our checkout service": the caller's kind of system, not this one's
                team_name = team_name or self._caller(raw, match)
                # "quart's docs look incomplete": a framework's part appraised describes that framework, not a need
                team_name = team_name or self._appraised(raw, match, before)
                team_name = team_name or (  # "knotie-ai": a word no phrase knows, hyphen-joined to a need's word,
                    match.start > 0  # is a name ("knotie-ai needs to leave flask"), not the need
                    and match.end == match.start + 1
                    and (match.start - 1) not in covered
                    and (raw[match.start - 1], raw[match.start]) in named_pairs
                    and raw[match.start - 1] not in self._known_words
                )
                if ("requirement" in kinds or "concept" in kinds) and not role_word and not team_name:
                    # ("a django shop" names what the team runs, not an online store)
                    for said in self._mentions(kinds, match.surface, state.negating, match.fuzzy):
                        this = dataclasses.replace(said, wish=True) if state.wishing and not said.negated else said
                        if offered and this.id in _OPTION_NEEDS:
                            continue  # "drf or ninja or a new service?": a place to build offered, not a fact
                        if "framework" in before and " " not in match.surface and not this.negated:
                            extensions[(before["framework"], this.id)] = None  # "flask-admin", "flask-login"
                        earlier = requirements.pop(this.id, None)  # the last mention wins ("no admin… actually")
                        mention = this
                        if earlier and not earlier.wish and not earlier.negated and not this.negated:
                            firm.add(this.id)  # stated firmly elsewhere: a need, whatever hedge follows
                            if this.wish:
                                mention = dataclasses.replace(this, wish=False)
                        if (
                            earlier
                            and earlier.negated == this.negated
                            and this.text not in earlier.text.split(", ")
                            and earlier.text.count(", ") < _MAX_WORDINGS - 1
                        ):
                            # said twice: keep every wording ("serve a model, predictions") for dropping later; a
                            # paste saying one need fifty ways keeps the first few, not a string grown per mention
                            mention = dataclasses.replace(mention, text=f"{earlier.text}, {this.text}")
                        state.found.append(mention)
                        requirements[mention.id] = mention
                    state.negated_since_cue = state.negated_since_cue or state.negating
                    state.wished_since_cue = state.wished_since_cue or state.wishing
                elif "framework" in kinds or "unknown" in kinds:
                    if "unknown" in kinds:
                        unknown[kinds["unknown"]] = None
                        continue
                    fw = kinds["framework"]
                    if (
                        match.end < len(raw)
                        and (fw, raw[match.end]) in packages
                        and match.end not in covered  # "flask-socketio" names a need: read as the framework's own
                        and raw[match.end] not in _LIKENESS  # "a flask-like api" is a likeness, not a package
                    ):
                        # "migrating the docs to flask-smorest": a package of the framework, not a move or a need
                        if _near(state.target_cue, match.start):  # "moving the docs to flask-smorest"
                            package_of = fw  # a move within the framework's own packages: it is what runs
                            current = current or fw
                        mentioned[fw] = None
                        continue
                    state.named.append(fw)
                    if (
                        gap[-1:] == ["or"]
                        and len(gap) <= _OPTION_GAP
                        and state.found
                        and state.found[-1].text == matches[pos - 1].surface
                        and state.found[-1].id in _OPTION_NEEDS
                    ):
                        self._withdraw(state.found.pop(), requirements)  # "a new service or drf?"
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
                    swap_gap = gap[1:] if gap[:1] and gap[0] in _FRAMEWORK_WORDS else gap  # "flask framework with"
                    if (
                        earlier_fw
                        and earlier_fw != fw
                        and set(swap_gap) in _SWAP_GAPS
                        and len(swap_gap) <= 2
                        and (
                            earlier_fw in excluded
                            or earlier_fw == current
                            or (state.progress and earlier_fw in mentioned)
                        )
                    ):
                        # "ditch django for fastapi", "replace flask with django": the first is what runs, the
                        # second where it would go
                        excluded.pop(earlier_fw, None)
                        mentioned.pop(earlier_fw, None)
                        current, state.negating, state.excluding = earlier_fw, False, -1
                        targets[fw] = None
                        state.targeted = True
                        underway = underway or state.progress or progress_seen
                        continue
                    if (
                        pos
                        and matches[pos - 1].surface in _SWAP_VERBS
                        and match.start - matches[pos - 1].end <= 1
                        and raw[match.end : match.end + 1] in (["for"], ["with"])
                    ):
                        # "i'd drop fastapi for bare starlette": what would be left is what runs, not a need ruled out
                        current, state.negating, state.excluding = fw, False, -1
                        continue
                    follower = matches[pos + 1] if pos + 1 < len(matches) else None
                    follows = dict(follower.tags) if follower and follower.start - match.end <= 2 else {}
                    beyond = matches[pos + 2] if "artifact" in follows and pos + 2 < len(matches) else None
                    if "retire_after" in follows or (
                        beyond and follower and beyond.start - follower.end <= 2 and "retire_after" in dict(beyond.tags)
                    ):
                        follows = {**follows, "exclude_after": "retired"}  # "the django app is being retired"
                    owned = bool(self._strong_owners.intersection(raw[max(0, match.start - 2) : match.start]))
                    if state.excluded_fw_end == previous_start and set(gap) - _LIST_GAP:
                        # "drop fastapi and thinly wrap starlette": past a ruled-out framework, a word other
                        # than a list joiner starts a new action; the next framework is not in the list
                        state.negating, state.excluding = False, -1
                    if (
                        _near(state.current_cue, match.start)
                        and follower is not None
                        and follower.start == match.end
                        and follower.surface == "out"
                        and raw[follower.end : follower.end + 1] in (["for"], ["with"])
                    ):
                        # "swapping flask out for django": the first runs today, the one after "for" is the target
                        current, state.current_cue, state.target_cue = fw, -1, follower.end + 1
                        continue
                    if fw == current and (
                        (raw[match.start - 1 : match.start] and raw[match.start - 1] in _THROUGH)
                        or (_near(state.excluding, match.start) and "exclude_after" not in follows)
                    ):
                        # "streaming works locally but not through fastapi": where a symptom shows, not ruled out;
                        # "runs on fastapi … thinking of dropping fastapi": leaving what runs is the move asked about
                        state.negating, state.excluding = False, -1
                    elif _near(state.excluding, match.start) or state.negating or "exclude_after" in follows:
                        excluded[fw] = None
                        state.excluding = match.end  # "except django and flask" excludes both
                        state.excluded_fw_end = match.end
                        carry_exclusion = pos == len(matches) - 1
                    elif (
                        _near(state.knows_cue, match.start)
                        or "knows_after" in follows
                        or (  # "every client is django": a habit of the team's, not this codebase
                            self._said_to_be(raw, match.start, match.end, follows)
                            and _HABIT.intersection(raw[max(0, match.start - 4) : match.start])
                        )
                        or (  # "the rest of the company is a django shop": the organisation's habit, not this code
                            ("current_after" in follows or self._said_to_be(raw, match.start, match.end, follows))
                            and _ORGANISATION.intersection(raw[max(0, match.start - _DESCRIBED_REACH) : match.start])
                        )
                    ):
                        known[fw] = None
                    elif (  # "to move our flask api to …"; "time to pull it off flask": the nearer cue decides
                        _near(state.target_cue, match.start) and not owned and state.current_cue <= state.target_cue
                    ):
                        targets[fw] = None
                        state.targeted = True
                        # "halfway thru the project i'm itching to jump to fastapi": a move only longed for
                        tempted = bool(_TEMPTED.intersection(raw[max(0, match.start - _CUE_REACH - 2) : match.start]))
                        underway = underway or ((state.progress or progress_seen) and not tempted)
                    elif (
                        (
                            _near(state.current_cue, match.start)
                            or "current_after" in follows
                            or (  # "our flask app", or a clause that opens with "django app …"
                                "artifact" in follows
                                and (
                                    match.start == 0
                                    or self._owners.intersection(raw[max(0, match.start - 3) : match.start])
                                )
                            )
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
                                    previous_raw[-1] in self._artifact_words or previous_is_title
                                )
                                and not _FRESH.intersection(previous_raw)
                            )
                        )
                        and not _FRESH.intersection(raw[max(0, match.start - 2) : match.start])
                    ):
                        current = fw
                        state.current_cue = -1  # "replacing flask with fastapi": the cue names one framework
                    else:
                        mentioned[fw] = None
                elif "negate_after" in kinds and (state.found or "negate" not in kinds):
                    # ("drop" reads as "dropped" too: with nothing said before it, it negates what follows)
                    for i, earlier in enumerate(state.found):
                        if not earlier.negated:
                            negated = dataclasses.replace(earlier, negated=True)
                            state.found[i] = negated
                            if requirements.get(earlier.id) == earlier:
                                requirements[earlier.id] = negated
                elif "exclude" in kinds and "negate" not in kinds and match.start == 0 and kinds["exclude"] == "except":
                    # "nothing fancy — except webhook bursts": an exception opening the clause adds a need; it still
                    # rules out a framework ("any is fine — except django")
                    state.excluding = match.end
                elif "negate" in kinds or "exclude" in kinds:
                    state.negating = True  # "avoid async", "but not async": an exclusion of a need negates it
                    # "scratch the model": words the index doesn't know may still name a need said earlier.
                    for at in range(match.end, min(len(raw), match.end + _CUE_REACH)):
                        if raw[at] in _SCOPE_ENDERS:
                            break
                        if at not in covered:
                            negated_words[raw[at]] = None
                    state.negated_since_cue = False
                    state.excluding = match.end
                elif "org_scope" in kinds:
                    # "40 engineers org-wide": the head count just read is the organisation's, not the team's.
                    for earlier in [m for m in state.found if m.id == _LARGE_TEAM and not m.negated]:
                        state.found.remove(earlier)
                        if requirements.get(earlier.id) is earlier:
                            del requirements[earlier.id]
                elif "wish" in kinds:
                    # "async would be nice", "nice to have: sso": a hedged wish, weaker than a stated need.
                    for i, earlier in enumerate(state.found):
                        if not earlier.negated and not earlier.wish and earlier.id not in firm:
                            hedged = dataclasses.replace(earlier, wish=True)
                            state.found[i] = hedged
                            if requirements.get(earlier.id) == earlier:
                                requirements[earlier.id] = hedged
                    state.wishing, state.wished_since_cue = True, False
                    carry_wish = pos == len(matches) - 1
                elif "progress_after" in kinds and state.targeted:
                    underway = True
                elif "progress" in kinds and match.start and raw[match.start - 1] in _MODALS:
                    # "should we port our flask app to django?": a move asked about, not made; what follows runs
                    state.current_cue, state.owner_cue = match.end, False
                elif "progress" in kinds:
                    state.progress = True
                    if "target" in kinds:  # "60% of routes already live on fastapi": the target follows
                        state.target_cue = match.end
                    elif "current" in kinds:  # "as we move off flask": what runs follows
                        state.current_cue, state.owner_cue = match.end, False
                    ahead = raw[match.end : match.end + 2]  # "im rewriting it in django": the move's target follows
                    if "in" in ahead or "into" in ahead:
                        state.target_cue = match.end + max(ahead.index(w) for w in ("in", "into") if w in ahead) + 1
                elif "proposal" in kinds:
                    if match.start and raw[match.start - 1] in _FIRST_PERSON:
                        continue  # "i want to migrate it to fastapi for async": the asker's own reasons, no pitch
                    state.proposal = True
                    if state.owner_cue:  # "our cto wants fastapi": the "our" owns the pitcher, not the framework
                        state.current_cue = -1
                elif "target" in kinds:
                    infinitive = bool(_TOPIC_WORDS.intersection(raw[match.end : match.end + 3]))
                    if (not raw[match.end : match.end + 1] or not raw[match.end].endswith("ing")) and not infinitive:
                        # ("committed to moving the flask apps …", "to remind myself about django": no destination)
                        state.target_cue = match.end
                elif "current" in kinds:
                    state.current_cue = match.end
                    state.owner_cue = kinds["current"] in self._owner_cues
                elif "knows" in kinds:
                    state.knows_cue = match.end
            if state.proposal and state.named:
                self._discount_pitch(state, requirements, excluded, targets)
            if package_of is not None:  # the needs said beside a framework's package are answered by it
                for mention in requirements.values():
                    if id(mention) not in before_clause and not mention.negated:
                        extensions[(package_of, mention.id)] = None
            previous_is_title = not previous_raw and 0 < len(raw) <= _TITLE_WORDS and not matches
            previous_raw = raw

        # "it all works in flask + swagger + socketio": the parts joined to a framework are its stack, so the needs
        # they answer are the framework's own (as with "flask-admin")
        for chain in _STACK.finditer(norm):
            home = self._framework_by_name.get(chain.group(1))
            if home is None:
                continue
            parts = {part.strip() for part in chain.group(2).split("+")} - {""}
            for mention in requirements.values():
                if not mention.negated and parts.intersection(mention.text.split(", ")):
                    extensions[(home, mention.id)] = None
        for fw in excluded:
            mentioned.pop(fw, None)
            targets.pop(fw, None)
            known.pop(fw, None)
        if current is None:  # "DRF or django-ninja?": an add-on names the framework it lives in
            current = next((fw for fw in (*mentioned, *targets) if fw in self._addon_home), None)
        current = self._addon_home.get(current, current) if current else None  # "our drf api" runs Django
        if current is not None:
            mentioned.pop(current, None)
        horizon, team = numbers.horizon_years(norm), numbers.team_size(norm, self._org_scope)
        for found_id, surface in numbers.needs_from_numbers(norm, horizon, team, self.kb.vocabulary):
            req_id = found_id.removeprefix("no-")
            if req_id in self.kb.requirements and req_id not in requirements:
                label = self.kb.requirements[req_id].label
                requirements[req_id] = RequirementMention(req_id, label, found_id != req_id, surface)
        return ParsedQuery(
            text=text,
            requirements=tuple(requirements.values()),
            excluded=tuple(excluded),
            current=current if current not in excluded else None,
            targets=tuple(targets),
            mentioned=tuple(mentioned),
            unknown_frameworks=tuple(unknown),
            unmatched_words=tuple(dict.fromkeys(unmatched)),
            suggestions=self.suggest(unmatched, _STRICT_NAME_DISTANCE),
            corrections=tuple(corrections),
            horizon_years=horizon,
            team_size=team,
            migration_underway=underway and bool(targets),
            known=tuple(fw for fw in known if fw != current),
            negated_words=tuple(negated_words),
            extension_needs=tuple(extensions),
        )

    @staticmethod
    def _withdraw(mention: RequirementMention, requirements: dict[str, RequirementMention]) -> None:
        """A place to build offered beside a framework ("a new service or drf?") is not a stated need."""
        if requirements.get(mention.id) is mention:
            del requirements[mention.id]

    def _caller(self, raw: list[str], match: Match) -> bool:
        """'needs to be called from our checkout service', 'used by the billing app': a need named as the system
        that calls this one describes the caller, not what is being built."""
        if match.end >= len(raw) or raw[match.end] not in self._artifact_words:
            return False
        lead = [w for w in raw[max(0, match.start - 3) : match.start] if w not in self._owners]
        return len(lead) >= 2 and (lead[-2], lead[-1]) in _CALLED_BY

    def _on_artifact(self, raw: list[str], matches: list[Match], pos: int) -> bool:
        """'hr app on flask', 'our billing service on django': a thing of ours that opens the clause, said to sit on
        a framework, is what runs today ('a new app on flask' is still to be built)."""
        if pos == 0 or raw[matches[pos - 1].end : matches[pos].start] != ["on"]:
            return False
        thing = matches[pos - 1]
        return (
            raw[thing.end - 1] in self._artifact_words  # "hr app" (a concept) ends on an artifact noun too
            and thing.start <= _ARTIFACT_LEAD
            and not _FRESH.union({"a", "an"}).intersection(raw[: thing.start])
        )

    @staticmethod
    def _said_to_be(raw: list[str], start: int, end: int, follows: dict[str, str]) -> bool:
        """'our course tool is django', 'the services are flask apps', 'this one is a tiny fastapi service': a
        thing of ours said to be a framework (the framework ends the clause, or an artifact noun follows it)
        names what runs today."""
        for k in range(1, _DESCRIBED_REACH + 1):
            at = start - k
            if at < 0 or raw[at] not in _IS or _ASKING.intersection(raw[:at]):
                continue
            if k == 1:  # "the portal is django", "… is flask with flask-mail"
                return end == len(raw) or ("artifact" in follows and end + 1 == len(raw)) or raw[end] in _IS_JOINERS
            return raw[at + 1] in {"a", "an"} and "artifact" in follows  # "is a small single purpose flask app"
        return False

    @staticmethod
    def _discount_pitch(
        state: ClauseState,
        requirements: dict[str, RequirementMention],
        excluded: dict[str, None],
        targets: dict[str, None],
    ) -> None:
        """A clause where someone else pitches a framework ("the new hire wants fastapi because it's the fastest")
        states their reasons, not the team's needs: its needs are dropped, and what it rules out or names
        becomes the move under question rather than an exclusion."""
        for mention in state.found:
            if requirements.get(mention.id) is mention:
                del requirements[mention.id]
        for fw in state.named:
            excluded.pop(fw, None)
            targets.setdefault(fw, None)

    def _mentions(self, kinds: dict[str, str], surface: str, negated: bool, fuzzy: bool) -> list[RequirementMention]:
        """A requirement phrase names one need; a lexicon term names a concept that implies several."""
        if "requirement" in kinds:
            req = self.kb.requirements[kinds["requirement"]]
            return [RequirementMention(req.id, req.label, negated, surface, None, fuzzy)]
        concept = self.kb.concepts[kinds["concept"]]
        return [
            RequirementMention(rid, self.kb.requirements[rid].label, negated, surface, concept.label, fuzzy)
            for rid in concept.implies
        ]

    def suggest(self, unknown_words: list[str] | tuple[str, ...], max_distance: float) -> tuple[str, ...]:
        """Names of known frameworks that unknown words resemble ('flsk' -> Flask)."""
        protected = self.kb.vocabulary.common_words
        found = [
            self.index.nearest(word, self.framework_names, max_distance)
            for word in dict.fromkeys(unknown_words)
            if len(word) >= 4 and not word.isdigit() and word not in protected
        ]
        by_name = {a.lower(): fw.name for fw in self.kb.frameworks.values() for a in (fw.id, fw.name)}
        return tuple(dict.fromkeys(by_name[name] for name in found if name))
