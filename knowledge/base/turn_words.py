"""The vocabulary's words for a thread turn that takes back, corrects or cuts what earlier turns said. Part of
`Vocabulary` (same YAML section)."""

from pydantic import Field

from knowledge.base.entry import Entry, Text
from knowledge.base.words import Word


class TurnWords(Entry):
    """A turn's take-backs, corrections, waivers, carve-outs and scope cuts, and what keeps a cue from acting."""

    retract_cues: list[Text] = Field(
        default_factory=list, description="'nvm', 'scratch that': in a thread, the last message's needs are taken back."
    )
    carve_out_cues: list[Text] = Field(
        default_factory=list,
        description="'the services we carve out of it': in a thread, a system cut out of the one discussed is a "
        "new subject when the follow-up names it by a system noun.",
    )
    waive_cues: list[Text] = Field(
        default_factory=list,
        description="'security waived the requirements': in a thread, whoever asked for a need lets it go, so the "
        "message that brought it in is dropped with it.",
    )
    correction_cues: list[Text] = Field(
        default_factory=list,
        description="'turns out it's just an api': in a thread, the message re-describes the project; "
        "needs said earlier and not said again are replaced.",
    )
    correction_findings: list[Text] = Field(
        default_factory=list,
        description="'turns out': a correction cue that, before a count ('turns out 300 jobs hit it at once'), "
        "reports a finding about the same project, which adds to what was said instead of replacing it.",
    )
    finding_openers: list[Text] = Field(
        default_factory=list,
        description="'around', 'every': right after a finding cue, with a number, they open a counted finding.",
    )
    phase_cues: list[Text] = Field(
        default_factory=list,
        description="'this is the real product now', 'for the capstone': in a thread, the project moves to its next "
        "phase (the throwaway became the product, the course reaches its final project), so the needs that "
        "described the earlier phase and are not said again go, as after a correction.",
    )
    phase_bound: list[Text] = Field(
        default_factory=list,
        description="'short-horizon', 'prototype': requirement ids that describe a phase (a demo, a lesson, a "
        "try-out) rather than the system; a `phase_cues` turn drops them even when it names no need of its own "
        "('the pilot worked, now the proper build').",
    )
    phase_hedges: frozenset[Word] = Field(
        frozenset(),
        description="'not going to production', 'a real product might come later': a word within a few words of a "
        "phase cue that denies or defers it; the earlier phase's `phase_bound` needs then stay.",
    )
    phase_marks: list[Word] = Field(
        default_factory=list,
        description="'the real service now', 'our actual product': a word that, right before a `phase_nouns` noun, "
        "says the project has become the thing it was a try-out for; read as a `phase_cues` cue.",
    )
    phase_nouns: list[Word] = Field(
        default_factory=list,
        description="'service', 'product', 'platform': what a `phase_marks` word makes the project ('real time' or "
        "'real users' name no such thing).",
    )

    phase_noun_heads: frozenset[Word] = Field(
        frozenset(),
        description="'our actual platform team', 'the real product owner': a word right after a `phase_nouns` noun "
        "that the noun only describes; the phase mark is then said of those people or things, not of the project.",
    )

    def phase_said(self, said: tuple[str, ...]) -> tuple[str, ...]:
        """`said` with each phase noun that only describes the word after it ('platform' in 'platform team')
        blanked, so a phase mark before it makes no phase run."""
        nouns = set(self.phase_nouns)
        if nouns.isdisjoint(said):
            return said  # (no phase noun: nothing to blank, and no pass word by word over a paste)
        return tuple(
            "" if word in nouns and said[at + 1 : at + 2] and said[at + 1] in self.phase_noun_heads else word
            for at, word in enumerate(said)
        )

    def phase_runs(self) -> list[str]:
        """The phase cues, with each phase mark put before each phase noun ('real service', 'actual platform')."""
        return [*self.phase_cues, *(f"{mark} {noun}" for mark in self.phase_marks for noun in self.phase_nouns)]

    correction_scopes: list[Word] = Field(
        default_factory=list,
        description="'correction on the admin: …', 'correction about the api: …': right after a correction cue, "
        "these words open the name of the one part the correction is about (up to the clause's mark); the rest of "
        "the project stays as said, and only that part's needs are replaced.",
    )
    scope_cut_cues: list[Text] = Field(
        default_factory=list,
        description="'scope cut: now it is only a status page', 'budget got cut': in a thread, the project is cut "
        "down and re-described; needs said earlier about what is built and not said again go, the facts about the "
        "people (`scope_cut_keeps`) stay.",
    )
    scope_cut_after_drop: list[Text] = Field(
        default_factory=list,
        description="'forget the roles, it just calls the bank api': in a turn that drops a need held, what the "
        "project does said with 'just' re-describes it, as a scope cut does.",
    )
    scope_cut_tails: list[Text] = Field(
        default_factory=list,
        description="'only the partner api remains', 'just the billing part is left': said a word or more after "
        "'just' (or a word `takeback_same_words` reads as it) in a thread, what is left is named and the rest cut.",
    )
    scope_cut_keeps: list[Word] = Field(
        default_factory=list,
        description="Requirement categories a scope cut leaves in place: facts about who builds it, not what.",
    )
    context_needs: list[Text] = Field(
        default_factory=list,
        description="Requirement ids that say who builds the project or how carefully ('two juniors', 'we are "
        "regulated'), not what is built or how long it lives: a correction stating these alone re-describes "
        "nothing, so they add to what was said.",
    )
    part_drop_cues: list[Text] = Field(
        default_factory=list,
        description="'drop the streaming', 'forget the live feed': in a thread, a feature said earlier is cut, so "
        "the needs its message brought in go with it.",
    )
    surface_words: frozenset[Word] = Field(
        frozenset(),
        description="'ui', 'screens', 'console': a word naming the screens people use; a `part_drop_cues` item "
        "ending in one ('scrap the agent UI') drops the people-facing part, said in whatever words before.",
    )
    surface_tails: frozenset[Word] = Field(
        frozenset(),
        description="'entirely', 'part': a word that may follow a `surface_words` word at an item's end and keep "
        "it the item's head ('lose the frontend entirely'); any other word makes the item something about the "
        "screens ('scratch the UI polish').",
    )
    surface_kinds: frozenset[Word] = Field(
        frozenset(),
        description="'mobile', 'customer', 'fancy': a word before a `surface_words` head in a dropped item naming "
        "one kind of screen or one audience's ('scrap the mobile screens'); the other screens stay, so it drops "
        "nothing.",
    )
    surface_needs: list[Text] = Field(
        default_factory=list,
        description="'admin-panel', 'user-auth': requirement ids that exist to serve people at screens; a drop of "
        "the people-facing part drops those held, unless the same turn says them again.",
    )
    drop_it_cues: list[Text] = Field(
        default_factory=list,
        description="'we'll use retool for the dashboard, forget about it', 'sales went with squarespace, scrap "
        "that': a drop said of 'it'/'that', pointing back at the part the same message names (or, naming none, at "
        "the last message).",
    )
    drop_it_not_before: list[Text] = Field(
        default_factory=list,
        description="'drop it into the django app', 'skip it for now': a word right after a drop_it cue making it "
        "something other than a drop of a part.",
    )
    drop_it_hedges: list[Text] = Field(
        default_factory=list,
        description="'if the pilot flops we'll just shelve it', 'we might drop it later': a word a few words before "
        "a drop_it cue making the drop a possibility, not one made.",
    )
    drop_it_plain: list[Text] = Field(
        default_factory=list,
        description="'they are going with shopify for the merch, drop that': words too plain to name the part a "
        "drop points at (verbs of choosing, pronouns); a word of the turn left, said in an earlier message's part "
        "('merch'), names that part.",
    )
    part_joints: list[Text] = Field(
        default_factory=list,
        description="'an endpoint for the model, plus a dashboard with logins': words joining the parts of one "
        "message; a part dropped takes the needs read only from its own words.",
    )
    cue_denials: list[Text] = Field(
        default_factory=list,
        description="'the plan changed nothing about the api': right after a correction or scope-cut cue, words "
        "denying the change, so the cue re-describes nothing (a cue holding a denial itself, 'sorry no', still does).",
    )
    cut_elsewhere: list[Text] = Field(
        default_factory=list,
        description="'budget cuts hit other teams, not us': a few words after a correction or scope-cut cue, words "
        "saying it happened to someone else, so this project is not re-described. "
        "Not the served-elsewhere reading (reading/served_elsewhere.py): whom a cut hit, not which tool serves a part.",
    )
    correction_apologies: list[Text] = Field(
        default_factory=list,
        description="'sorry', 'my bad': with a denial right after ('sorry, it isnt mobile'), a correction cue.",
    )
    correction_denials: list[Text] = Field(
        default_factory=list, description="'it isnt', 'thats not': said right after an apology, a correction cue."
    )
    takeback_same_words: dict[Word, Word] = Field(
        default_factory=dict,
        description="'it is now only the api' is 'it is now just the api': in thread cues, a word read as the one "
        "the cues are written with.",
    )
