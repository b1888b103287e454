"""Taking back or setting right one part of the project in a thread: "correction on the admin: it's one switch"
re-describes that part and keeps the rest, "scratch the back office, the staff roles and the payments" drops each
item of the list rather than restating it."""

from __future__ import annotations

import dataclasses
import re

from knowledge.base.text import normal_words, stem, words
from knowledge.engine import Engine
from knowledge.reading.result import ParsedQuery, RequirementMention
from knowledge.reasoning.takebacks import cue_phrases, drop
from knowledge.reasoning.thread_state import ConversationState

_CLAUSE_MARK = re.compile(r"[:;,\u2014\u2013]|\s-\s")  # where the name of a corrected part ends
_PART_MAX = 5  # "correction on the partner admin screens:": the words a part's name may take


def corrected_part(engine: Engine, text: str) -> frozenset[str]:
    """'correction on the admin: it is one switch': the stems of the part a correction is about (vocabulary
    `correction_scopes` right after a correction cue, up to the clause's mark, with more said after it); empty when
    the correction is about the whole project."""
    vocab = engine.kb.vocabulary
    cues = cue_phrases(engine, vocab.correction_cues)
    clauses = _CLAUSE_MARK.split(text)
    for clause in clauses[:-1]:
        said = normal_words(clause, vocab.rewrites)
        for cue in cues:
            for at in range(len(said) - len(cue)):
                if said[at : at + len(cue)] != cue or said[at + len(cue)] not in vocab.correction_scopes:
                    continue
                named = said[at + len(cue) + 1 :]
                content = {stem(word) for word in named if word not in vocab.thread.vague}
                if content and len(named) <= _PART_MAX:
                    return frozenset(content)
    return frozenset()


def correct_part(state: ConversationState, parsed: ParsedQuery, part: frozenset[str]) -> ParsedQuery | None:
    """A correction about one part: the needs said of that part before go, and the words naming it now name it,
    they do not ask for it again (what follows them says what the part is). None when the part names no need
    held ('correction to my last message: …' corrects the whole)."""
    naming = {m.id for m in parsed.requirements if {stem(word) for word in words(m.text)} <= part}
    held = {
        rid
        for rid, (said, _, _) in state.said.items()
        if state.requirements.get(rid) is False and (rid in naming or part & {stem(word) for word in words(said)})
    }
    if not held:
        return None
    drop(state, held)  # ("correction about the back office" drops the admin panel said before)
    kept = tuple(m for m in parsed.requirements if m.id not in naming)
    return dataclasses.replace(parsed, requirements=kept)


_SENTENCE_END = re.compile(r"[.!?\n]+")
_ITEM_MAX = 4  # "scratch the back office, the staff roles and the payments": each item of the list a few words


def dropped_items(engine: Engine, text: str) -> list[frozenset[str]]:
    """'scratch the back office, the staff roles and the payments': the words of each item of the list a part-drop
    cue takes as its object, item after item while each stays a few words (a longer clause says something else:
    '…, the gym's POS does all of that')."""
    return [frozenset(item) for item in _dropped_runs(engine, text)]


def _dropped_runs(engine: Engine, text: str) -> list[tuple[str, ...]]:
    """The dropped list's items, each its words in order."""
    vocab = engine.kb.vocabulary
    # only a cue that opens its object ("scratch the …"); "the project was shelved in spring, …" lists nothing
    cues = [cue for cue in cue_phrases(engine, vocab.part_drop_cues) if cue[-1] in vocab.thread.definite]
    items: list[tuple[str, ...]] = []
    for sentence in _SENTENCE_END.split(text):
        pieces = [normal_words(piece, vocab.rewrites) for piece in _CLAUSE_MARK.split(sentence)]
        for n, said in enumerate(pieces):
            at = next((i + len(c) for c in cues for i in range(len(said)) if said[i : i + len(c)] == c), None)
            if at is None:
                continue
            for piece in (said[at:], *pieces[n + 1 :]):
                parts = _split_items(piece, vocab.scope.item_joiners)
                if not parts or any(len(part) > _ITEM_MAX for part in parts):
                    break
                items += parts
            break
    return items


def _split_items(said: tuple[str, ...], joiners: frozenset[str]) -> list[tuple[str, ...]]:
    """A piece's items, split at 'and'/'or' ('the staff roles and the payments')."""
    parts: list[tuple[str, ...]] = []
    start = 0
    for i, word in enumerate(said):
        if word in joiners:
            if i > start:
                parts.append(said[start:i])
            start = i + 1
    if len(said) > start:
        parts.append(said[start:])  # the last item, ended by the piece
    return parts


def drop_listed(engine: Engine, parsed: ParsedQuery, before: dict[str, bool]) -> ParsedQuery:
    """A need held before and named again as an item of a dropped list is dropped with the list, not restated."""
    items = dropped_items(engine, parsed.text) if engine.kb.vocabulary.part_drop_cues else []
    if not items:
        return parsed

    def listed(m: RequirementMention) -> bool:
        return before.get(m.id) is False and any(set(words(m.text)) <= item for item in items)

    found = tuple(
        dataclasses.replace(m, negated=True) if not m.negated and listed(m) else m for m in parsed.requirements
    )
    return dataclasses.replace(parsed, requirements=found)


def drops_surface(engine: Engine, text: str) -> bool:
    """'scrap the screens', 'lose the agent frontend entirely': a dropped item whose head is a word naming the
    screens people use (vocabulary `surface_words`; only `surface_tails` may follow it). 'scratch the UI polish'
    drops something about the screens, not the screens."""
    vocab = engine.kb.vocabulary
    if not vocab.surface_words:
        return False
    for item in _dropped_runs(engine, text):
        head = [word for word in item if word not in vocab.surface_tails]
        if (
            head
            and head[-1] in vocab.surface_words
            and item.index(head[-1]) == len(head) - 1
            # "scrap the mobile screens": one kind of screen among others goes, the rest stay
            and vocab.surface_kinds.isdisjoint(head[:-1])
        ):
            return True
    return False


def drop_surface(engine: Engine, state: ConversationState, parsed: ParsedQuery, before: dict[str, bool]) -> None:
    """A drop of the people-facing part takes the needs held for people at screens (vocabulary `surface_needs`)
    that the turn does not say again: what is left is what machines call."""
    if not drops_surface(engine, parsed.text):
        return
    stated = {m.id for m in parsed.requirements}
    dropped = {word for item in _dropped_runs(engine, parsed.text) for word in item}
    if any(
        m.id in engine.kb.vocabulary.surface_needs
        and not m.negated
        and not dropped.issuperset(m.text.replace(",", "").split())
        for m in parsed.requirements
    ):
        return  # "forget the fancy frontend, plain templates are fine": the turn keeps screens of its own
    drop(state, {rid for rid in engine.kb.vocabulary.surface_needs if before.get(rid) is False} - stated)
