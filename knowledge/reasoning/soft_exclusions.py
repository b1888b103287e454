"""A framework ruled out for taste alone ('skip django please, feels bloated'): held out while the project is the
one described, let back in when a later turn grows it into one the framework clearly fits (000 "Final
recommendation": the problem decides, not the framework's image). A gatekeeper's ban ('legal won't approve
django') stays hard."""

from __future__ import annotations

import dataclasses

from knowledge.base.text import normal_words, normalize
from knowledge.engine import Engine
from knowledge.reading.parser import ParsedQuery
from knowledge.reading.sentences import split_sentences
from knowledge.reading.word_runs import WordRuns
from knowledge.reasoning.thread_state import ConversationState

_CLEAR = 2  # the framework let back in leads what is left at least twice over (standins' "fits poorly")


def taste_only(engine: Engine, text: str, said: tuple[str, ...], excluded: tuple[str, ...]) -> list[str]:
    """The frameworks `excluded` by a message whose only reason is taste: it gives a taste reason and names no
    gatekeeper (security, legal, the client, a policy) in a sentence that rules one out ('not a fan of django.
    status page for our clients': the clients are who it serves, not who banned it) nor a hard reason (hosting,
    licence, a rule)."""
    vocab = engine.kb.vocabulary
    if not excluded or not WordRuns(vocab.thread.taste_reasons).anywhere(list(said)):
        return []
    if WordRuns(vocab.thread.hard_reasons).anywhere(list(said)):
        return []  # "our paas cant run it, and tbh its overkill": where it runs decides, the taste word is an aside
    gatekeepers = vocab.mandates.authorities if vocab.mandates else frozenset()
    norm = normalize(text, vocab.rewrites)
    ruling = [s for s in split_sentences(norm) if set(engine.parser.named_in(s)) & set(excluded)]
    heard = {w for s in ruling for w in normal_words(s, vocab.rewrites)} if ruling else set(said)
    return [] if gatekeepers.intersection(heard) else list(excluded)


def reopen(engine: Engine, state: ConversationState, previous: ConversationState, query: ParsedQuery) -> None:
    """A soft exclusion from an earlier turn, when this turn adds needs the thread did not hold and its framework
    then leads the ranking clearly were it let in, is lifted."""
    soft = [fw for fw in state.soft_excluded if fw in state.excluded and fw in previous.soft_excluded]
    grown = {rid for rid, negated in state.requirements.items() if not negated} - set(previous.requirements)
    if not soft or not grown:
        return
    kept = tuple(fw for fw in query.excluded if fw not in soft)
    ranking = engine.advisor.advise(dataclasses.replace(query, excluded=kept)).ranking
    if not ranking or ranking[0].framework not in soft:
        return
    leader = ranking[0]
    rest = max((s.score for s in ranking[1:] if s.framework not in soft), default=0)
    if leader.score >= _CLEAR * max(rest, 1):
        state.excluded = [fw for fw in state.excluded if fw != leader.framework]
        state.soft_excluded = [fw for fw in state.soft_excluded if fw != leader.framework]
