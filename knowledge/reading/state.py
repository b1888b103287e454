"""What the parser carries while it reads: through the whole message, and through the clause at hand."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from knowledge.reading.phrases import Match
from knowledge.reading.result import RequirementMention

UNENDED = 1 << 30  # a list of criteria no use ends


# each clause read: its words and the needs it found
ClauseNeeds = list[tuple[list[str], list[RequirementMention]]]


@dataclass(slots=True)
class NeedRun:
    """A list of needs read as one ("dont need a ui, docs or a validation lib"; "djangos templates, admin and
    structure feel like overkill"): negated together, or owned by a framework and appraised together."""

    negated: bool = False
    owner: str | None = None  # the framework whose parts the list names
    parts: bool = False  # a denied thing's parts ("a framework with an orm, auth and …"): 'and' goes on with it
    mentions: list[RequirementMention] = field(default_factory=list)


@dataclass(slots=True)
class ClauseState:
    """Cues seen so far in the clause being read, and the needs and frameworks it has named."""

    negating: bool = False
    negated_since_cue: bool = False
    featuring: bool = False  # the negation reached a denied thing's parts ("a framework with an orm"): a list
    setting_aside: bool = False  # the negation is "rather than": it sets needs aside, a framework only compared
    denying: bool = False  # "not true that …": a negation cue right after is denied in turn
    purpose_of: tuple[str, int] | None = None  # "flask-smorest … for openapi docs": its framework, where `for` is
    brought_by: tuple[str, int] | None = None  # "openapi docs via flask-smorest": its framework, where `via` is
    lack_from: int = -1  # "without docs …" opening the clause: where in `found` the needs it negates begin
    lack_explains: bool = False  # "it accepts garbage because nothing validates input": the pain is said before
    excluding: int = -1  # word position of the last exclusion cue, -1 for none
    current_cue: int = -1
    knows_cue: int = -1
    target_cue: int = -1
    progress: bool = False
    targeted: bool = False  # a target was named in this clause ("the move to django is in progress")
    open_move: bool = False  # a move verb's "to" ("moving to something mainstream") still waits for its target
    owner_cue: bool = False  # the current cue is a bare owner word ("our"), not "from" or "we run"
    proposal: bool = False  # "someone wants to rewrite it in fastapi 'for perf'": a third party's pitch
    pitch_from: int = 0  # how many frameworks the clause had named when its pitch cue came
    # "keeps saying we should 'go async, go sanic'": the pitch clause before, whose framework this one names
    pitch_before: ClauseState | None = None
    wishing: bool = False  # "would be nice if it's easy to learn": the needs that follow are wishes
    wished_since_cue: bool = False
    minor_part: bool = False  # "also want a tiny status page": the wish is a side part beside the core
    excluded_fw_end: int = -1  # where the last framework ruled out in this clause ends
    retiring: int = -1  # word position of the last retire cue ('decommissioning the flask app')
    skill_at: int = -1  # "great at async": where the needs the team is skilled in start
    skill_lacking: bool = False  # "we dont know async": the skill at skill_at is one the team lacks
    own_work: bool = False  # "we dont want to assemble auth ourselves": the making is refused, not the thing
    averse_at: int = -1  # "burned by async bugs": where the one need the aversion governs must start
    hearsay: bool = False  # "our tagline is 'realtime for everyone'": the clause's needs are marketing's words
    criteria_at: int = -1  # "we'll weigh performance, …": where a list of criteria named without values starts
    poles: bool = False  # "short term vs long term:": the criteria are two ends set against each other, no list
    criteria_to: int = UNENDED  # "which is better for chat": where the use ranked for is said, ending the list
    named: list[str] = field(default_factory=list)  # frameworks named in this clause
    found: list[RequirementMention] = field(default_factory=list)
    since_break: int = 0  # where in `found` the needs after the clause's last break ("but") begin
    owned: set[str] = field(default_factory=set)  # needs a word of the team's own names ('our cms')
    run: NeedRun | None = None  # the list of needs being read, and the match it last grew at
    run_end: int = -1  # where the run's last need ends in this clause


@dataclass(slots=True)
class MessageState:
    """What one message has said so far: needs and frameworks by role, and what carries from clause to clause.
    The dicts keep the order things were first said in (a dict, not a set)."""

    text: str  # as written: quotes and "?" tell a task from a slogan
    named_pairs: set[tuple[str, str]]  # "knotie-ai": hyphen-joined words (first part, second part)
    packages: set[tuple[str, str]]  # "flask-smorest": (framework, package word)
    # "4 fastapi services (auth, search)": words naming systems a framework runs (system_names.py)
    system_names: frozenset[str] = frozenset()
    in_code: frozenset[str] = frozenset()  # named in a repository slug or a module path: what runs (code_names.py)
    # "django 5.1 or flask 3.0?": given a release number as an option weighed, not installed (version_options.py)
    version_options: frozenset[str] = frozenset()
    slug_pairs: set[tuple[str, str]] = field(default_factory=set)  # hyphen-joined words of a repository's name
    building: bool = True  # speaks of building or choosing something, or is terse (paperwork nouns name a system)
    requirements: dict[str, RequirementMention] = field(default_factory=dict)
    excluded: dict[str, None] = field(default_factory=dict)
    retired: dict[str, None] = field(default_factory=dict)  # ruled out as going away, not as unwanted
    targets: dict[str, None] = field(default_factory=dict)
    mentioned: dict[str, None] = field(default_factory=dict)
    known: dict[str, None] = field(default_factory=dict)
    current: str | None = None
    negated_words: dict[str, None] = field(default_factory=dict)
    extensions: dict[tuple[str, str], None] = field(default_factory=dict)
    unknown: dict[str, None] = field(default_factory=dict)
    outside: dict[str, None] = field(default_factory=dict)  # stacks outside Python ("our backend is rails")
    unmatched: list[str] = field(default_factory=list)
    corrections: dict[tuple[str, str], None] = field(default_factory=dict)
    carry_exclusion: bool = False  # "except django, flask and fastapi": the list runs across commas
    comma_ended: bool = False  # only a comma ended the last clause ("skip django; fastapi": a semicolon ends a list)
    # the framework the last clause ended on, read as what runs ("pick from django, flask or fastapi": the list
    # after the comma may show it was the first of the options)
    current_ending: str | None = None
    carry_negation: bool = False  # "non-goals: a public api": a negation heading the colon's list
    heading_cue: bool = False  # the clause just read is a negation cue alone ("out of scope", "descoped")
    heading_list: bool = False  # "non-goals: html, cms, forms": the heading's negation runs over every item
    byline: bool = False  # "author: tomasz, admin for the gis group": a name and role, no need read
    carry_pitch: bool = False  # "teammate: 'litestar has better typing'": a speaker's heading opens their pitch
    carry_wish: bool = False  # "nice to have: sso, audit log": the wish cue opens a list after the colon
    wish_alone: bool = False  # the clause just read is a wish cue alone ("nice to have"), a heading before a colon
    ranked: bool = False  # the message ranks its needs ("P0: …", "order of importance: 1. …")
    top_stated: bool = False  # some clause of the message names its top ("must: …", "top priority is …")
    lower_tier: bool = False  # the clauses being read are ranked below the top ("P1: …", "2. …"): their needs lean
    top_tier: bool = False  # the clauses being read are the top ("must: …", "the main thing is …")
    topped: dict[str, None] = field(default_factory=dict)  # needs said in a top clause: the asker's own first
    first_ranked: dict[str, None] = field(default_factory=dict)  # said where the ranking is said (result.py)
    # where the top tier was said: "clause" (the clause being read opens it), "heading" (a top heading's list), ""
    top_here: Literal["clause", "heading", ""] = ""
    tier_carries: bool = False  # a list marker ended the last sentence ("… 2."): its item is the next one
    tier_next: bool | None = None  # "listing crud 3.": a marker ending a clause ranks what follows it (True: lower)
    carry_lack: list[RequirementMention] = field(default_factory=list)  # "without docs, they email us"
    carry_run: NeedRun | None = None  # "dont need a ui, docs or …": a list of needs running across a comma
    # "requires no orm, auth, templates or admin": bare needs after a negated one, negated once an "or" ends the list
    held_run: NeedRun | None = None
    held: list[RequirementMention] = field(default_factory=list)
    firm: set[str] = field(default_factory=set)  # needs stated firmly before also hedged ("x. x would be nice")
    underway: bool = False
    leaving: bool = False  # "we're moving off tornado": the team says it leaves what runs
    open_to_leave: bool = False  # "what should it become?": ready to leave, wherever said (niche frameworks only)
    asked_how: bool = False  # "if we move to fastapi, what replaces g.user?": the move worked out as the plan
    rollback_asked: bool = False  # "push on or roll back?": going back offered against finishing a move
    # "flask migration, phase 3 … the old web.py code": a move named after its destination before anything
    # was said to run; once another framework is said to run, it is the move
    named_moves: dict[str, None] = field(default_factory=dict)
    # "rewriting it in flask: actively developed, better docs": after a colon that follows a destination, the
    # needs said are the asker's reasons for it (what they judge it gives), not needs that argue against it
    arguing: bool = False
    argued: dict[str, None] = field(default_factory=dict)
    # "for its orm, admin, auth": the clause whose needs were argued for a destination; a list's next item goes on
    arguing_raw: list[str] | None = None
    stated: dict[str, None] = field(default_factory=dict)  # needs said outside any argument: the team's own
    carry_target: bool = False  # "moving to something mainstream — django": the destination named next
    carry_current: bool = False  # "the back-end is based on, web.py": a current cue ending a clause runs on
    progress_seen: bool = False  # "we're mid-migration. flask to fastapi": the cue may sit in an earlier clause
    package_of: str | None = None  # the framework whose package the clause at hand names as the move
    libraries: dict[str, bool] = field(default_factory=dict)  # native library id -> kept (False: being left)
    held_libraries: dict[str, None] = field(default_factory=dict)  # said as the team's, in a plain statement
    # the extension keys and library ids the last clause read added: "flask-restx, which is barely maintained"
    # says the failing in the clause after the name
    last_packages: tuple[list[tuple[str, str]], list[str]] = field(default_factory=lambda: ([], []))
    failed_libraries: set[str] = field(default_factory=set)  # said to fail: they answer no need
    wanted_libraries: set[str] = field(default_factory=set)  # said as what a need would take: they answer none yet
    named_frameworks: set[str] = field(default_factory=set)  # every framework whose name the text holds
    last_named: str | None = None  # the framework named last, for a pronoun ruling it out ("ruled it out")
    named_apart: set[str] = field(default_factory=set)  # frameworks named by their own name, not in a library's
    clause: ClauseState = field(default_factory=ClauseState)
    pitched: ClauseState | None = None  # the last clause's pitch, which the next may answer back
    proposed: dict[str, None] = field(default_factory=dict)  # frameworks only someone else's pitch names
    previous_raw: list[str] = field(default_factory=list)
    asked: list[RequirementMention] = field(default_factory=list)  # needs the last clause asked about ("?")
    asking: bool = False  # a question mark ends the clause being read
    doubted: dict[str, None] = field(default_factory=dict)  # needs whose necessity is asked ("do we even need x")
    doubt_open: bool = False  # a question after hangs on that answer ("if yes, which one?")
    plain: dict[str, None] = field(default_factory=dict)  # needs said outside a question doubting them
    # needs the sentence's earlier clauses named, for a negation pointing back at them ("= dont want any of it")
    sentence_found: list[RequirementMention] = field(default_factory=list)
    # each clause's role in a setting then piece message (setting.py) and the needs it found
    clause_roles: list[tuple[str, list[RequirementMention]]] = field(default_factory=list)
    # "server-rendered html, a cms and forms are not needed": needs of the clauses just before that were nothing
    # but a list, which a negation said after the list's last item reaches (only while the clause opens on a need)
    listed_before: list[RequirementMention] = field(default_factory=list)
    running_named: str | None = None  # the one framework named in a clause tuning a server or database
    # "the receptionists (no tech background) have to fix …": a staff role whose verb an aside has put off
    staff_words: list[str] = field(default_factory=list)
    # "landlords list units, tenants file requests": each kind of person seen acting on records, with its words
    record_parties: dict[tuple[str, ...], str] = field(default_factory=dict)
    # "we are not writing login, password reset and permissions ourselves": where in `sentence_found` the needs after
    # a refused making act start, whose "ourselves" a later clause of the list says (-1: none open)
    making_refused_from: int = -1
    previous_is_title: bool = False  # the previous clause is a short name opening the message ("tworavens")
    criteria_open: bool = False  # the sentence's last clause ran a list of criteria, which may go on
    sentence_opens: bool = False  # the clause being read opens its sentence (a full stop before it, or none)
    # "we have a homegrown admin": features told as already there (status_quo.py), and those said as needs elsewhere
    had: dict[str, list[frozenset[str]]] = field(default_factory=dict)  # each sentence's frameworks named beside it
    needed: set[str] = field(default_factory=set)
    told_last: list[str] = field(default_factory=list)  # the features the sentence before told as had
    side_cued: bool = False  # the sentence called a part small ('theres a tiny page'): it tells, wishes nothing
    # the sentence's clauses read so far: each one's words and the needs it found
    sentence_clauses: ClauseNeeds = field(default_factory=list)
    # every sentence's clauses in turn, for a now-then-later contrast across them (phases.py)
    message_clauses: ClauseNeeds = field(default_factory=list)


@dataclass(slots=True)
class Clause:
    """The clause being read: built once per clause. `state` is replaced at a break inside it ("but")."""

    msg: MessageState
    state: ClauseState
    raw: list[str]  # its words
    matches: list[Match]  # the phrases found in them, in order
    covered: set[int]  # the word positions the matches cover
    stems: list[str]  # its words' stems, for the readers comparing by stem (activities, staff handling)
    negated_from: list[int] = field(default_factory=list)  # where each negation cue of the clause ends
    negated: set[int] = field(default_factory=set)  # the positions those cues reach (negated_span.py)

    def add_unsaid(self, mentions: Iterable[RequirementMention]) -> None:
        """Each need not said already in the message, as found in this clause (one said in its own words stands).
        Words a negation reaches add nothing: "forget the roles and approvals" drops the approvals."""
        for mention in mentions:
            if not mention.negated and self._negated(mention.text.split()):
                continue
            held = self.msg.requirements.get(mention.id)
            if held is None:
                self.state.found.append(mention)
                self.msg.requirements[mention.id] = mention
            elif held.weak and not (held.negated or mention.weak or mention.negated or mention.wish):
                # "we onboard a new contractor every sprint": a loose word ("onboard") the clause's own reading
                # makes firm
                self.state.found[:] = [m for m in self.state.found if m is not held] + [mention]
                self.msg.requirements[mention.id] = mention

    def _negated(self, surface: list[str]) -> bool:
        """Whether every saying of the words in the clause lies where a negation cue reaches."""
        if not self.negated or not surface:
            return False
        n, raw = len(surface), self.raw
        starts = [at for at in range(len(raw) - n + 1) if raw[at : at + n] == surface]
        return bool(starts) and all(self.negated.issuperset(range(at, at + n)) for at in starts)

    def told_plainly(self) -> bool:
        """No question, wish, pitch or hearsay: the clause tells how things stand, so what it says is there."""
        return not (self.msg.asking or self.state.wishing or self.state.proposal or self.state.hearsay)
