"""Taking needs back in a thread: "nvm" takes the last message back, "turns out it's a thin api" re-describes the
project, "scratch the ML part" drops what that part brought in, and a need said now drops one it contradicts."""

from __future__ import annotations

import functools
import weakref
from itertools import compress

from knowledge.base.text import phrase_words, stem, words
from knowledge.engine import Engine
from knowledge.reading.result import ParsedQuery
from knowledge.reading.word_runs import run_at, said_anywhere
from knowledge.reasoning.thread_state import ConversationState

_BAN_REACH = 5  # words from a ban noun to the word saying it is over ('that block was lifted yesterday')
_LAPSE_BEFORE = 3  # words a lapse may come before its ban noun ('they rescinded the veto')
# a cue list's phrases by their first word: each space-padded, with its words
_CueTexts = dict[str, tuple[tuple[str, frozenset[str]], ...]]
_CUE_TEXTS: weakref.WeakKeyDictionary[Engine, dict[tuple[str, ...], _CueTexts]] = weakref.WeakKeyDictionary()


def _cue_texts(engine: Engine, cues: tuple[str, ...]) -> _CueTexts:
    """Cue phrases normalised once per engine (" scratch that "), not on every turn: a turn checks hundreds; by
    first word, so a turn tests only the cues whose words it all says."""
    table = _CUE_TEXTS.setdefault(engine, {})
    texts = table.get(cues)
    if texts is None:
        vocab = engine.kb.vocabulary
        same = vocab.takeback_same_words
        said = [w for cue in cues if (w := phrase_words(cue, vocab.rewrites))]
        padded = [f" {' '.join(same.get(word, word) for word in w)} " for w in said]
        texts = {}
        for text in padded:
            cue_words = text.split()
            texts[cue_words[0]] = (*texts.get(cue_words[0], ()), (text, frozenset(cue_words)))
        table[cues] = texts
    return texts


def says(engine: Engine, said: tuple[str, ...], cues: list[str], *, deniable: bool = False) -> bool:
    """Whether the words contain one of the cue phrases (as whole words; a word of `takeback_same_words` read as
    the one it stands for). With `deniable`, a cue denied right after it or said of someone else does not count
    ('the plan changed nothing', 'budget cuts hit other teams')."""
    padded, present = _read(engine, said)
    by_first = _cue_texts(engine, tuple(cues))
    # a cue is searched for only when its words are all said: most of a turn's cues are not
    return any(
        cue_words <= present and cue in padded and (not deniable or _undenied(engine, padded, cue, cue_words))
        for first in present.intersection(by_first)
        for cue, cue_words in by_first[first]
    )


_OTHERS_REACH = 3  # "budget cuts hit other teams": the others a few words after the cue
_PHRASES: weakref.WeakKeyDictionary[Engine, dict[tuple[str, ...], tuple[tuple[str, ...], ...]]] = (
    weakref.WeakKeyDictionary()
)


def cue_phrases(engine: Engine, phrases: list[str]) -> tuple[tuple[str, ...], ...]:
    """The phrases' words, read once per engine: `phrase_words` normalises each, and a turn's dozen would also push
    the message's own text out of the few `normalize` keeps."""
    table = _PHRASES.setdefault(engine, {})
    key = tuple(phrases)
    found = table.get(key)
    if found is None:
        rewrites = engine.kb.vocabulary.rewrites
        found = table[key] = tuple(w for phrase in phrases if (w := phrase_words(phrase, rewrites)))
    return found


def _undenied(engine: Engine, padded: str, cue: str, cue_words: frozenset[str]) -> bool:
    """Whether some saying of the cue is neither denied right after it nor said of someone else."""
    vocab = engine.kb.vocabulary
    # `cut_elsewhere`: the cut said of other teams (not a part another tool serves: reading/served_elsewhere.py)
    denials, of_others = cue_phrases(engine, vocab.cue_denials), cue_phrases(engine, vocab.cut_elsewhere)
    denies = cue_words.isdisjoint(word for d in denials for word in d)  # "sorry no": the denial is the cue's own
    at = padded.find(cue)
    while at >= 0:
        after = tuple(padded[at + len(cue) :].split())
        denied = denies and any(after[: len(d)] == d for d in denials)
        others = any(
            after[start : start + len(e)] == e for e in of_others for start in range(min(_OTHERS_REACH, len(after)) + 1)
        )
        if not (denied or others):
            return True
        at = padded.find(cue, at + 1)
    return False


_NOW_REACH = 6  # "it's a back-office for the finance clerks now": the project's noun phrase before "now"


def says_now_is(engine: Engine, said: tuple[str, ...]) -> bool:
    """'it's an internal dashboard now', 'now it is a partner api': the project said anew, so it is re-described."""
    cues = engine.kb.vocabulary.thread
    if cues.now_words.isdisjoint(said):  # (every reading below needs a "now" word somewhere in the message)
        return False
    firsts = {run[0] for run in cues.now_is if run}
    for at, word in enumerate(said):
        if word not in firsts:
            continue  # (a run is looked for only where its first word is said)
        for run in cues.now_is:
            if tuple(said[at : at + len(run)]) != run:
                continue
            after = said[at + len(run) : at + len(run) + _NOW_REACH + 1]
            if cues.now_words.intersection(after) or (at and said[at - 1] in cues.now_words):
                return True
    return False


def says_left(engine: Engine, said: tuple[str, ...], tails: list[str]) -> bool:
    """'only the partner api remains': 'just' (or a word read as it), then a word or more naming what is left, then
    one of the tails, all in the message."""
    padded, present = _read(engine, said)
    if "just" not in present:
        return False
    tail_texts = [f" {' '.join(w)} " for w in cue_phrases(engine, tails)]
    spoken = padded.split()
    return any(
        tail in f" {' '.join(spoken[at + 2 :])} "
        for at, word in enumerate(spoken)
        if word == "just"
        for tail in tail_texts
    )


@functools.lru_cache(maxsize=4)  # a turn asks about one message's words several times (waive, retract, carve out)
def _read(engine: Engine, said: tuple[str, ...]) -> tuple[str, frozenset[str]]:
    """The words as one space-padded string (a word of `takeback_same_words` read as the one it stands for), and
    the words in it."""
    same = engine.kb.vocabulary.takeback_same_words
    if same.keys().isdisjoint(said):
        return f" {' '.join(said)} ", frozenset(said)  # (a message's words hold no space: no split needed)
    padded = f" {' '.join(map(same.get, said, said))} "  # (each word as read, looked up in C)
    return padded, frozenset(padded.split())


def drop(state: ConversationState, ids: set[str]) -> None:
    for rid in ids:
        state.requirements.pop(rid, None)
        state.said.pop(rid, None)


def people_facts(engine: Engine, needs: dict[str, bool]) -> set[str]:
    """The needs that say who builds the project (vocabulary `scope_cut_keeps`): a cut of its scope leaves them."""
    keeps, requirements = engine.kb.vocabulary.scope_cut_keeps, engine.kb.requirements
    return {rid for rid in needs if rid in requirements and requirements[rid].category in keeps}


def context_facts(engine: Engine, needs: set[str]) -> set[str]:
    """The needs that say who builds the project or how carefully (vocabulary `context_needs`), not what."""
    return needs.intersection(engine.kb.vocabulary.context_needs)


def take_back_last(state: ConversationState) -> None:
    """'nvm, …', 'they changed their mind': the last message that said something is taken back, its needs and the
    frameworks it brought in ('they'll only take django')."""
    turns = [state.said_turn[rid] for rid in state.requirements if rid in state.said_turn]
    last = max([*turns, state.frameworks_turn])
    drop(state, {rid for rid in state.requirements if state.said_turn.get(rid) == last})
    if state.frameworks_turn == last:
        for role, frameworks in state.last_frameworks.items():
            kept: list[str] = getattr(state, role)
            kept[:] = [fw for fw in kept if fw not in frameworks]


def drop_read_alongside(state: ConversationState, wordings: str, stated: set[str]) -> None:
    """'an admin to edit the catalog' then 'scratch the admin': words that named the need taken back and another
    with it ("edit the catalog": a shop and its admin) are taken back whole; a need also said in words of its own
    stays."""
    gone = set(wordings.split(", "))
    for rid, (said, _, _) in list(state.said.items()):
        if rid not in stated and state.requirements.get(rid) is False and set(said.split(", ")) <= gone:
            drop(state, {rid})


def drop_contradicted(state: ConversationState, engine: Engine, parsed: ParsedQuery) -> None:
    """'it's 2 devs now' replaces '30 devs from 3 teams': a need said now drops the ones it contradicts."""
    requirements = engine.kb.requirements
    for mention in parsed.requirements:
        if not mention.negated and mention.id in requirements:
            drop(state, {rid for rid in requirements[mention.id].contradicts if state.requirements.get(rid) is False})


def drop_by_own_words(state: ConversationState, parsed: ParsedQuery, vague: frozenset[str]) -> None:
    """'scratch the model', 'forget the ML part': a need said earlier is dropped when a negation names one of the
    words it was read from, even if those words alone are too vague to read as a need."""
    negated = {stem(word) for word in parsed.negated_words if word not in vague}
    if not negated:
        return
    stated = {m.id for m in parsed.requirements}
    for rid, (words_said, _, _) in list(state.said.items()):
        said_stems = {stem(word) for word in words(words_said)}
        if rid not in stated and state.requirements.get(rid) is False and said_stems & negated:
            del state.requirements[rid]
            del state.said[rid]


def drop_named_message(state: ConversationState, parsed: ParsedQuery, vague: frozenset[str]) -> None:
    """'scratch the labeling ui, we'll use a hosted tool': a negation naming no need, whose words all come from one
    later message ("a ui where labelers log in"), drops that message's part: the needs it first stated. The
    opening message describes the project itself, so it is never dropped this way."""
    if any(m.negated for m in parsed.requirements):
        return  # a need named in the negation is dropped by name
    negated = {stem(word) for word in parsed.negated_words if word not in vague}
    first = min((turn for turn in state.message_words), default=None)
    named = {
        turn
        for turn, said in state.message_words.items()
        if negated and turn != first and negated <= {stem(word) for word in said}
    }
    stated = {m.id for m in parsed.requirements}
    for rid in list(state.requirements):
        if rid not in stated and state.requirements[rid] is False and state.said_turn.get(rid) in named:
            del state.requirements[rid]
            state.said.pop(rid, None)


def drop_the_whole_part(
    state: ConversationState, before: dict[str, bool], stated: set[str], *, feature: bool = False
) -> None:
    """'scratch the ML part': the part is the message that brought it in ("an embeddings endpoint, ~500
    concurrent"), so the needs that message alone stated go with the one named."""
    gone = {state.said_turn[rid] for rid in before if rid not in state.requirements and rid in state.said_turn}
    if feature:  # "drop the live notifications": a feature of the project, not a part; the opening message
        # described the project, which stays without it ("scratch the ML part" may take that whole message)
        gone.discard(min((state.said_turn[rid] for rid in before if rid in state.said_turn), default=-1))
    for rid in list(state.requirements):
        if rid not in stated and state.requirements[rid] is False and state.said_turn.get(rid) in gone:
            del state.requirements[rid]
            state.said.pop(rid, None)


def promote_the_rest(engine: Engine, state: ConversationState, before: dict[str, bool]) -> None:
    """'… plus a small api for the app' then 'scratch the websockets': a need said as a minor part beside the main
    one leans while the main one stands; once every firm need of what is built is taken back, what is left is the
    project, so it counts as firmly as the dropped one did ('a new service' says when, not what is built)."""
    requirements = engine.kb.requirements
    held = {
        rid
        for rid, negated in before.items()
        if not negated and rid not in state.wishes and rid in requirements and not requirements[rid].context_only
    }
    left = {rid for rid, negated in state.requirements.items() if not negated}
    if not held or held & left:
        return
    if not left & set(state.wishes):
        # "scratch the logins, it's just an endpoint the scanners post to": the turn that takes every firm need
        # back says what is left in loose words; those words now name the project (what an earlier turn said
        # only in passing, or as who builds it, stays as it was)
        now = {rid for rid in left & set(state.loose) if state.said_turn.get(rid) == state.turns}
        now -= set(state.background)
        state.loose = [rid for rid in state.loose if rid not in now]
        return
    state.wishes = [rid for rid in state.wishes if rid not in left]
    state.loose = [rid for rid in state.loose if rid not in left]
    state.background = [rid for rid in state.background if rid not in left]


# grammar, not a cue list: a denial a few words before a lift ("is not open to django", "nobody would accept flask")
_LIFT_DENIALS = frozenset(("not", "never", "no", "nobody", "noone", "isnt", "arent", "wont", "wouldnt", "hardly"))
_LIFT_DENIAL_REACH = 3


def lifted(engine: Engine, said: tuple[str, ...], candidates: list[str]) -> set[str]:
    """'django is fine again', 'legal is ok with flask now': the frameworks among `candidates` (those ruled out)
    that a lift cue (vocabulary `thread.lifts_after` / `lifts_before`) lets back in, by any of their names."""
    kb, cues = engine.kb, engine.kb.vocabulary.thread
    found = set()
    for fw in candidates:
        framework = kb.frameworks.get(fw)
        if framework is None:
            continue
        names = {phrase_words(name, kb.vocabulary.rewrites) for name in (framework.name, fw, *framework.aliases)}
        for name in names:
            places = range(len(said) - len(name) + 1)
            # (only where the name's first word is, picked out in C: `said` is a whole message, up to a long paste)
            for at in compress(places, map(name[0].__eq__, said)) if name else places:
                if tuple(said[at : at + len(name)]) != name:
                    continue
                after, before = said[at + len(name) :], said[:at]
                if (
                    any(tuple(after[: len(run)]) == run for run in cues.lifts_after)
                    or any(
                        len(before) >= len(run)
                        and tuple(before[-len(run) :]) == run
                        # "security is not open to django", "nobody here would accept django": the lift denied
                        and _LIFT_DENIALS.isdisjoint(before[-len(run) - _LIFT_DENIAL_REACH : -len(run)])
                        for run in cues.lifts_before
                    )
                ):
                    found.add(fw)
    return found


def ban_lifted(engine: Engine, said: tuple[str, ...]) -> bool:
    """'the ban got lifted', 'they rescinded the veto': a gatekeeper's ruling-out said to be over (vocabulary
    `thread.ban_nouns` / `ban_lapses`), not denied or hypothetical and not a ban on something else."""
    kb, cues = engine.kb, engine.kb.vocabulary.thread
    names = set(kb.frameworks) | set(cues.ban_object_pointers)
    for at, word in enumerate(said):
        if word not in cues.ban_nouns or (at > 0 and said[at - 1] in cues.ban_topics):
            continue  # 'the rate-limit block was removed': a block on traffic, not on a framework
        nxt = said[at + 1 : at + 3]
        if nxt and nxt[0] in cues.ban_objects and (len(nxt) < 2 or nxt[1] not in names):
            continue  # 'the ban on friday deploys'
        for start in range(max(0, at - _LAPSE_BEFORE), at + _BAN_REACH + 1):
            if start == at or not run_at(said, start, cues.ban_lapses):
                continue
            # the words between, and the two before whichever comes first ('if the ban is lifted')
            near = set(said[max(0, min(start, at) - 2) : max(start, at)])
            if not near & set(cues.ban_denials):
                return True
    return False


def widened(engine: Engine, said: tuple[str, ...], mandated: str) -> bool:
    """'only fastapi is approved' ... 'legal approved django too': another framework let in (a lift cue) with a
    `thread.widening` word in the turn; the allow-list now holds more than the one fixed earlier."""
    cues = engine.kb.vocabulary.thread
    if not said_anywhere(said, cues.widening):
        return False
    return bool(lifted(engine, said, [fw for fw in engine.kb.frameworks if fw != mandated]))
