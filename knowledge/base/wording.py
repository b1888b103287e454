"""The reader's words, as the knowledge base holds them: lexicon concepts, follow-up intents, the cue
vocabulary the parser matches, and the opening question for a message with no need in it."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from knowledge.base.adequacy_cues import AdequacyCues
from knowledge.base.answer_question_cues import AnswerQuestionCues
from knowledge.base.count_words import CountWords
from knowledge.base.criteria import CriteriaCues
from knowledge.base.cues import MoveCues, NeedCues, RoleCues, ScopeCues, ThreadCues
from knowledge.base.departure_cues import DepartureCues
from knowledge.base.entry import Entry, Id, Text
from knowledge.base.outside_calls import OutsideCallCues
from knowledge.base.rank_cues import RankCues
from knowledge.base.running_cues import RunningCues
from knowledge.base.setting_cues import SettingCues
from knowledge.base.sizes import CodeSizeCues
from knowledge.base.splits import MonolithSplitCues
from knowledge.base.staff_handling import StaffHandlingCues
from knowledge.base.superseded_cues import SupersededCues
from knowledge.base.turn_words import TurnWords
from knowledge.base.words import Word


class Concept(Entry):
    """Lexicon: words people type for a product, tool or situation, and the needs they imply."""

    id: Id
    label: Text = Field(description="Reads after an arrow: 'React Native → mobile client of an API'.")
    implies: list[Id] = Field(
        default_factory=list,
        description="Requirement ids, most important first; none for a service that only takes work off the app "
        "('a third-party cms'): then `hands_off` names that work.",
    )
    terms: Annotated[list[Text], Field(min_length=1)]
    weak: bool = Field(
        False,
        description="Its terms name infrastructure or tooling ('postgres', 'helm chart') that every framework runs "
        "with, or a date ('by friday') that says when rather than what: the needs they imply count once another "
        "need decides, but alone they decide nothing.",
    )
    paperwork: bool = Field(
        False,
        description="Its terms name paperwork people fill in and chase ('expense reports', 'timesheets') as much as a "
        "system for it: in a message about building or choosing something (a `building_words` word) or a terse one "
        "they name the system's needs; in a note about deadlines and people ('expense reports are due friday') "
        "they count only beside a need that decides, as `weak` terms do.",
    )
    hands_off: list[Id] = Field(
        default_factory=list,
        description="A hosted service ('auth0', 'stripe checkout') does these needs' work outside the app: said with "
        "it, they are not asked of the framework ('auth is auth0' needs token checks, not a user system).",
    )

    @model_validator(mode="after")
    def _says_something(self) -> Concept:
        if not self.implies and not self.hands_off:
            raise ValueError(f"concept {self.id!r}: give `implies` or `hands_off` (it says nothing of the app)")
        return self


class OpeningChoice(Entry):
    label: Text
    follow_up: Text
    framework: Id | None = None


class OpeningQuestion(Entry):
    """Asked when a message carries no need at all: one question, with one-tap answers."""

    question: Text
    choices: Annotated[list[OpeningChoice], Field(min_length=2, max_length=5)]


class Intent(Entry):
    id: Id
    exact: list[Text] = Field(default_factory=list, description="Cues that must be the whole message.")
    cues: list[Text] = Field(default_factory=list, description="Cues that may appear anywhere.")
    openers: list[Text] = Field(
        default_factory=list,
        description="With `pieces`: each opener followed by each piece is a cue too ('researching' + 'blog post').",
    )
    pieces: list[Text] = Field(default_factory=list, description="What an opener of this intent names.")
    between: list[Text] = Field(
        default_factory=list, description="With `openers`: a word one of which must stand between opener and piece."
    )
    not_a_pick: bool = Field(
        False,
        description="The message asks no framework pick (another layer, writing about frameworks, a job ad): the "
        "bot says what it answers and reads nothing into the state.",
    )
    yields_to_moves: bool = Field(
        False,
        description="A move from the framework that runs to another asked in the same message ('deps upgraded and "
        "flask broke: time to move to fastapi?') is the question; this intent is only its occasion.",
    )

    explains: bool = Field(
        False,
        description="Asks how frameworks differ, an explanation rather than a pick ('how are they actually "
        "different?'): answered as a comparison, and the words naming the frameworks compared are not read as the "
        "project's needs.",
    )
    unless_named: bool = Field(
        False,
        description="A framework named, or a word of `unless_said`, elsewhere in the message makes it a framework "
        "question after all ('which orm for our new fastapi service?').",
    )
    unless_said: list[Text] = Field(default_factory=list, description="With `unless_named`: words that ask a pick.")
    not_after_count: bool = Field(
        False,
        description="A cue right after a number ('~500 requests per second') measures the project instead of "
        "asking this intent's question, so it is no cue there.",
    )
    not_after: list[Text] = Field(
        default_factory=list,
        description="Words right before a cue that make it the team's own result reported ('our benchmarks show "
        "…'), so it is no cue there.",
    )
    with_link: bool = Field(
        False,
        description="Its `exact` cues are the whole message once its links are taken out, and only when it had one "
        "('<url> thoughts?'): a link with a reaction and nothing said of a project.",
    )

    def all_cues(self) -> list[str]:
        """The cues, and each opener followed by each piece, one of `between` in the middle (and a word of
        `intent_fillers` may stand inside)."""
        middles = self.between or [""]
        made = (" ".join(filter(None, (o, m, p))) for o in self.openers for m in middles for p in self.pieces)
        return [*self.cues, *made]


class Vocabulary(CountWords, TurnWords):
    """The parser's cue words: everything it matches that is not a requirement."""

    rewrites: dict[str, str] = Field(default_factory=dict, description="Spellings replaced first.")
    negation_before: list[Text]
    negation_after: list[Text]
    refusal_openers: list[Text] = Field(
        default_factory=list,
        description="'we wont', 'we do not': the asker saying what they will not do; followed by a `refused_acts` "
        "verb ('we wont serve html') it negates what follows (see `refusals`). A third party's 'it wont scale' is a "
        "pain, not a refusal, so only first-person openers belong here.",
    )
    refused_acts: list[Text] = Field(
        default_factory=list,
        description="'serve', 'render', 'expose': acts of providing a part of the system; after a `refusal_opener` "
        "the part is not wanted ('we dont render pages').",
    )
    heading_qualifiers: list[Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+$")]] = Field(
        default_factory=list,
        description="'out of scope for v1: …', 'non-goals this quarter: …': a word opening a short qualifier after a "
        "heading cue (one said after what it negates); the cue still heads the list after the colon.",
    )
    exclusion_before: list[Text]
    exclusion_after: list[Text]
    passive_auxiliaries: list[Text] = Field(
        default_factory=list,
        description="'fastapi has been prohibited', 'django got vetoed': said in place of the 'is'/'are' opening an "
        "`exclusion_after` cue, the same ban in another tense or voice (see `exclusions_after`).",
    )
    contractions: dict[Text, Text] = Field(
        default_factory=dict,
        description="'is not' -> 'isnt': a negated verb and its contraction as normalised text (apostrophe dropped); "
        "a negation or exclusion cue written with the long form is matched in the short one too (see `contracted`).",
    )
    current_before: list[Text]
    current_after: list[Text]
    target_before: list[Text]
    clause_breaks: list[Text]
    answer_no: list[Text] = Field(
        default_factory=list,
        description="Opening a clause right after a question ('do we need sso? nah'): the needs the question "
        "asked about are negated.",
    )
    yes_no_openers: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="'do we need sso? nah': a question opening with one of these (after a lead-in word or two) asks "
        "yes or no, so an `answer_no` after it answers it; 'which is best for chat? no preference' asks no such thing.",
    )
    leave_asks: list[Text] = Field(
        default_factory=list,
        description="'could we skip django?', 'should we avoid flask here?': a question opening with one of these "
        "(after a lead-in word or two) asks whether a framework may be left out; it rules nothing out.",
    )
    doubt_cues: list[Text] = Field(
        default_factory=list,
        description="'do users even need an admin?', 'is an admin actually necessary?': the needs of the clause are "
        "put in doubt; with an `answer_conditionals` cue after ('if yes, which one?'), the answer waits on them.",
    )
    answer_conditionals: list[Text] = Field(
        default_factory=list,
        description="'if yes', 'if so': what follows hangs on the answer to a need put in doubt before it.",
    )
    common_words: list[Text] = Field(description="Never typo-corrected into a requirement word.")
    paste_virtues: frozenset[Word] = Field(
        default_factory=frozenset,
        description="'scalable', 'secure', 'fast': virtues every framework claims; in a paste, a sentence whose "
        "needs are only these, said loosely, praises the company's values rather than describing the system.",
    )
    unknown_frameworks: dict[Id, Text] = Field(description="Frameworks we know exist but have no sources on.")
    outside_python: dict[Text, Text] = Field(
        default_factory=dict,
        description="Stacks outside Python ('rails', 'ktor'), phrase -> name: what runs when a team moves into Python.",
    )
    lack_verbs: list[Text] = Field(
        default_factory=list,
        description="'no plugin gets us an openapi spec': after a negated thing, what it fails to yield is wanted.",
    )
    target_after: list[Text] = Field(
        default_factory=list, description="'a django migration is underway': right after a framework, a move to it."
    )
    knowledge_before: list[Text] = Field(default_factory=list, description="'team knows flask': what the team knows.")
    knowledge_after: list[Text] = Field(default_factory=list, description="'six django devs': what the team knows.")
    workplace_after: list[Text] = Field(
        default_factory=list,
        description="'django at work': the day job's framework. Read as knowledge_after only when the message names "
        "another subject of the asker's (a side project, thread.new_subject); otherwise the work codebase is the "
        "one asked about.",
    )
    skill_before: list[Text] = Field(
        default_factory=list,
        description="'the whole team is great at async': a skill of the team; read as knowledge_before too, and the "
        "need named right after it is what the team can do, not a need of the system.",
    )
    skill_lacking_before: list[Text] = Field(
        default_factory=list,
        description="'we dont know async': a skill the team lacks; the need named right after it is no need of the "
        "system (a requirement's `lacked_as` names what the lack says instead).",
    )
    skill_after: list[Text] = Field(
        default_factory=list,
        description="'our devs know sqlalchemy inside out': how well the team knows what is named right before; "
        "read as knowledge_after too, and a need named right before it is a skill, not a need of the system.",
    )
    current_artifacts: list[Text] = Field(
        default_factory=list, description="'our flask app': nouns that make a framework current after an owner word."
    )
    run_signs: dict[Id, list[Text]] = Field(
        default_factory=dict,
        description="Framework id -> things only a project on that framework has ('manage.py', 'runserver'): one "
        "named says the framework runs, even where its name is not written.",
    )
    server_interfaces: dict[Id, list[Text]] = Field(
        default_factory=dict,
        description="Server interface -> the words naming it ('asgi': asgi, uvicorn). A need denied in one of these "
        "words ('nothing asgi', 'no uvicorn allowed') bans the interface: frameworks served on nothing else are "
        "ruled out (frameworks.yaml `served_on`).",
    )
    current_owners: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list, description="'our', 'the', 'existing': single owner words."
    )
    current_owners_joining: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="Owner words that, right before 'a'/'an', join a clause instead ('suggested that a fastapi "
        "service be set up'): no owner there.",
    )
    current_owners_strong: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list, description="Owner words that make the framework right after them current ('our flask')."
    )
    cue_fillers: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="'we already know flask', 'we are still on django', 'we mostly use flask': a word a cue of what "
        "the team knows, runs or moves to may hold inside it.",
    )
    verdict_fillers: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="'nothing is actually broken': stressing words a need's wording may hold inside it.",
    )
    describing_fillers: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="'in front of our legacy services': a describing word a lexicon term may hold inside it.",
    )
    intent_fillers: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="'not about web frameworks', 'researching a blog post': a word an intent cue may hold inside it.",
    )
    modal_fillers: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="'staff need to edit', 'editors can publish': a modal word a lexicon term of people doing "
        "something may hold between the people and their verb.",
    )
    same_nouns: dict[Word, list[Text]] = Field(
        default_factory=dict,
        description="'a recipe website' is 'a recipe site': a need's or concept's wording of several words ending "
        "on the key noun is read with each of these nouns in its place too.",
    )
    shorthand: dict[str, str] = Field(default_factory=dict, description="Chat shorthand -> words ('mgmt').")
    named_shorthand: dict[Word, Text] = Field(
        default_factory=dict,
        description="'our rn fitness app': a word of `shorthand` that, one or two words before a noun of "
        "`named_shorthand_nouns`, names a product instead ('rn' is 'right now' elsewhere).",
    )
    named_shorthand_nouns: list[Word] = Field(
        default_factory=list, description="The nouns of what is built that make a `named_shorthand` word a name."
    )
    failing_cues: list[Text] = Field(
        default_factory=list,
        description="'flask-socketio keeps breaking': a framework's package said to fail in the clause does not "
        "answer the need it names.",
    )
    failing_asked: list[Text] = Field(
        default_factory=list,
        description="'does django channels cut it?', 'flask-admin won't hold up': words that doubt a package only "
        "in a question or after a negation; said plainly ('it holds up fine') they praise it.",
    )
    denial_cues: list[Text] = Field(
        default_factory=list,
        description="'it's not true that we need async': negates what follows like 'not'; a negation cue right after "
        "it is denied in turn ('not true that we dont need async' wants async).",
    )
    refused_lacks: list[Text] = Field(
        default_factory=list,
        description="'security won't approve anything that isn't typed': after a gatekeeper's refusal (a denial "
        "cue), a lack the refused thing has; the refusal is of the lack, so what lacks is wanted. Alone, no cue.",
    )
    denial_after: list[Text] = Field(
        default_factory=list,
        description="'the claim that we have no need for async is incorrect': a denial said after what it denies; "
        "the needs the clause negated before it are wanted.",
    )
    affirmation_cues: list[Text] = Field(
        default_factory=list,
        description="'what we can't live without is an admin': words holding a negation that state a need; they end "
        "a negation, and what follows is wanted.",
    )
    wish_cues: list[Text] = Field(
        default_factory=list,
        description="'async would be nice', 'nice to have: sso': the needs in the clause are wishes, not requirements.",
    )
    priority_cues: list[Text] = Field(
        default_factory=list,
        description="'… simple for interns to learn, but the actual project is a public api': what the project "
        "itself is said to be after this outweighs the wishes stated before it; those earlier needs lean as wishes.",
    )
    minor_cues: list[Text] = Field(
        default_factory=list,
        description="'but also a few server-rendered pages': a vague small amount naming a minor part beside the "
        "core; the needs after it in its clause lean like a wish.",
    )
    outranks_cues: list[Text] = Field(
        default_factory=list,
        description="'maintainability matters more than raw speed': the needs after it in its clause are ranked "
        "below the one before it, so they lean like a wish.",
    )
    outranked_cues: list[Text] = Field(
        default_factory=list,
        description="'raw speed matters less than maintainability': the needs before it in its clause are ranked "
        "below what follows, so they lean like a wish.",
    )
    partial_cues: list[Text] = Field(
        default_factory=list,
        description="'some of its members would like a login': what only part of the people served want; the "
        "needs after it in its clause lean like a wish.",
    )
    exclusion_back: list[Text] = Field(
        default_factory=list,
        description="'django is too heavy, we've ruled it out': a pronoun for the framework named last before it "
        "in the message; that framework is ruled out.",
    )
    aversion_cues: list[Text] = Field(
        default_factory=list,
        description="'the team got burned by async bugs': the need named right after (an article or the team's own "
        "word between at most) hurt the team before, so it is not wanted; the cue governs that need alone.",
    )
    hearsay_cues: list[Text] = Field(
        default_factory=list,
        description="'…scales effortlessly, according to our landing page', 'our tagline is real-time anything': "
        "the company's marketing words, not the system's needs; the needs its sentence named before it, and its "
        "clause names after it, are dropped.",
    )
    team_set_by: list[Text] = Field(
        default_factory=list,
        description="Requirement ids that hold a thread's pick to the frameworks the team runs, knows or names "
        "('no new frameworks: we run django and flask, pick one of those').",
    )
    objection_asks: list[Text] = Field(
        default_factory=list,
        description="'any reason not to use django again?': a question asking for objections to a choice; the "
        "negation in it rules out neither the framework nor the needs after it.",
    )
    proposal_cues: list[Text] = Field(
        default_factory=list, description="'someone wants to switch to X because…': a third party's pitch."
    )
    progress_cues: list[Text] = Field(
        default_factory=list, description="'halfway through moving to X': a migration already under way."
    )
    progress_after: list[Text] = Field(
        default_factory=list,
        description="'the move to X is in progress': said after the target, the migration is under way.",
    )
    task_openers: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="'migrate the flask app to django.', 'converting the web layer from quart to fastapi': a move "
        "verb opening a clause of a message that asks nothing is a task decided, so the move is under way.",
    )
    task_leads: list[Text] = Field(
        default_factory=list,
        description="'it is proposed that the flask app be ported to quart': formal words opening a clause before a "
        "task stated in the passive; read past them, the clause states the task as 'port the flask app to quart'.",
    )
    decision_labels: list[Text] = Field(
        default_factory=list,
        description="'Decision: migrate the customer api from flask to fastapi.': a record's heading (an ADR's or an "
        "RFC's) standing alone as the clause before a move verb; the move is decided, whatever is asked after.",
    )
    fraction_done: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="'step 3 of 5 done', '2 of 4 phases complete': a word said within a few words after a count 'n "
        "of m' that makes it the share of a move already made, so the move is under way.",
    )
    task_passive: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+$")]] = Field(
        default_factory=list,
        description="'… be ported to quart': the auxiliary before a task opener said done that makes the passive.",
    )
    retire_after: list[Text] = Field(
        default_factory=list,
        description="'the django app is being retired': said after a framework (or its app), that framework is "
        "going away and is ruled out for what is built next.",
    )
    retire_before: list[Text] = Field(
        default_factory=list,
        description="'retiring the standalone django auth service': said before a framework (or its app), that "
        "framework is going away; unlike an exclusion it negates no need (the retired part's work lives on).",
    )
    advice_cues: list[Text] = Field(
        default_factory=list,
        description="'i would recommend looking into django', 'why dont you migrate to node': advice given to "
        "someone else about their project, so a pitch whatever the person who says it.",
    )
    moves: MoveCues = Field(description="Words around one framework traded for another, or a move set as a task.")
    roles: RoleCues = Field(description="Words right around a framework's name that tell what runs or is known.")
    running: RunningCues = Field(
        description="Sentence shapes that say a framework already runs: its age, a past choice of it, a stack "
        "opening the message, a thing depending on it."
    )
    adequate: AdequacyCues = Field(description="A measured quality said to be good enough: no need for more of it.")
    answer_questions: AnswerQuestionCues = Field(
        description="In a thread, a follow-up asking how the answer fares ('does flask scale if we grow?'): no need."
    )
    scope: ScopeCues = Field(description="Words that end or keep a cue's reach, or say whose words it is.")
    needs: NeedCues = Field(description="Words that show a need's words name people or part of a name.")
    thread: ThreadCues = Field(description="Words that tell, in a thread, which earlier needs are taken back.")
    whole_words: list[Text] = Field(
        default_factory=list,
        description="Words the stemmer folds into a different word ('experience' and 'experiment' both 'experi'): "
        "read whole, so a phrase with one is never matched by the other.",
    )
    described_current: list[Text] = Field(
        default_factory=list,
        description="'large django project, …': size words that may open a clause before a framework and its "
        "thing's noun, which then still names what runs.",
    )
    code_size: CodeSizeCues | None = Field(
        None, description="'150k lines', '~80 models', '3 endpoints': counts of code units that say how big it is."
    )
    monolith_split: MonolithSplitCues | None = Field(
        None, description="'our node monolith is being broken up': a monolith cut into services, not a large app."
    )
    outside_calls: OutsideCallCues | None = Field(
        None, description="'hits 8 airline apis': many outside systems each request calls, an I/O-heavy workload."
    )
    staff_handling: StaffHandlingCues | None = Field(
        None, description="'receptionists fix the appointments': non-developers handle records, an admin's work."
    )
    departed: DepartureCues | None = Field(
        None, description="'the guy who built it quit': the app's makers gone, a codebase hard to staff."
    )
    superseded: SupersededCues | None = Field(
        None, description="'we thought we'd need websockets, but polling is fine': an earlier view overturned."
    )
    setting: SettingCues | None = Field(
        None, description="'we're a saas company; I need a webhook receiver': the organisation's kind, background."
    )
    criteria: CriteriaCues | None = Field(
        None, description="'we'll weigh performance, ecosystem and hiring': criteria named, not their values."
    )
    ranks: RankCues | None = Field(
        None, description="'P0: … P1: …', 'must: … should: …': needs ranked; those below the top lean as wishes."
    )
    opening_question: OpeningQuestion | None = None
    intents: list[Intent]

    @property
    def explaining(self) -> frozenset[str]:
        """The intents that ask how frameworks differ, answered as a comparison with no pick of their own."""
        return frozenset(intent.id for intent in self.intents if intent.explains)

    @property
    def not_a_pick(self) -> frozenset[str]:
        """The intents that say the message asks no framework pick."""
        return frozenset(intent.id for intent in self.intents if intent.not_a_pick)

    @property
    def yields_to_moves(self) -> frozenset[str]:
        return frozenset(intent.id for intent in self.intents if intent.yields_to_moves)

    def exclusions_after(self) -> list[str]:
        """The exclusion cues said after a framework, and each one opening on 'is'/'are' with every passive
        auxiliary in its place ('is banned' -> 'has been banned', 'got banned'), each also contracted."""
        made = (
            f"{auxiliary} {rest}"
            for cue in self.exclusion_after
            for verb, _, rest in [cue.partition(" ")]
            if verb in ("is", "are") and rest
            for auxiliary in self.passive_auxiliaries
        )
        return self.contracted([*self.exclusion_after, *made])

    def refusals(self) -> list[str]:
        """Each refusal opener followed by each refused act ('we wont' + 'serve'), also contracted ('wont')."""
        return self.contracted([f"{opener} {act}" for opener in self.refusal_openers for act in self.refused_acts])

    def negations_after(self) -> list[str]:
        """The negation cues said after a need, each also in its contracted form ('is not an option' -> 'isnt ...')."""
        return self.contracted(self.negation_after)

    def contracted(self, cues: list[str]) -> list[str]:
        """`cues` and, for each holding a long negated verb ('is not', 'will not'), the same cue with its
        contraction ('isnt', 'wont'): people write either, and a list should not have to spell both."""
        made = (
            f" {cue} ".replace(f" {long} ", f" {short} ").strip()
            for cue in cues
            for long, short in self.contractions.items()
            if f" {long} " in f" {cue} "
        )
        return list(dict.fromkeys([*cues, *made]))

    def corrections(self) -> list[str]:
        """The correction cues, and each apology followed by each denial ('sorry it isnt')."""
        made = (f"{apology} {denial}" for apology in self.correction_apologies for denial in self.correction_denials)
        return [*self.correction_cues, *made]
