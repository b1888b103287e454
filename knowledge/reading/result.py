"""What reading a message yields: each need with the words that produced it, and the frameworks by role."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RequirementMention:
    id: str
    label: str
    negated: bool
    text: str  # the words that produced it
    via: str | None = None  # the lexicon concept those words name ("mobile client of an API")
    fuzzy: bool = False  # read through a typo correction: weak evidence
    wish: bool = False  # a hedged wish ("async would be nice"), not a stated requirement: counts for less
    weak: bool = False  # loose words ("an api", "k8s"): count beside a need that decides, never alone
    counted: bool = False  # read from a number ("4 analysts", "in six weeks"), not said in words
    background: bool = False  # the organisation's line of business ("a fintech", "our retail company"): leans only

    @property
    def reading(self) -> str:
        """'React Native → mobile client of an API → Backend for an SPA or mobile app', for 'what I understood'."""
        hops: dict[str, str] = {}  # lower-cased hop -> as written: "microservice → Microservice(s)" reads once
        for hop in (self.text, self.via, self.label):
            if hop and not any(hop.lower().startswith(seen) or seen.startswith(hop.lower()) for seen in hops):
                hops[hop.lower()] = hop
        return " → ".join(hops.values())


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    requirements: tuple[RequirementMention, ...] = ()
    excluded: tuple[str, ...] = ()
    current: str | None = None
    targets: tuple[str, ...] = ()
    mentioned: tuple[str, ...] = ()
    unknown_frameworks: tuple[str, ...] = ()
    # stacks outside Python named ("the site is php"): the move into Python is a new build, ranked on the needs
    outside_python: tuple[str, ...] = ()
    unmatched_words: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()  # framework names close to words we did not understand
    corrections: tuple[tuple[str, str], ...] = ()
    horizon_years: float | None = None
    team_size: int | None = None
    migration_underway: bool = False  # "halfway through moving to fastapi": finish it
    move_finished: bool = False  # "we wrapped up porting it to quart": `current` is where a move ended
    known: tuple[str, ...] = ()  # frameworks the team knows well ("six flask devs"), not a codebase to keep
    negated_words: tuple[str, ...] = ()  # unknown words under a negation ("scratch the model")
    # (framework, need) a framework's own extension answers: "flask-admin" is an admin Flask already has
    extension_needs: tuple[tuple[str, str], ...] = ()
    # (framework, need, library id) a native library named in the message answers ("Django Channels": realtime)
    library_covers: tuple[tuple[str, str, str], ...] = ()
    argued_needs: tuple[str, ...] = ()  # the asker's reasons given for the destination they chose ("X: docs, …")
    # "billing (django), search (fastapi)": the systems listed, each (its name's words, its framework)
    estate: tuple[tuple[str, str], ...] = ()
    estate_open: bool = False  # the estate listed here, none of its systems asked about ("where does new work go?")
    beside: str | None = None  # "a new fastapi service reusing our django orm": the new service's framework
    # "a new hire says go back to flask": targets only someone else's pitch names, a move under question
    proposed: tuple[str, ...] = ()
    # "we are retiring the django tool": frameworks going away with nothing else said to run; being left,
    # they are not ruled out for what is built next
    retired: tuple[str, ...] = ()
    # "we're moving off tornado": the team leaves what runs and names no destination, so no stay advice holds;
    # the needs rank where to go
    leaving: bool = False
    # needs whose necessity is asked, with the question hanging on the answer ("do we even need an admin? if so,
    # which?"): an open question to ask back, not a need to rank on
    doubted: tuple[str, ...] = ()
    unmeasured: bool = False  # the asker says they have no numbers of their own (closecalls.yaml)
    project_said: bool = False  # a thread's message said something of the asker's own project (closecalls.yaml)
    # "do we need a separate service for that?": needs said only inside a question asking whether they are needed;
    # the question is what the advice answers, so they are no stated reason to leave what runs
    asked_needs: tuple[str, ...] = ()
    # "the admin stays on django; the upload endpoint gets rebuilt as its own service": the piece asked about is
    # decided as a service apart from what runs (not one option weighed), so what runs does not keep it
    apart_decided: bool = False
    # "if we move to fastapi, what replaces g.user?": what runs and the destination named, the move asked how
    asked_how: bool = False
    # "push on or roll back?": going back offered against finishing the move under way
    rollback_asked: bool = False
    # "async flask?": frameworks asked for by what the sources say they are (Quart), not by name
    described: tuple[str, ...] = ()
    # "plain flask, or quart?": the frameworks offered side by side as the choice, none of them ruled out
    options: tuple[str, ...] = ()
    # "we have a homegrown admin, docs in confluence": features the running app is told to have already, with no
    # pain or wish said; dropped from the needs (how things stand is no reason to move)
    had_needs: tuple[str, ...] = ()
    # "platform mandates fastapi", "no django, no flask, fastapi only": the framework the organisation has fixed
    mandated: str | None = None
    # "…, the admin is the priority": needs the message ranks first; in a thread they outrank what earlier turns said
    topped: tuple[str, ...] = ()
    # "top criterion: latency", "…, and that matters most": the needs said where the ranking is said (its own
    # clause, a heading's list, a decider's), which count more in scoring; not the rest of a sentence it opens
    first_ranked: tuple[str, ...] = ()
    # "the mandate got dropped": a mandate told earlier in the thread is over
    mandate_lifted: bool = False

    @property
    def frameworks(self) -> tuple[str, ...]:
        """Every known framework named, in order of appearance, whatever its role."""
        seen: dict[str, None] = {}
        for fw in (
            *self.mentioned,
            *self.targets,
            *self.excluded,
            *self.known,
            *((self.current,) if self.current else ()),
        ):
            seen.setdefault(fw, None)
        return tuple(seen)

    @property
    def is_empty(self) -> bool:
        return not (self.requirements or self.excluded or self.current or self.targets or self.mentioned or self.known)


# A reader handing words it found to the need reader: (tags, the words said, negated) -> the needs they name.
Mentions = Callable[[Mapping[str, str], str, bool], list[RequirementMention]]
