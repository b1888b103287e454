"""Follow-ups: a conversation accumulates requirements turn by turn and explains what changed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import normal_words, normalize
from knowledge.engine import Engine
from knowledge.reading.intents import UPDATE
from knowledge.reading.parser import ParsedQuery, RequirementMention
from knowledge.reading.shared_reading import SharedReading
from knowledge.reading.text import in_sentence
from knowledge.reasoning import (
    bare_answer,
    close_call,
    pattern_parts,
    precedent_pick,
    project_facts,
    shortlist,
    soft_exclusions,
    takebacks,
    thread_state,
    thread_subjects,
    thread_update,
)
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.subject import (
    labels_named,
)
from knowledge.reasoning.thread_state import ConversationState
from knowledge.reasoning.turn_change import Change, subject_changed, what_changed


def _unsaid(kb: KnowledgeBase, rid: str) -> tuple[str, str | None, bool]:
    """What a need kept without its words reads as: its label."""
    return in_sentence(kb.label(rid)), None, False


CLARIFY = "clarify"  # a turn the bot could not use; the state is unchanged
_SAYS_BUILT = ("compare", "stack", "benchmarks", "pitfalls", "deploy")  # asked beside needs that are applied


@dataclass(frozen=True)
class Turn:
    """The result of one turn: the intent, the advice for the whole state, and what changed."""

    intent: str
    advice: Advice
    parsed: ParsedQuery
    focus: tuple[str, ...]  # frameworks the turn asks about (why not X, compare X Y)
    change: Change | None
    suggestions: tuple[str, ...]  # nearest known names for unknown framework-like words


class Conversation:
    """Applies turns to a ConversationState. Pure: no I/O, deterministic."""

    def __init__(self, engine: Engine, state: ConversationState | None = None) -> None:
        self.engine = engine
        self.state = state or ConversationState.empty()

    def turn(self, text: str) -> Turn:
        engine, kb = self.engine, self.engine.kb
        # "yep" right after the bot asked "must it hold many concurrent connections?": the Yes button's words, and
        # the need asked about stated (a bare "nah" rules it out, which the No button's words may not say)
        answer = bare_answer.answered(kb.vocabulary, self.state, text)
        asked_need = self.state.deciding_need if answer is not None else None
        text = bare_answer.follow_up(self.state, answer) if answer is not None else text
        detected = engine.intents.detect(text)
        intent = detected.intent
        # "how are they actually different?": answered as a comparison; what it names is the frameworks compared
        explaining = intent in kb.vocabulary.explaining
        intent = "compare" if explaining else intent
        # A migration question, and a restart ("starting over with a django app"), read whole: the cue is part of
        # what they say. A restart that says nothing past its cue is a bare reset.
        whole = intent in (UPDATE, "migrate", "reset")
        shared = SharedReading(text)  # a second reading of the message below cuts and scans only what differs
        parsed = engine.parser.parse(text if whole else detected.remainder, shared)
        if intent == "migrate" and parsed.outside_python and parsed.current is None:
            intent = UPDATE  # "our site is php, rewriting in python": a new build in Python, chosen on the needs
        if intent == "migrate" and parsed.proposed and not thread_state.fresh(self.state):
            # "the cto wants to change the migration target to django": someone's pitch about the move under way,
            # weighed as any pitch mid-thread, not a question of how to migrate
            intent = UPDATE
        # A framework ruled out in the same breath ("litestar's out, what then?") is not what the turn asks about.
        focus = tuple(fw for fw in parsed.frameworks if fw in kb.frameworks and fw not in parsed.excluded)
        if explaining and not focus:  # "fastapi vs starlette, how do they differ?": the pair compared
            focus = engine.parser.named_in(detected.remainder)
        # "what's the difference for a chat app, which should we use?": a need said in words that name no framework
        # is the project's, so the comparison is weighed on it as any other comparison is
        asked_difference = explaining
        explaining = explaining and all(engine.parser.named_in(m.text) for m in parsed.requirements if not m.negated)
        suggestions: tuple[str, ...] = ()
        if intent in ("why-not", "compare", "about") and not focus and not parsed.unknown_frameworks:
            if parsed.requirements or parsed.excluded:
                # "legal won't approve fastapi. what else?": the only framework named is ruled out, so the turn
                # asks for the pick without it, news about the choice rather than a question on a framework
                if intent == "compare" and not explaining:
                    # "short term vs long term: …": no framework compared, so the cue weighs needs against each
                    # other; read whole, the sides set against each other are part of what is said
                    parsed = engine.parser.parse(text, shared)
                intent = UPDATE  # "what about an admin panel?" adds a requirement
                if asked_difference and thread_state.fresh(self.state) and not parsed.excluded:
                    # "difference between wsgi and asgi?": two ideas to explain, and no project to pick for
                    norm = normalize(text, kb.vocabulary.rewrites)
                    said = project_facts.project_said_beyond_pair(kb, norm, detected.remainder)
                    intent = intent if said else CLARIFY
            else:  # the slot expects a framework, so a looser match is still a helpful guess
                suggestions = engine.parser.suggest(parsed.unmatched_words, 0.6)
                if not suggestions and intent == "about":
                    intent = CLARIFY  # "what is the weather": say what I can answer, never an empty reply
        elif (
            intent == UPDATE
            and not parsed.requirements
            and not parsed.excluded  # "fastapi's off the table. does quart hold up?": the veto is news to apply
            and parsed.current is None  # "our platform is django with drf": what runs, a fact, not a question
            and any(not kb.frameworks[fw].ranked for fw in focus)
            # "security now approved quart too": a framework let in is news about the choice, not a question on it
            and not takebacks.lifted(engine, normal_words(text, kb.vocabulary.rewrites), list(focus))
        ):
            intent = "about"  # "thoughts on litestar?": the seeds' view of the alternative named
        if intent in ("why-not", "about") and parsed.excluded and not explaining:
            # "platform says no fastapi. how about sanic?": the veto is news about the choice, applied to the thread
            intent = UPDATE
        if intent == "about":
            # "we're getting off pyramid. what now?": a fact about what runs, not a question on it; read whole, since
            # the question's cue ("what now?") may itself say the team is ready to leave
            settled = parsed.leaving or parsed.asked_how or not engine.parser.may_leave(text)
            whole_parse = parsed if settled else engine.parser.parse(text, shared)
            if whole_parse.leaving or whole_parse.asked_how:
                intent, parsed = UPDATE, whole_parse
            else:  # "would quart make sense here?": the async kin of what runs, offered against the move
                self.state.options = shortlist.asked_kin(kb, focus, self.state.current, self.state.last_pick) or (
                    self.state.options
                )
        # a move needs two frameworks named, and an intent's cue names none: with fewer, no whole reading finds one
        if intent in kb.vocabulary.yields_to_moves and len(set(parsed.frameworks)) >= 2:
            whole_parse = engine.parser.parse(text, shared)
            if whole_parse.current is not None and whole_parse.targets:
                intent, parsed = UPDATE, whole_parse  # the move asked is the question, read whole
        if (
            intent in (UPDATE, *_SAYS_BUILT)
            and not explaining
            and self.state.last_pick
            and not thread_state.fresh(self.state)
        ):
            # "will that be a problem for latency?", "does flask scale if we grow?": asked of the pick, these state
            # no need; what the message states beside them ("… we'd hit postgres on every call") is still read
            questions = engine.answer_questions.split(text)
            if questions.cut:
                parsed = engine.parser.parse(questions.kept, shared)
                if intent == UPDATE and parsed.is_empty and not parsed.unknown_frameworks:
                    intent = "about"  # answered with the seeds' view of what it asks about: the pick, or one named
                    focus = engine.parser.named_in(questions.asked) or (self.state.last_pick,)
        if self.state.estate and not parsed.estate and parsed.current is None:
            # "ok, and billing: any reason to move it?": a system listed earlier in the thread, named again
            parsed = engine.parser.refocus(parsed, self.state.estate, text)
        not_a_pick = intent in kb.vocabulary.not_a_pick
        if not_a_pick:
            intent = CLARIFY  # "not asking about frameworks, just the orm": say what I answer, read nothing in
        self.state.doubted = []  # a need put in doubt asks the turn that said it; the next turn answers
        self.state.described = []  # as is a framework asked for by what it is ("async flask?")
        previous = self.state.model_copy(deep=True)
        line = precedent_pick.own_pick(previous)  # the thread's own line, which a stand-in follows
        # "service b: …" after "service a: …" names the subject by its tag
        tagged = thread_subjects.tagged(engine, self.state, text)
        returning = (
            intent not in ("reset", "migrate")
            and bool(self.state.earlier)
            and (
                tagged == thread_subjects.EARLIER
                if tagged
                else thread_subjects.returns(engine, self.state, text, shared)
            )
        )
        # "split out a partner api, separate deploy is fine": a turn that also asks about deploying still says
        # what is built, so it may turn to another system as any update does
        new_subject = (
            not returning
            and intent in (UPDATE, *_SAYS_BUILT)
            and not thread_state.fresh(self.state)
            and (tagged == thread_subjects.NEW if tagged else thread_subjects.turns_to_new(engine, text, self.state))
        )
        if new_subject:
            self.state = thread_subjects.start_new(self.state)
            line = None
        if returning:
            self.state = thread_subjects.return_to_earlier(self.state)
            line = self.state.last_pick
        if intent == "reset":
            self.state = ConversationState(turns=self.state.turns)
            if _says_past(parsed, normal_words(detected.remainder, kb.vocabulary.rewrites), kb.vocabulary.rewrites):
                # "starting over with a django app instead of fastapi": the project starts over, and what the
                # message says about it is the new state
                thread_update.apply(engine, self.state, parsed)
        elif intent == "migrate":
            thread_update.apply_migration(engine, self.state, parsed)
        elif not explaining and (
            intent in (UPDATE, *_SAYS_BUILT) or (intent in ("why-not", "about") and thread_state.fresh(self.state))
        ):
            # A first message may ask about the answer and state needs at once ("forms everywhere: why not
            # fastapi?"); later, "why not X?" asks about the answer and leaves the requirements alone.
            thread_update.apply(engine, self.state, parsed)
        # "we haven't benchmarked anything" said in any turn, read from the whole text (its intent cue words too)
        self.state.unmeasured = self.state.unmeasured or close_call.unmeasured_in(kb, text)
        # (a head count of the team building it is one too: "four engineers, one narrow job")
        self.state.project_said = (
            self.state.project_said or parsed.team_size is not None or project_facts.project_said_in(kb, text)
        )
        if new_subject:
            # "and the billing api?": the follow-up names the new system by its kind, so that word is no longer
            # a loose mention in a which-framework question but what is being built
            self.state.loose = []
            self.state.background = []
        tags = labels_named(normalize(text, kb.vocabulary.rewrites), kb.vocabulary.thread)
        self.state.labels += [tag for tag in tags if tag not in self.state.labels]
        if asked_need is not None and asked_need not in self.state.requirements:
            self.state.requirements[asked_need] = not answer  # (negated when answered no)
        dropped = self.state.requirements != previous.requirements
        if intent == UPDATE and parsed.is_empty and not parsed.unknown_frameworks and not dropped:
            intent = CLARIFY
        # "skip django, feels bloated" … "it's a full cms with roles now": taste yields once the project clearly fits
        soft_exclusions.reopen(engine, self.state, previous, self.query())
        self.state.turns += 1
        # "ok, and the partner api goes on which one?" after a split: the part asked about, answered by its framework
        held = {rid for rid, negated in previous.requirements.items() if not negated}
        part = (
            pattern_parts.asked_part(kb, previous.last_pattern, text, parsed, held)
            # (a split beside an app the team runs is the stay-or-beside policy's, which answers its parts itself)
            if intent == UPDATE and not new_subject and not returning and previous.current is None
            else None
        )
        advice = engine.advisor.advise(self.query(), line=line, part=part)
        split_now = advice.recommendation.pattern if advice.recommendation else None
        if part is None and split_now and intent == UPDATE and not new_subject and not returning:
            # "ok and the public api itself stays where?": the split this turn's needs call for, asked of one part
            part = pattern_parts.asked_of_split(kb, split_now.id, text, parsed, held, current=previous.current)
            advice = engine.advisor.advise(self.query(), line=line, part=part) if part else advice
        # the worked examples read the first message; a confident, allowed pick of theirs overrules (and is kept)
        # (a question about one asks no pick, nor does one the intents call no request for a pick: "for my cv",
        # "eli5", "writing a post about", "which orm", whatever project words it holds)
        first = thread_state.fresh(previous) and intent not in ("help", "about") and not not_a_pick
        advice = precedent_pick.settle(
            kb, engine.precedents, self.state, text, advice, first=first, needs_changed=dropped
        )
        if first and intent == CLARIFY and advice.recommendation is not None:
            # a first message read as nothing, answered by the worked examples: an answer, not "I couldn't use that"
            intent = UPDATE
        new_pick = advice.recommendation.framework if advice.recommendation else None
        split = advice.recommendation.pattern if advice.recommendation else None
        self.state.last_pattern = split.id if split else None
        fresh = not previous.requirements and previous.last_pick is None and not previous.excluded
        change = None if intent == "reset" or fresh else what_changed(kb, previous, self.state, advice)
        if change is not None and new_subject:
            change = subject_changed(kb, self.state, change)
        self.state.last_pick = new_pick
        asked_own = answer is None and bare_answer.asks_own(engine.questions, normalize(text, kb.vocabulary.rewrites))
        bare_answer.remember(self.state, advice.deciding_question, asked_own=asked_own)
        return Turn(intent, advice, parsed, focus, change, suggestions)

    def query(self) -> ParsedQuery:
        """The accumulated state as one query, for the advisor."""
        kb = self.engine.kb
        said = self.state.said
        wishes, loose = self.state.wishes, self.state.loose
        mentions = tuple(
            RequirementMention(
                rid,
                kb.requirements[rid].label,
                negated,
                *(said.get(rid) or _unsaid(kb, rid)),
                wish=rid in wishes,
                weak=rid in loose,
                counted=rid in self.state.counted,
                background=rid in self.state.background,
            )
            for rid, negated in self.state.requirements.items()
            if rid in kb.requirements
        )
        return ParsedQuery(
            text="",
            requirements=mentions,
            excluded=(*self.state.excluded, *self._outside_team_set()),
            current=self.state.current,
            targets=tuple(self.state.targets),
            migration_underway=self.state.migration_underway and bool(self.state.targets),
            move_finished=self.state.move_finished and self.state.current is not None,
            leaving=self.state.leaving and self.state.current is not None and not self.state.targets,
            asked_how=self.state.asked_how and self.state.current is not None and bool(self.state.targets),
            rollback_asked=self.state.rollback_asked and self.state.current is not None and bool(self.state.targets),
            known=tuple(self.state.known),
            mentioned=tuple(self.state.mentioned),
            proposed=tuple(self.state.pitched),
            outside_python=tuple(self.state.outside_python),
            extension_needs=tuple(self.state.extension_needs),
            library_covers=tuple(self.state.library_covers),
            argued_needs=tuple(self.state.argued_needs),
            asked_needs=tuple(self.state.asked_needs),
            beside=self.state.beside,
            apart_decided=self.state.apart_decided and self.state.current is not None,
            doubted=tuple(self.state.doubted),
            unmeasured=self.state.unmeasured,
            project_said=self.state.project_said,
            described=tuple(self.state.described),
            options=tuple(fw for fw in self.state.options if fw not in self.state.excluded),
            mandated=self.state.mandated,
            first_ranked=tuple(
                rid for rid in self.state.first_ranked if rid in self.state.requirements and rid not in wishes
            ),
        )

    def standing_advice(self) -> Advice:
        """The thread's answer as it stands, for its decision record: its needs advised again, with the worked
        examples' precedent the thread still holds (the pick it was shown, not the needs-scoring's alone)."""
        advice = self.engine.advisor.advise(self.query())
        held = precedent_pick.carried(advice, precedent_pick.from_state(self.state.precedent))
        return precedent_pick.overrule(self.engine.kb, advice, held) if held is not None else advice

    def _outside_team_set(self) -> tuple[str, ...]:
        """'no new frameworks: we run django and flask, pick one of those': with a need of `team_set_by` held, the
        frameworks the team neither runs, knows nor names are out; named later ('fastapi is approved'), one is in."""
        kb, state = self.engine.kb, self.state
        if not any(state.requirements.get(rid) is False for rid in kb.vocabulary.team_set_by):
            return ()
        team = {*state.known, *state.mentioned, *state.targets, *(fw for fw in (state.current,) if fw)}
        if not team.intersection(kb.ranked):
            return ()
        # a package built on one of them (django-ninja on django) is still that framework
        return tuple(
            fw
            for fw, framework in kb.frameworks.items()
            if fw not in team and not team.intersection(framework.builds_on) and fw not in state.excluded
        )


def _says_past(parsed: ParsedQuery, remainder: Iterable[str], rewrites: dict[str, str]) -> bool:
    """Whether a restart's reading holds anything its cue did not say: a framework, or a need read from words
    the message says past its cue."""
    if parsed.current or parsed.targets or parsed.excluded or parsed.mentioned or parsed.known:
        return True
    rest = set(remainder)
    return any(rest.intersection(normal_words(m.text, rewrites)) for m in parsed.requirements)
