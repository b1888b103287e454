"""A move reported over ("we wrapped up porting it from flask to quart", "ive since rebuilt it in django and
switched the old flask one off"): the framework it went to is what runs now, not a destination still ahead."""

from __future__ import annotations

import re
from itertools import compress

from knowledge.base.models import Vocabulary
from knowledge.base.text import phrase_words, words
from knowledge.reading.word_runs import WordRuns

_SENTENCE_END = re.compile(r"[.;!?\n]+")
_AFTER_REACH = 2  # "the port is done, mostly": a share word said right after the cue
_SHARE_REACH = 3  # "roughly 50% done moving", "about half done porting": the share said just before the cue


class FinishedMoves:
    """Built once per vocabulary; reads one message's sentences for a move said to be over."""

    def __init__(self, vocab: Vocabulary, framework_by_name: dict[str, str]) -> None:
        self._cues = tuple({phrase_words(cue) for cue in vocab.move_finished})
        self._firsts = frozenset(cue[0] for cue in self._cues if cue)
        self._joiners = frozenset(vocab.moves.finished_into)
        self._partly = frozenset(vocab.moves.finished_partly)
        self._names = {name: fw for name, fw in framework_by_name.items() if " " not in name}
        self._move_nouns = frozenset(noun for noun in vocab.target_after if " " not in noun)  # "port", "move"
        self._released = WordRuns(vocab.moves.finished_after_move)  # "… port shipped in march"
        self._unreal = vocab.running.unreal  # "the port will ship", "if the move went live": not over
        self._ahead = vocab.moves.finished_ahead  # "once the port is wrapped up": its end still ahead

    def destination(self, norm: str, current: str | None) -> str | None:
        """The framework a finished move went to: in the sentence saying the move is over, the one named after
        'to / into / in' (or, that failing, the one framework there besides what was read as running)."""
        for sentence in _SENTENCE_END.split(norm):
            said = words(sentence)
            # (every message comes here: a sentence naming no framework, or holding no cue's first word, is passed
            # over before the cues are tried)
            named = [(i, self._names[w]) for i, w in enumerate(said) if w in self._names]
            if not named or (self._firsts.isdisjoint(said) and self._move_nouns.isdisjoint(said)):
                continue
            present = set(said)  # (a cue whose first word the sentence lacks is not tried)
            if not any(
                self._finished_at(said, cue) for cue in self._cues if not cue or cue[0] in present
            ) and not self._released_move(said):
                continue
            joined = [fw for i, fw in named if i and said[i - 1] in self._joiners and fw != current]
            if joined:
                return joined[0]
            others = list(dict.fromkeys(fw for _, fw in named if fw != current))
            if current is not None and len(others) == 1:
                return others[0]
        return None

    def _released_move(self, said: list[str]) -> bool:
        """'the flask to fastapi port of our api shipped in march': a move's noun, then a verb of release later
        in the sentence, nothing planned or supposed before it, and no share of the move ('half the port shipped')."""
        for i, word in enumerate(said):
            if word not in self._move_nouns:
                continue
            for j in range(i + 1, len(said)):
                if self._released.at(said, j):
                    return (
                        self._unreal.isdisjoint(said[:j])
                        and self._ahead.isdisjoint(said[:j])
                        and not any(_share(w) or w in self._partly for w in said[:j])
                    )
        return False

    def _finished_at(self, said: list[str], cue: tuple[str, ...]) -> bool:
        """The cue said, and not as a share ('50% done moving', 'mostly done porting', 'done, mostly': part of
        the move)."""
        n = len(cue)
        # only where the cue's first word is (picked out in C): a sentence holds a cue word once or twice
        opens = compress(range(len(said) - n + 1), map(cue[0].__eq__, said)) if cue else range(len(said) + 1)
        return any(
            tuple(said[i : i + n]) == cue
            and not any(_share(w) or w in self._partly for w in said[max(0, i - _SHARE_REACH) : i])
            and self._partly.isdisjoint(said[i + n : i + n + _AFTER_REACH])  # "the port is done, mostly"
            for i in opens
        )


def _share(word: str) -> bool:
    """'50' of '50% done moving' is a share; '2023' of 'in 2023' is a year."""
    return word.isdigit() and int(word) <= 100
