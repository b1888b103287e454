"""Which subject a thread turn is about: the one under way, another system ("and the billing api?"), or one set
aside earlier ("back to the shop"); and the state each turns the thread to."""

from __future__ import annotations

from knowledge.base.text import normal_words, normalize, words
from knowledge.engine import Engine
from knowledge.reading.shared_reading import SharedReading
from knowledge.reading.text import asked_clauses
from knowledge.reasoning import takebacks
from knowledge.reasoning.subject import (
    announces_new_subject,
    definite_names,
    first_label,
    main_named_at,
    names_apart,
    names_built,
    names_carved_out,
    names_new_subject,
    names_part,
    names_unseen,
    opened_at,
    opening_label,
    returns_to_earlier,
)
from knowledge.reasoning.thread_state import ConversationState, fresh

_KEPT = 3  # subjects set aside that a thread may return to; older ones are dropped
SAME, EARLIER, NEW = "same", "earlier", "new"  # which subject a tag opening a message names


def tagged(engine: Engine, state: ConversationState, text: str) -> str | None:
    """'service b: back-office app' after 'service a: partner api': a message opening on a tag says which
    subject it is about; a tag not said for this one (a first tag aside, which it may be untagged) names
    another. None when no tag opens it."""
    cues = engine.kb.vocabulary.thread
    tag = opening_label(normalize(text, engine.kb.vocabulary.rewrites), cues)
    if tag is None or fresh(state):
        return None
    if tag in state.labels:
        return SAME
    if state.earlier and tag in state.earlier[-1].get("labels", []):
        return EARLIER
    return NEW if state.labels or not first_label(tag, cues) else SAME


def turns_to_new(engine: Engine, text: str, state: ConversationState | None = None) -> bool:
    """Whether the message names another system than the one under way (`state`: the words it was said in)."""
    vocab = engine.kb.vocabulary
    plain = normal_words(text, vocab.rewrites)
    said = engine.parser.index.shorthand.expand(list(plain))
    carved = takebacks.says(engine, plain, vocab.carve_out_cues)
    cues = vocab.thread
    return (
        announces_new_subject(said, cues)
        or names_new_subject(said, cues)
        or names_new_subject(_asked_first(engine, text), cues)
        or names_carved_out(said, carved, cues)
        or names_part(said, cues)
        or names_part(_headed_first(engine, text), cues)
        or names_built(said, cues)
        or names_apart(said, cues)
        or (state is not None and names_unseen(said, _seen(state), cues, asked=text.rstrip().endswith("?")))
        # "and the refunds console support keeps asking for? they want …": the question asked first is the
        # follow-up, however much the message says after it
        or (state is not None and names_unseen(_asked_first(engine, text), _seen(state), cues, asked=True))
    )


def _seen(state: ConversationState) -> list[str]:
    """The words the subject under way was described in."""
    return [word for said in state.message_words.values() for word in said]


def _asked_first(engine: Engine, text: str) -> list[str]:
    """'and the billing api? it takes webhooks': a first clause asked on its own is a whole follow-up, its name
    bare however much the message says after the question mark."""
    vocab = engine.kb.vocabulary
    clauses = asked_clauses(normalize(text, vocab.rewrites))
    if not clauses or not clauses[0][1]:
        return []
    return engine.parser.index.shorthand.expand(words(clauses[0][0]))


def _headed_first(engine: Engine, text: str) -> list[str]:
    """'just for the webhook part - it takes 3k req/s bursts': a first clause set off by a break, with more
    said after it, heads the message; a part named there narrowed ("just for …") is what the rest is about."""
    vocab = engine.kb.vocabulary
    clauses = asked_clauses(normalize(text, vocab.rewrites))
    if len(clauses) < 2:
        return []
    return engine.parser.index.shorthand.expand(words(clauses[0][0]))


def start_new(state: ConversationState) -> ConversationState:
    """'ok. and the customer-facing billing api?': another system, so the last one's needs, its move and its
    add-ons go. What the team runs there is now what it knows, which the seeds weigh for any new project
    (002 "Django: The Monolith That Works", "What I Actually See in Production": "if the team already
    knows it"); what was ruled out stays ruled out, a ban being the team's rather than one system's."""
    known = [*state.known, *(fw for fw in (state.current,) if fw and fw not in state.known)]
    earlier = [*state.earlier, state.model_dump(exclude={"earlier"})][-_KEPT:]
    return ConversationState(
        excluded=state.excluded,
        known=known,
        last_pick=state.last_pick,
        turns=state.turns,
        earlier=earlier,
        estate=state.estate,  # the systems listed stay listed: the next one asked about is among them
    )


def returns(engine: Engine, state: ConversationState, text: str, shared: SharedReading) -> bool:
    """Whether the message turns back to the subject last set aside (`state.earlier` must hold one)."""
    vocab = engine.kb.vocabulary
    said = engine.parser.index.shorthand.expand(list(normal_words(text, vocab.rewrites)))
    cues = vocab.thread
    if returns_to_earlier(said, cues):
        return True
    # "and the shop itself stays django?": named as the main one, by the words its needs were read from, or by a
    # need read now that only it held ("shop" for an e-shop)
    earlier, current = ConversationState.model_validate(state.earlier[-1]), state
    earlier_runs, current_runs = _said_runs(earlier, vocab.rewrites), _said_runs(current, vocab.rewrites)
    at = main_named_at(said, cues) | definite_names(said, earlier_runs - current_runs, cues)
    if not at:
        read = engine.parser.parse(text, shared).requirements
        runs = {
            normal_words(m.text, vocab.rewrites)
            for m in read
            if not m.negated and m.id in earlier.requirements and m.id not in current.requirements
        }
        at = definite_names(said, runs, cues)
    # "the main app will call it, what should the bot use?": the subject under discussion, named elsewhere in
    # the message, is what it asks about; "and for the shop, does the scraper change anything?": named right
    # after the opener, the earlier one is what it asks about, the other only mentioned
    opened = opened_at(said, cues)
    if opened in at and {*cues.openers, *cues.prepositions}.intersection(said[:opened]):
        return True
    return bool(at) and not (definite_names(said, current_runs - earlier_runs, cues) - at)


def return_to_earlier(state: ConversationState) -> ConversationState:
    """'back to the shop: …': the subject set aside comes back with its needs, and the one left is set aside in
    its turn; a ban said meanwhile stays, being the team's rather than one system's."""
    restored = ConversationState.model_validate(state.earlier[-1])
    restored.earlier = [*state.earlier[:-1], state.model_dump(exclude={"earlier"})][-_KEPT:]
    restored.excluded = [*restored.excluded, *(fw for fw in state.excluded if fw not in restored.excluded)]
    restored.turns = state.turns
    return restored


def _said_runs(state: ConversationState, rewrites: dict[str, str]) -> set[tuple[str, ...]]:
    """The words each of a subject's needs was read from ('online shop'), and each word alone past the first
    ('shop'): how a follow-up may name it again."""
    runs = {normal_words(text, rewrites) for text, _, _ in state.said.values()}
    return runs | {run[-1:] for run in runs if len(run) > 1}
