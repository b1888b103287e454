"""A bare "yep" or "nah" typed right after the bot asked a yes-or-no question: the answer its button would give,
and the need it asked about stated or ruled out."""

from __future__ import annotations

import re

from knowledge.base.models import Vocabulary
from knowledge.base.text import normal_words, phrase_words
from knowledge.reading.sentences import Questions, split_sentences
from knowledge.reasoning.advice import DecidingQuestion
from knowledge.reasoning.thread_state import ConversationState

_ADDRESSEE = re.compile(r"^\s*(?:@\S+|\w+,)\s*")  # a handle or a name with a comma, heading the message

__all__ = ["answered", "asks_own", "follow_up", "remember"]


def remember(state: ConversationState, question: DecidingQuestion | None, *, asked_own: bool = False) -> None:
    """Keep the yes-or-no question just asked (its follow-ups, yes first, and its need); any other turn forgets.
    A turn that put its own yes-or-no question to the thread, with the bot only repeating the one it had open
    ("@maria is the old flask box still up?"), leaves no question of the bot's open: a bare "yep" next most likely
    answers the person's question."""
    repeated = question is not None and [c.follow_up for c in question.choices] == state.deciding_answers
    asks = question is not None and question.need is not None and not (asked_own and repeated)
    state.deciding_answers = [c.follow_up for c in question.choices] if question is not None and asks else []
    state.deciding_need = question.need if question is not None and asks else None


def answered(vocab: Vocabulary, state: ConversationState, text: str) -> bool | None:
    """True for a bare yes, False for a bare no (fillers aside) to the bot's last yes-or-no question; None when no
    such question is open or the message says more ('yes, accounting are non-devs' is read as it stands)."""
    if len(state.deciding_answers) != 2 or state.deciding_need is None:
        return None
    said = list(normal_words(text, vocab.rewrites))
    sides = {True: _runs(vocab, vocab.answer_yes), False: _runs(vocab, vocab.answer_no)}
    fillers = frozenset(vocab.answer_fillers)
    found: set[bool] = set()
    at = 0
    while at < len(said):
        if said[at] in fillers:
            at += 1
            continue
        step = max(
            (
                (len(run), side)
                for side, runs in sides.items()
                for run in runs
                if tuple(said[at : at + len(run)]) == run
            ),
            default=None,
        )
        if step is None:
            return None  # a word that is neither: the message says more than yes or no
        at += step[0]
        found.add(step[1])
    return found.pop() if len(found) == 1 else None  # (nothing said, or both: no answer)


def asks_own(questions: Questions, text: str) -> bool:
    """The turn, addressed to a person by name, ends on a yes-or-no question of its own ("@maria do we still run the
    flask box?"): a bare answer next is that person's."""
    said = [part for part in split_sentences(text) if part.strip()]
    person = _ADDRESSEE.match(text)  # "@maria do we …?", "maria, is it …?": a person asked, by name
    return bool(said and person) and said[-1].rstrip().endswith("?") and questions.yes_no(_ADDRESSEE.sub("", said[-1]))


def follow_up(state: ConversationState, yes: bool) -> str:
    """The words the answer's button would have sent."""
    return state.deciding_answers[0 if yes else 1]


def _runs(vocab: Vocabulary, cues: list[str]) -> list[tuple[str, ...]]:
    return [run for run in (phrase_words(cue, vocab.rewrites) for cue in cues) if run]
