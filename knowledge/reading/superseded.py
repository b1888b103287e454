"""Views a paste reports as held earlier and then overturned ("initially we thought we'd need websockets, but a
refresh every minute is fine"), cut out before reading: vocabulary.yaml `superseded`. A long post or a design doc
often tells how the thinking went; only where it ended describes the system."""

from __future__ import annotations

import re

from knowledge.base.superseded_cues import SupersededCues
from knowledge.reading.sentences import split_sentences
from knowledge.reading.word_runs import WordRuns

_WORD = re.compile(r"[a-z0-9]+")
_CLAUSE_MARK = re.compile(r"[,;:()\[\]\u2014\u2013]|\s-\s")
# "the service is for partners and we thought …": a joiner before the view's subject starts the view
_JOINERS = frozenset({"and", "so", "because", "while", "since", "which", "where"})
_SUBJECT_REACH = 4  # "the ops team said": the words of a view's subject before its verb
_KEPT_CUTS = 8  # a turn cuts its message twice (parse, then the thread's update): the last few are kept


class Superseded:
    """Built once per vocabulary; `cut` returns the normalised message without the views overturned in it."""

    def __init__(self, cues: SupersededCues | None, rewrites: dict[str, str]) -> None:
        self._cues = cues

        self._beliefs = WordRuns.of_phrases(cues.beliefs, rewrites) if cues else WordRuns(())
        self._plans = WordRuns.of_phrases(cues.plans, rewrites) if cues else WordRuns(())
        self._markers = WordRuns.of_phrases(cues.past_markers, rewrites) if cues else WordRuns(())
        self._turns = WordRuns.of_phrases(cues.turns, rewrites) if cues else WordRuns(())
        self._next_turns = WordRuns.of_phrases(cues.next_turns, rewrites) if cues else WordRuns(())
        self._kept: dict[str, str] = {}  # normalised message -> its cut (a pure function of the text)

    def cut(self, norm: str) -> str:
        kept = self._kept.get(norm)
        if kept is None:
            kept = self._cut(norm)
            if len(self._kept) >= _KEPT_CUTS:
                self._kept.clear()
            self._kept[norm] = kept
        return kept

    def _cut(self, norm: str) -> str:
        if self._cues is None or not (
            self._beliefs.may_start_in(w := _WORD.findall(norm)) or self._plans.may_start_in(w)
        ):
            return norm
        spans: list[tuple[int, int]] = []
        pos = 0
        sentences = split_sentences(norm)
        said_in = [*map(_WORD.findall, sentences), []]  # (in C: most sentences of a paste are passed by)
        for index, sentence in enumerate(sentences):
            start = norm.find(sentence, pos)
            pos = start + len(sentence)
            said = said_in[index]
            # a view needs its opening word and a turn after it, in the sentence or opening the next: the openings
            # ("we", "the", "i") are in most sentences, the turns ("but", "however") in few
            if not (self._beliefs.may_start_in(said) or self._plans.may_start_in(said)) or not (
                self._turns.may_start_in(said) or self._next_turns.at(said_in[index + 1], 0)
            ):
                continue
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            span = self._view(sentence, following)
            if span is not None:
                spans.append((start + span[0], start + span[1]))
        for begin, end in reversed(spans):
            norm = norm[:begin] + " " + norm[end:]
        return norm

    def _view(self, sentence: str, following: str) -> tuple[int, int] | None:
        """The characters of `sentence` from a view's start to the turn that overturns it (or to the sentence's
        end when the next sentence opens on a turn)."""
        assert self._cues is not None
        tokens = list(_WORD.finditer(sentence))
        said = [t.group() for t in tokens]
        # only a word opening a belief or a plan can start a view
        for i in sorted({*self._beliefs.openings(said), *self._plans.openings(said)}):
            if not self._is_view(said, i):
                continue
            for j in range(i + 1, min(len(said), i + 1 + self._cues.turn_reach)):
                if self._turns.at(said, j):
                    # "but scratch that, …": turns said together are one, and go with the view they overturn
                    end = j
                    while end < len(said) and (n := self._turns.at(said, end)):
                        end += n
                    return self._view_start(sentence, said, tokens, i), tokens[end - 1].end()
            if self._next_turns.at(_WORD.findall(following), 0):
                return self._view_start(sentence, said, tokens, i), len(sentence)
            return None
        return None

    def _is_view(self, said: list[str], i: int) -> bool:
        """A belief word at `i` (not a forecast: 'is expected'), or a plan word with a past marker shortly before."""
        assert self._cues is not None
        if i and said[i - 1] in self._cues.blockers:
            return False
        if self._beliefs.at(said, i):
            return True
        if not self._plans.at(said, i):
            return False
        reach = range(max(0, i - self._cues.marker_reach), i)
        return any(self._markers.at(said, k) for k in reach)

    @staticmethod
    def _view_start(sentence: str, said: list[str], tokens: list[re.Match[str]], i: int) -> int:
        """Where the view's clause starts: after the last clause mark before it, or after a joiner within its
        subject's reach ('… and we thought')."""
        marks = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, tokens[i].start())]
        start = marks[-1] if marks else 0
        for k in range(i - 1, max(-1, i - 1 - _SUBJECT_REACH), -1):
            if tokens[k].start() < start:
                break
            if said[k] in _JOINERS:
                return tokens[k].end()
        return start
