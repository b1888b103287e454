"""A drop said of "it" or "that" in a thread ("they'll use retool for the dashboard, forget about it"): the part the
message names is taken back with the needs read from that part's own words (its logins, its admin); naming no
part held, the drop points at the last message, as "scratch that" does."""

from __future__ import annotations

import dataclasses

from knowledge.base.text import normal_words, normalize, stem, words
from knowledge.engine import Engine
from knowledge.reading.parser import ParsedQuery
from knowledge.reading.sentences import split_sentences
from knowledge.reasoning import takebacks
from knowledge.reasoning.thread_state import ConversationState

_HEDGE_REACH = 8  # words before a cue a condition may stand ("if the pilot flops we'll just shelve it")


def _drops_it(engine: Engine, said: tuple[str, ...]) -> bool:
    """Whether a drop_it cue is said with nothing right after it that makes it another act ('drop it into') and
    no hedge a few words before it that makes it a possibility ('if it flops we shelve it')."""
    vocab = engine.kb.vocabulary
    not_before = set(vocab.drop_it_not_before)
    hedges = takebacks.cue_phrases(engine, vocab.drop_it_hedges)
    for cue in takebacks.cue_phrases(engine, vocab.drop_it_cues):
        for at in range(len(said) - len(cue) + 1):
            if said[at : at + len(cue)] != cue or (at + len(cue) < len(said) and said[at + len(cue)] in not_before):
                continue
            near = said[max(0, at - _HEDGE_REACH) : at]
            if not any(near[i : i + len(h)] == h for h in hedges for i in range(len(near) - len(h) + 1)):
                return True
    return False


def _parts(engine: Engine, message: list[str]) -> list[list[str]]:
    """The message's words cut at the joints between its parts ('…, plus a dashboard with logins')."""
    joints = takebacks.cue_phrases(engine, engine.kb.vocabulary.part_joints)
    parts: list[list[str]] = [[]]
    at = 0
    while at < len(message):
        joint = next((j for j in joints if tuple(message[at : at + len(j)]) == j), None)
        if joint is not None:
            parts.append([])
            at += len(joint)
            continue
        parts[-1].append(message[at])
        at += 1
    return [part for part in parts if part]


def _stems(text: str) -> set[str]:
    return {stem(word) for word in words(text)}


def _naming_stems(engine: Engine, said: tuple[str, ...]) -> set[str]:
    """The turn's words that may name a part said earlier: not the drop cue's, not plain or linking words."""
    vocab = engine.kb.vocabulary
    plain = {
        *vocab.drop_it_plain,
        *vocab.thread.vague,
        *vocab.thread.determiners,
        *vocab.thread.systems,
        *vocab.thread.lead_ins,
        *vocab.needs.gap_stops,
        *(word for cue in takebacks.cue_phrases(engine, vocab.drop_it_cues) for word in cue),
    }
    return {stem(word) for word in said if word not in plain and not word.isdigit()}


def _drop_sentences(engine: Engine, text: str, said: tuple[str, ...]) -> tuple[str, ...]:
    """The words of the sentences that say the drop: 'drop the realtime part, PM cut it. now it's saving boards
    with permissions per user' names the part dropped in its first sentence; the next says what is left."""
    rewrites = engine.kb.vocabulary.rewrites
    cut = [normal_words(whole, rewrites) for whole in split_sentences(normalize(text, rewrites))]
    dropping = [w for sentence in cut if _drops_it(engine, sentence) for w in sentence]
    return tuple(dropping) or said


def apply(engine: Engine, state: ConversationState, parsed: ParsedQuery, said: tuple[str, ...]) -> ParsedQuery:
    """Take back what a drop of 'it' points at; the turn's reading without the needs it named to drop."""
    if not _drops_it(engine, said):
        return parsed
    naming = _naming_stems(engine, _drop_sentences(engine, parsed.text, said))
    # a need held and said again in the words of the part ("retool for the dashboard") is the part named
    named = {
        m.id
        for m in parsed.requirements
        if state.requirements.get(m.id) is False and _stems(m.text) & _stems(state.said.get(m.id, ("", None, False))[0])
    }
    first = min(state.message_words, default=None)
    gone, pointed = set(named), False
    for turn, message in state.message_words.items():
        parts = _parts(engine, message)
        for part in parts:
            part_stems = {stem(word) for word in part}
            held_named = any(
                state.said_turn.get(rid) == turn
                and (own := _stems(state.said.get(rid, ("", None, False))[0]))
                and own <= part_stems
                for rid in named
            )
            if not (held_named or naming & part_stems):
                continue
            pointed = True
            if len(parts) == 1 and turn == first:
                continue  # the opening message alone is the project: only a need named goes from it
            # the part goes with the needs read only from its own words
            gone |= {
                rid
                for rid, (wording, _, _) in state.said.items()
                if state.said_turn.get(rid) == turn and (own := _stems(wording)) and own <= part_stems
            }
    if not pointed:
        takebacks.take_back_last(state)  # naming nothing said before: "that" is the last message, as "nvm"
        return parsed
    takebacks.drop(state, {rid for rid in gone if state.requirements.get(rid) is False})
    # the words pointing at the part ("the analysts will label in label studio") describe where it goes, not the
    # project: what they read as needs goes with the part
    kept = tuple(m for m in parsed.requirements if m.id not in named and not _stems(m.text) & naming)
    return dataclasses.replace(parsed, requirements=kept)
