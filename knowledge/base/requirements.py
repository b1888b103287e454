"""A need (requirements.yaml): the words people type for it, how loosely or modestly they say it, the question
that settles it; and the rules (rules.yaml) by which it moves each framework's score."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from knowledge.base.entry import Entry, Fact, Id, Sources, Text
from knowledge.base.words import Word


class StateOf(Entry):
    """A need said as the state of a thing, in the orders people write it: 'the db was the bottleneck', 'the hot
    spot is postgres', 'queries were strained', 'hammered the database'."""

    things: Annotated[list[Text], Field(min_length=1, description="'database', 'db', 'queries'.")]
    states: Annotated[list[Text], Field(min_length=1, description="'bottleneck', 'hot spot', 'strained'.")]
    links: Annotated[list[Text], Field(min_length=1, description="'is', 'was': joining a thing and its state.")]
    acts: list[Text] = Field(default_factory=list, description="'strained', 'hammered': done to the thing.")

    def wordings(self) -> list[str]:
        """Every wording: thing-link-state (with "the", "a" or neither), state-link-thing, act-the-thing."""
        said = [f"{act} {the}{thing}" for act in self.acts for thing in self.things for the in ("", "the ")]
        for thing in self.things:
            for state in self.states:
                for link in self.links:
                    said += [f"{thing} {link} {state}", f"{thing} {link} the {state}", f"{thing} {link} a {state}"]
                    said += [f"{state} {link} {thing}", f"{state} {link} the {thing}"]
        return said


class Sense(Entry):
    """One of a need's words in another sense, told by the word next to it: 'a bot template' is a starter
    project, not an html template; 'the protein structure image' is a picture, not a house style.

    Unlike a `SenseCheck`, a sense is ruled by a word that proves the other sense: with none of its cues the word
    is the need, and with one it is another thing, said plainly or denied ('no bot template' denies no need)."""

    said: Annotated[Text, Field(description="The word as typed ('template', 'predicted').")]
    after: list[Word] = Field(
        default_factory=list, description="Right before it, these make the other sense ('bot template')."
    )
    before: list[Word] = Field(
        default_factory=list, description="Right after it, these make the other sense ('structure image')."
    )
    after_framework: bool = Field(False, description="A framework named right before it makes the other sense.")
    before_framework: bool = Field(
        False,
        description="A framework named right after it makes the other sense ('learning django': the one studied).",
    )
    only_before_framework: bool = Field(
        False,
        description="The need's own sense only with a framework named right after it ('only approved flask': an "
        "allow-list; 'only approved users' is not).",
    )
    only_after_listed: bool = Field(
        False,
        description="The need's own sense only right after a framework in a list that 'only' opens ('only django "
        "or flask allowed': an allow-list; 'flask is allowed now' is not).",
    )
    only_after_named: bool = Field(
        False,
        description="The need's own sense only right after a framework's name ('django and flask are approved': "
        "the plural verb says the names before it are the allow-list; 'the designs are approved' is not).",
    )
    always: bool = Field(
        False, description="As typed, the word is always the other sense ('predicted': a result, not a model served)."
    )
    assent: bool = Field(
        False,
        description="In a clause of assent words only (vocabulary needs.assent_words: 'ok fine', 'works for me'), "
        "the word agrees with what was said, the other sense.",
    )
    near: list[Text] = Field(
        default_factory=list,
        description="Anywhere in the same clause, these words make the other sense ('pages in the middle of the "
        "night': the on-call pager, not a page rendered).",
    )
    near_before: list[Text] = Field(
        default_factory=list,
        description="Earlier in the same clause, these make the other sense ('3 weeks until the demo': a date ahead; "
        "'a demo before the expo' is the thing built).",
    )
    in_message: list[Text] = Field(
        default_factory=list,
        description="Anywhere in the message, these make the other sense unless a `kept_by` word is there too "
        "('a docs/blog site', 'docs and guides for our library': a website; 'a partner api site with docs' is not). "
        "Compared as typed, phrases allowed; unlike a sense check's `other`, it reaches the whole message and yields "
        "to `kept_by`.",
    )
    kept_by: list[Text] = Field(
        default_factory=list,
        description="Anywhere in the message, these keep the need's own sense against `in_message` ('api', "
        "'endpoints', 'swagger': docs of an API). Only an answer to `in_message`: unlike a sense check's `confirm`, "
        "without them the word is still the need, firmly.",
    )
    only_before: list[Word] = Field(
        default_factory=list,
        description="The need's own sense only with one of these right after it; any other word makes the other "
        "sense ('got approval to rewrite' is a new build, 'got approval to add sso' is not).",
    )


class SenseCheck(Entry):
    """A need's word with two senses whose own sense must be confirmed by a word near it: 'docs' beside 'api' or
    'partners' are docs generated for an API's users, while 'the wiki docs' are written for people; 'a burst' of
    thousands of connections is load, while 'a little burst every morning' is a day's rhythm.

    Unlike a `Sense`, which needs a word proving the other sense, a check needs one proving the need's own: without
    it the need counts loosely or not at all (`unconfirmed`). Words are compared by stem, and a denied word is the
    need denied, unchecked. Both may hold the same word: a sense is applied first."""

    said: Annotated[list[Text], Field(min_length=1, description="The words as typed ('docs', 'bursts').")]
    confirm: list[Word] = Field(
        default_factory=list,
        description="Any of these (compared by stem) anywhere in the message confirms the need's sense.",
    )
    other: list[Word] = Field(
        default_factory=list,
        description="Any of these (compared by stem) a word or two before it makes the other sense certain ('a little "
        "burst'): no need is read.",
    )
    other_in_clause: bool = Field(
        False, description="`other` anywhere in the clause counts ('docs live in confluence'), not only right before."
    )
    count_at_least: int | None = Field(
        None,
        ge=1,
        description="A count this big or bigger in the message ('20k units', '3000') confirms the need's sense too.",
    )
    unconfirmed: Literal["weak", "background", "none"] = Field(
        "weak",
        description="With neither list's word near: 'weak' counts the need loosely, 'background' as a fact about "
        "the organisation that leans one point at most (never decides), 'none' reads no need.",
    )


class Tempering(Entry):
    """A need that makes others count for little: on a small or short-lived job a big framework's batteries, and
    an API-first framework's extras, gain it one point at most."""

    needs: Annotated[list[Id], Field(min_length=1, description="The needs whose gains it caps.")]
    when: Literal["present", "absent"] = Field(
        "present", description="'absent': the need denied does it ('not long-lived': a short job)."
    )
    unless: list[Id] = Field(
        default_factory=list,
        description="Needs that, said too, make the job more than small ('an MVP that becomes the product'): then "
        "nothing is capped.",
    )
    loose: list[Text] = Field(
        default_factory=list,
        description="Those of the need's phrases that can size a part or a change rather than the whole job ('a "
        "tiny change', 'a signup form', 'a single page app'): read alone, they cap nothing.",
    )
    weak_only: bool = Field(
        False,
        description="Cap only the needs said loosely ('juniors' on the team), not said firmly ('a course to teach "
        "http'): what the team is made of bends to the system's risks, a stated goal does not.",
    )
    reason: Text
    sources: Sources


class Requirement(Entry):
    id: Id
    label: Text
    category: Text
    phrases: Annotated[list[Text], Field(min_length=1, description="What people type for it.")]
    weak: list[Text] = Field(
        default_factory=list,
        description="Those of `phrases` that name the need only loosely ('an api' asked which framework, 'k8s'): "
        "they count once another need decides, but alone they leave the kind of system open, so the advisor asks "
        "the opening question instead of picking on them.",
    )
    modest: list[Text] = Field(
        default_factory=list,
        description="What people type to say the need is small here ('low traffic' for high concurrency): read as "
        "the need negated.",
    )
    state_of: StateOf | None = Field(
        None, description="Wordings made of a thing and its state ('the db was the bottleneck'), read as `phrases`."
    )
    senses: list[Sense] = Field(
        default_factory=list,
        description="Its words in another sense, read as no need ('a flask template'), when a word proving that "
        "sense is there; else the word is the need. Use `sense_checks` when the need's own sense is the one to prove.",
    )
    sense_checks: list[SenseCheck] = Field(
        default_factory=list,
        description="Its words with two senses: each counts as the need only with a word confirming that sense near "
        "(loosely or not at all without one). Use `senses` when a word proves the other sense and the need is meant "
        "otherwise.",
    )
    note: Fact | None = Field(None, description="Why no rule weighs it, when none does.")
    ask: Text | None = Field(None, description="A yes/no question that settles a close call on this need.")
    if_yes: Text | None = Field(None, description="The follow-up a 'yes' to `ask` adds (default: 'we need <phrase>').")
    if_no: Text | None = Field(None, description="The follow-up a 'no' to `ask` adds.")
    lacked_as: Id | None = Field(
        None,
        description="The need a team lacking this one as a skill says ('we dont know async': async-inexperience); "
        "without it, the lack is no need at all.",
    )
    contradicts: list[Id] = Field(
        default_factory=list,
        description="Needs this one cannot stand beside ('a team of two' and 'a team of forty'): said later in a "
        "thread, it replaces them.",
    )
    moots: list[Id] = Field(
        default_factory=list,
        description="Needs this one leaves nothing to gain from when both are said ('a cpu-bound image resizer' gains "
        "nothing from async): the advisor weighs them as not needed.",
    )
    tempers: Tempering | None = Field(
        None,
        description="Said firmly, caps what the listed needs gain any framework at one point ('a throwaway signup "
        "form': built-in auth is worth little to it).",
    )
    context_only: bool = Field(
        False,
        description="Says when or who, not what is built ('a new project'): alone it leaves the kind of system "
        "open, so the advisor asks the opening question instead of picking on it.",
    )
    running: bool = Field(
        False,
        description="Said only of an app that already runs ('tune the gunicorn workers', 'the database was the "
        "bottleneck'): when no framework is read as what runs, the first one named is.",
    )
    remedy: bool = Field(
        False,
        description="A fix made where the app runs (more workers, a cache, the database): named as one option of a "
        "question beside a framework ('more workers, or fastapi?') it is weighed, not done, so it keeps no app.",
    )
    fresh: bool = Field(
        False,
        description="Said of something still to be built ('a new service'): a `running` need beside it names no "
        "framework as what runs.",
    )


class Rule(Entry):
    """How one requirement moves one framework's score, and why."""

    id: Id
    requirement: Id
    framework: Id
    weight: Annotated[int, Field(ge=-3, le=3)]
    when: Literal["present", "absent"] = "present"
    reason: Text
    sources: Sources
    suggest: list[Id] = Field(default_factory=list, description="Alternatives worth naming.")
