"""Follow-ups: a conversation accumulates requirements turn by turn and explains what changed."""

from __future__ import annotations

import dataclasses
import weakref
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from knowledge.base.kb import KnowledgeBase
from knowledge.engine import Engine
from knowledge.reading.intents import UPDATE
from knowledge.reading.parser import ParsedQuery, RequirementMention
from knowledge.reading.text import in_sentence, normal_words, phrase_words, stem, words
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.subject import names_new_subject

_CUE_TEXTS: weakref.WeakKeyDictionary[Engine, dict[tuple[str, ...], tuple[str, ...]]] = weakref.WeakKeyDictionary()


def _cue_texts(engine: Engine, cues: tuple[str, ...]) -> tuple[str, ...]:
    """Cue phrases normalised once per engine (" scratch that "), not on every turn: a turn checks hundreds."""
    table = _CUE_TEXTS.setdefault(engine, {})
    texts = table.get(cues)
    if texts is None:
        rewrites = engine.kb.vocabulary.rewrites
        texts = table[cues] = tuple(f" {' '.join(w)} " for cue in cues if (w := phrase_words(cue, rewrites)))
    return texts


def _unsaid(kb: KnowledgeBase, rid: str) -> tuple[str, str | None, bool]:
    """What a need kept without its words reads as: its label."""
    return in_sentence(kb.label(rid)), None, False


CLARIFY = "clarify"  # a turn the bot could not use; the state is unchanged
STATE_VERSION = 1


class ConversationState(BaseModel):
    """Everything a conversation remembers; round-trips through JSON for the Slack store."""

    model_config = ConfigDict(extra="ignore")

    version: int = STATE_VERSION
    requirements: dict[str, bool] = Field(default_factory=dict, description="id -> negated, in order given")
    excluded: list[str] = Field(default_factory=list)
    current: str | None = None
    targets: list[str] = Field(default_factory=list)
    migration_underway: bool = False
    known: list[str] = Field(default_factory=list, description="frameworks the team knows well")
    outside_python: list[str] = Field(
        default_factory=list, description="stacks outside Python named as what runs ('the site is php')"
    )
    mentioned: list[str] = Field(
        default_factory=list,
        description="frameworks named in no other role ('something like starlette might fit'): weighed as options",
    )
    said: dict[str, tuple[str, str | None, bool]] = Field(
        default_factory=dict, description="requirement id -> (the words, the lexicon concept, fuzzy): what was read"
    )
    extension_needs: list[tuple[str, str]] = Field(
        default_factory=list, description="(framework, need) its own extension answers: 'flask-admin'"
    )
    library_covers: list[tuple[str, str, str]] = Field(
        default_factory=list, description="(framework, need, library id) a library named answers: 'Django Channels'"
    )
    argued_needs: list[str] = Field(
        default_factory=list, description="needs given as the reasons for the destination the asker chose"
    )
    beside: str | None = Field(default=None, description="a new service's framework that reuses current's models")
    said_turn: dict[str, int] = Field(default_factory=dict, description="requirement id -> the turn that said it")
    wishes: list[str] = Field(default_factory=list, description="requirement ids said as a hedged wish")
    loose: list[str] = Field(
        default_factory=list, description="requirement ids read only from loose words ('an api', 'k8s')"
    )
    last_frameworks: dict[str, list[str]] = Field(
        default_factory=dict,
        description="role (known, excluded, targets) -> frameworks the last message alone brought in; a take-back "
        "('nvm', 'they changed their mind') removes them with that message's needs",
    )
    frameworks_turn: int = Field(-1, description="the turn that brought in `last_frameworks`")
    last_pick: str | None = None
    turns: int = 0

    def to_json(self) -> str:
        return self.model_dump_json()

    @classmethod
    def from_json(cls, raw: str | bytes | dict[str, Any]) -> ConversationState:
        if isinstance(raw, dict):
            return cls.model_validate(raw)
        return cls.model_validate_json(raw)


@dataclass(frozen=True)
class Change:
    added: tuple[str, ...]  # requirement labels
    dropped: tuple[str, ...]
    previous_pick: str | None
    new_pick: str | None
    explanation: str


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
        self.state = state or ConversationState()

    def turn(self, text: str) -> Turn:
        engine, kb = self.engine, self.engine.kb
        detected = engine.intents.detect(text)
        intent = detected.intent
        # A migration question reads whole: its cue ("we're migrating to") is part of what it says.
        parsed = engine.parser.parse(detected.remainder if intent not in (UPDATE, "migrate") else text)
        if intent == "migrate" and parsed.outside_python and parsed.current is None:
            intent = UPDATE  # "our site is php, rewriting in python": a new build in Python, chosen on the needs
        # A framework ruled out in the same breath ("litestar's out, what then?") is not what the turn asks about.
        focus = tuple(fw for fw in parsed.frameworks if fw in kb.frameworks and fw not in parsed.excluded)
        suggestions: tuple[str, ...] = ()
        if intent in ("why-not", "compare", "about") and not focus and not parsed.unknown_frameworks:
            if parsed.requirements:
                intent = UPDATE  # "what about an admin panel?" adds a requirement
            else:  # the slot expects a framework, so a looser match is still a helpful guess
                suggestions = engine.parser.suggest(parsed.unmatched_words, 0.6)
                if not suggestions and intent == "about":
                    intent = CLARIFY  # "what is the weather": say what I can answer, never an empty reply
        elif intent == UPDATE and not parsed.requirements and any(not kb.frameworks[fw].ranked for fw in focus):
            intent = "about"  # "thoughts on litestar?": the seeds' view of the alternative named
        previous = self.state.model_copy(deep=True)
        line = previous.last_pick  # the thread's own line, which a stand-in follows
        new_subject = intent == UPDATE and not self._fresh() and self._turns_to_new_subject(text)
        if new_subject:
            self._start_subject()
            line = None
        if intent == "reset":
            self.state = ConversationState(turns=self.state.turns)
            if not parsed.is_empty:
                # "starting over with a django app instead of fastapi": the project starts over, and what the
                # message says about it (read whole: its cue is part of it) is the new state
                parsed = engine.parser.parse(text)
                self._apply(parsed)
        elif intent == "migrate":
            self._apply_migration(parsed)
        elif intent in (UPDATE, "compare", "stack", "benchmarks", "pitfalls", "deploy") or (
            intent in ("why-not", "about") and self._fresh()
        ):
            # A first message may ask about the answer and state needs at once ("forms everywhere: why not
            # fastapi?"); later, "why not X?" asks about the answer and leaves the requirements alone.
            self._apply(parsed)
        if new_subject:
            # "and the billing api?": the follow-up names the new system by its kind, so that word is no longer
            # a loose mention in a which-framework question but what is being built
            self.state.loose = []
        dropped = self.state.requirements != previous.requirements
        if intent == UPDATE and parsed.is_empty and not parsed.unknown_frameworks and not dropped:
            intent = CLARIFY
        self.state.turns += 1
        advice = engine.advisor.advise(self.query(), line=line)
        new_pick = advice.recommendation.framework if advice.recommendation else None
        fresh = not previous.requirements and previous.last_pick is None and not previous.excluded
        change = None if intent == "reset" or fresh else self._change(previous, new_pick, advice)
        if change is not None and new_subject:
            change = self._subject_change(change)
        self.state.last_pick = new_pick
        return Turn(intent, advice, parsed, focus, change, suggestions)

    def _turns_to_new_subject(self, text: str) -> bool:
        vocab = self.engine.kb.vocabulary
        said = self.engine.parser.index.expand(list(normal_words(text, vocab.rewrites)))
        return names_new_subject(said, vocab.thread)

    def _start_subject(self) -> None:
        """'ok. and the customer-facing billing api?': another system, so the last one's needs, its move and its
        add-ons go. What the team runs there is now what it knows, which the seeds weigh for any new project
        (002 "Django: The Monolith That Works", "What I Actually See in Production": "if the team already
        knows it"); what was ruled out stays ruled out, a ban being the team's rather than one system's."""
        state = self.state
        known = [*state.known, *(fw for fw in (state.current,) if fw and fw not in state.known)]
        self.state = ConversationState(
            excluded=state.excluded, known=known, last_pick=state.last_pick, turns=state.turns
        )

    def _fresh(self) -> bool:
        state = self.state
        return not (state.requirements or state.current or state.excluded or state.known or state.last_pick)

    def query(self) -> ParsedQuery:
        """The accumulated state as one query, for the advisor."""
        kb = self.engine.kb
        said = self.state.said
        mentions = tuple(
            RequirementMention(rid, kb.requirements[rid].label, negated, *(said.get(rid) or _unsaid(kb, rid)))
            for rid, negated in self.state.requirements.items()
            if rid in kb.requirements
        )
        if self.state.wishes:
            mentions = tuple(dataclasses.replace(m, wish=m.id in self.state.wishes) for m in mentions)
        if self.state.loose:
            mentions = tuple(dataclasses.replace(m, weak=m.id in self.state.loose) for m in mentions)
        return ParsedQuery(
            text="",
            requirements=mentions,
            excluded=tuple(self.state.excluded),
            current=self.state.current,
            targets=tuple(self.state.targets),
            migration_underway=self.state.migration_underway and bool(self.state.targets),
            known=tuple(self.state.known),
            mentioned=tuple(self.state.mentioned),
            outside_python=tuple(self.state.outside_python),
            extension_needs=tuple(self.state.extension_needs),
            library_covers=tuple(self.state.library_covers),
            argued_needs=tuple(self.state.argued_needs),
            beside=self.state.beside,
        )

    def _apply(self, parsed: ParsedQuery) -> None:
        state = self.state
        before = dict(state.requirements)
        # "a new hire says just go back to flask": mid-thread, someone else's pitch is a move under question, as
        # in a one-shot question, so it leaves the thread's own move and exclusions as they were
        pitched = set(parsed.proposed) if not self._fresh() else set()
        targets = [fw for fw in parsed.targets if fw not in pitched]
        vocab = self.engine.kb.vocabulary
        said = normal_words(parsed.text, vocab.rewrites)
        if self._says(said, vocab.retract_cues):
            # "nvm, …", "they changed their mind": the last message that said something is taken back, its needs
            # and the frameworks it brought in ("they'll only take django")
            turns = [state.said_turn[rid] for rid in state.requirements if rid in state.said_turn]
            last = max([*turns, state.frameworks_turn])
            self._drop({rid for rid in state.requirements if state.said_turn.get(rid) == last})
            if state.frameworks_turn == last:
                for role, frameworks in state.last_frameworks.items():
                    kept: list[str] = getattr(state, role)
                    kept[:] = [fw for fw in kept if fw not in frameworks]
        brought = {
            "known": [fw for fw in parsed.known if fw not in state.known],
            "excluded": [fw for fw in parsed.excluded if fw not in state.excluded],
            "targets": [fw for fw in targets if fw not in state.targets],
        }
        if any(brought.values()):
            state.last_frameworks, state.frameworks_turn = brought, state.turns
        if self._says(said, vocab.correction_cues) and any(not m.negated for m in parsed.requirements):
            # "turns out it's just a thin api": the project re-described; what is not said again goes
            self._drop({rid for rid, negated in before.items() if not negated} - {m.id for m in parsed.requirements})
        self._drop_by_own_words(parsed)
        requirements = self.engine.kb.requirements
        for mention in parsed.requirements:  # "it's 2 devs now" replaces "30 devs from 3 teams"
            if not mention.negated and mention.id in requirements:
                self._drop(
                    {rid for rid in requirements[mention.id].contradicts if state.requirements.get(rid) is False}
                )
        for mention in parsed.requirements:
            if mention.negated and state.requirements.get(mention.id) is False:
                del state.requirements[mention.id]  # "actually async doesn't matter": drop it
                state.said.pop(mention.id, None)
            else:
                # loose words add to a need said firmly before; alone they stay loose
                firm = state.requirements.get(mention.id) == mention.negated and mention.id not in state.loose
                loose = mention.weak and not firm
                if loose != (mention.id in state.loose):
                    state.loose = [rid for rid in state.loose if rid != mention.id] + ([mention.id] if loose else [])
                state.requirements.pop(mention.id, None)
                state.requirements[mention.id] = mention.negated
                state.said[mention.id] = (mention.text, mention.via, mention.fuzzy)
                state.said_turn[mention.id] = state.turns
                if mention.wish != (mention.id in state.wishes):  # "async would be nice": a wish, until said firmly
                    state.wishes = [rid for rid in state.wishes if rid != mention.id] + (
                        [mention.id] if mention.wish else []
                    )
        if self.engine.kb.vocabulary.thread.part.intersection(parsed.negated_words):
            self._drop_the_whole_part(before, {m.id for m in parsed.requirements})
        for fw in parsed.excluded:
            if fw not in state.excluded:
                state.excluded.append(fw)
        for fw in (*parsed.mentioned, *targets):
            if fw in state.excluded:  # named again without a "not": the user changed their mind
                state.excluded.remove(fw)
        if parsed.current:
            state.current = parsed.current
        elif state.current in parsed.retired:
            # "could it live there?" … "that django app is being retired": the home offered goes away, so the work
            # asked about cannot live on its framework
            state.excluded += [state.current] if state.current not in state.excluded else []
            state.current = None
        if targets:
            state.targets = targets
        state.migration_underway = state.migration_underway or (parsed.migration_underway and bool(targets))
        state.known += [fw for fw in parsed.known if fw not in state.known]
        state.mentioned += [fw for fw in parsed.mentioned if fw not in state.mentioned]
        state.outside_python += [s for s in parsed.outside_python if s not in state.outside_python]
        state.extension_needs += [pair for pair in parsed.extension_needs if pair not in state.extension_needs]
        state.library_covers += [c for c in parsed.library_covers if c not in state.library_covers]
        state.beside = parsed.beside or state.beside
        state.argued_needs += [n for n in parsed.argued_needs if n not in state.argued_needs]

    def _drop_by_own_words(self, parsed: ParsedQuery) -> None:
        """'scratch the model', 'forget the ML part': a need said earlier is dropped when a negation names one
        of the words it was read from, even if those words alone are too vague to read as a need."""
        vague = self.engine.kb.vocabulary.thread.vague
        negated = {stem(word) for word in parsed.negated_words if word not in vague}
        if not negated:
            return
        stated = {m.id for m in parsed.requirements}
        for rid, (words_said, _, _) in list(self.state.said.items()):
            said_stems = {stem(word) for word in words(words_said)}
            if rid not in stated and self.state.requirements.get(rid) is False and said_stems & negated:
                del self.state.requirements[rid]
                del self.state.said[rid]

    def _drop(self, ids: set[str]) -> None:
        for rid in ids:
            self.state.requirements.pop(rid, None)
            self.state.said.pop(rid, None)

    def _says(self, said: tuple[str, ...], cues: list[str]) -> bool:
        """Whether the words contain one of the cue phrases (as whole words)."""
        padded = f" {' '.join(said)} "
        return any(cue in padded for cue in _cue_texts(self.engine, tuple(cues)))

    def _drop_the_whole_part(self, before: dict[str, bool], stated: set[str]) -> None:
        """'scratch the ML part': the part is the message that brought it in ("an embeddings endpoint, ~500
        concurrent"), so the needs that message alone stated go with the one named."""
        state = self.state
        gone = {state.said_turn[rid] for rid in before if rid not in state.requirements and rid in state.said_turn}
        for rid in list(state.requirements):
            if rid not in stated and state.requirements[rid] is False and state.said_turn.get(rid) in gone:
                del state.requirements[rid]
                state.said.pop(rid, None)

    def _apply_migration(self, parsed: ParsedQuery) -> None:
        """'migrate flask fastapi', 'how do we move from flask?': set from/to without other changes."""
        named = [fw for fw in parsed.mentioned if fw in self.engine.kb.frameworks]
        source = parsed.current or (named.pop(0) if named else None)
        target = parsed.targets[0] if parsed.targets else (named[0] if named else None)
        self._apply(
            ParsedQuery(
                text=parsed.text,
                requirements=parsed.requirements,
                excluded=parsed.excluded,
                outside_python=parsed.outside_python,
                # "migrating the docs to flask-smorest": a move within the framework's own packages stays on it
                extension_needs=() if parsed.targets else parsed.extension_needs,
            )
        )
        if source:
            self.state.current = source
        self.state.targets = [target] if target and target != source else []
        self.state.migration_underway = parsed.migration_underway and bool(self.state.targets)

    def _change(self, previous: ConversationState, new_pick: str | None, advice: Advice) -> Change | None:
        kb = self.engine.kb
        before, after = previous.requirements, self.state.requirements
        label = kb.label
        added = tuple(
            label(r) if not n else f"no {in_sentence(label(r))}" for r, n in after.items() if before.get(r) != n
        )
        dropped = tuple(label(r) for r in before if r not in after)
        old_pick = previous.last_pick
        if old_pick == new_pick and not (added or dropped):
            return None
        moved = [r for r in after if before.get(r) != after[r]] + [r for r in before if r not in after]
        deltas = []
        for rid in moved:
            for fw in dict.fromkeys((new_pick, old_pick, advice.runner_up.framework if advice.runner_up else None)):
                delta = self._weight(fw, rid, after.get(rid)) - self._weight(fw, rid, before.get(rid))
                if fw and delta:
                    deltas.append(f"{in_sentence(label(rid))} {delta:+d} for {kb.name(fw)}")
        if old_pick in self.state.excluded and old_pick not in previous.excluded:
            deltas.append(f"you ruled out {kb.name(old_pick)}")
        why = "; ".join(dict.fromkeys(deltas)) or "the balance of your requirements shifted"
        if old_pick == new_pick:
            lead = ""
            if advice.recommendation and advice.runner_up:
                margin = advice.recommendation.score - advice.runner_up.score
                lead = f", {margin} ahead of {advice.runner_up.name}"
            text = f"Still {kb.name(new_pick)}{lead} ({why})." if new_pick else f"Still no clear pick ({why})."
        else:
            old, new = (kb.name(fw) if fw else "no recommendation" for fw in (old_pick, new_pick))
            text = f"Recommendation changed from {old} to {new}: {why}."
        return Change(added, dropped, old_pick, new_pick, text)

    def _subject_change(self, change: Change) -> Change:
        """Another system: the old needs' weights explain nothing about it, so the change says what was kept."""
        kb, state = self.engine.kb, self.state
        kept = [f"your team knows {', '.join(kb.name(fw) for fw in state.known)}"] if state.known else []
        kept += [f"{', '.join(kb.name(fw) for fw in state.excluded)} stays ruled out"] if state.excluded else []
        text = "A new subject: the needs said for the last one are set aside"
        text += f" ({'; '.join(kept)})." if kept else "."
        if change.new_pick != change.previous_pick:
            old, new = (kb.name(fw) if fw else "no recommendation" for fw in (change.previous_pick, change.new_pick))
            text += f" Recommendation changed from {old} to {new}."
        return dataclasses.replace(change, explanation=text)

    def _weight(self, framework: str | None, requirement: str, negated: bool | None) -> int:
        """What one requirement, in the given state (None = not mentioned), gives one framework."""
        if framework is None or negated is None:
            return 0
        when = "absent" if negated else "present"
        rules = self.engine.kb.rules_by_requirement.get(requirement, [])
        return sum(r.weight for r in rules if r.framework == framework and r.when == when)
