"""Clauses a message closes as another matter ("onboarding is a mess, but that's a separate fight", "the sdk comes
later, not our concern now", "there's a websocket feed too, but another team owns that"), cut out before reading:
vocabulary.yaml `dismissed`. The choice is made for the system asked about (000 "Final recommendation")."""

from __future__ import annotations

import re
from itertools import compress

from knowledge.base.dismissal_cues import DismissalCues
from knowledge.reading.sentences import split_sentences
from knowledge.reading.word_runs import WordRuns

_WORD = re.compile(r"[a-z0-9]+")
_MARK = re.compile(r"[,;:\u2014\u2013()\[\]]|\s-\s")  # a clause's edge inside a sentence
_END = re.compile(r"[.,;!?)\]\u2014\u2013]|\s-\s")  # what may close a dismissal (not a colon: "a different story: …")
_CONTRAST_REACH = 3  # "but that's": the contrast within these words before a weak matter
_ARTICLES = frozenset({"a", "an"})  # "a different team owns that": an owner said with its article


class Dismissed:
    """Built once per vocabulary; `cut` returns the normalised message without the clauses it dismisses."""

    def __init__(self, cues: DismissalCues | None, rewrites: dict[str, str]) -> None:
        self._cues = cues

        self._matters = WordRuns.of_phrases(cues.matters, rewrites) if cues else WordRuns(())
        self._weak = WordRuns.of_phrases(cues.weak_matters, rewrites) if cues else WordRuns(())
        self._denials = WordRuns.of_phrases(cues.denials, rewrites) if cues else WordRuns(())
        self._owners = WordRuns.of_phrases(cues.owners, rewrites) if cues else WordRuns(())
        self._subjects = WordRuns.of_phrases(cues.subjects, rewrites) if cues else WordRuns(())
        self._fillers = WordRuns.of_phrases(cues.fillers, rewrites) if cues else WordRuns(())
        # the words a dismissal's cue opens on: only there can `_dismissal` find one (a sentence has few)
        self._openers = self._owners.firsts | self._denials.firsts | self._matters.firsts | self._weak.firsts

    def cut(self, norm: str) -> str:
        if self._cues is None:
            return norm
        said = _WORD.findall(norm)
        if not any(r.may_start_in(said) for r in (self._matters, self._weak, self._denials, self._owners)):
            return norm
        spans: list[tuple[int, int]] = []
        pos = 0
        previous: tuple[int, int] | None = None
        for sentence in split_sentences(norm):
            start = norm.find(sentence, pos)
            pos = start + len(sentence)
            found = self._dismissal(sentence)
            if found is not None:
                begin, end = found
                if begin is None:  # "Different team owns that." alone: it dismisses the sentence before
                    if previous is not None:
                        spans.append(previous)
                    begin = 0
                spans.append((start + begin, start + end))
            previous = (start, pos)
        for begin, end in sorted(set(spans), reverse=True):
            norm = norm[:begin] + " " + norm[end:]
        return norm

    def _dismissal(self, sentence: str) -> tuple[int | None, int] | None:
        """(start, end) of the clause `sentence` dismisses, up to the dismissal's end; start None when the sentence
        is the dismissal alone."""
        assert self._cues is not None
        tokens = list(_WORD.finditer(sentence))
        said = [t.group() for t in tokens]
        for i in compress(range(len(said)), map(self._openers.__contains__, said)):
            owner = self._owners.at(said, i)
            denial = self._denials.at(said, i)
            strong = owner or denial or self._matters.at(said, i)
            n = strong or self._weak.at(said, i)
            if not n:
                continue
            subject = self._subjects.ends_at(said, i)
            first = i - subject
            pointed = subject > 0 and any(w in self._cues.pointers for w in said[first:i])
            edge = i == 0 or bool(_MARK.search(sentence, tokens[i - 1].end(), tokens[i].start()))
            if strong and not owner and not (subject or edge):
                continue
            if denial and subject and not pointed:  # "sso is out of scope": a need refused, for the negation cues
                continue
            if not strong and not (pointed and self._contrast(said, first)):
                continue
            end = self._end(sentence, tokens, said, i + n)
            if end is None:
                continue
            lead = self._cues.pointers | self._cues.contrasts | _ARTICLES
            if all(w in lead for w in said[:first]) and (owner or pointed or i == 0):
                return None, end
            if subject and not pointed:  # "the ci slowness is a separate issue": that clause alone
                return self._clause_start(sentence, tokens[first].start(), back=False), end
            return self._clause_start(sentence, tokens[first].start(), back=True), end
        return None

    def _contrast(self, said: list[str], first: int) -> bool:
        assert self._cues is not None
        window = said[max(0, first - _CONTRAST_REACH) : first + 2]
        return any(w in self._cues.contrasts for w in window)

    def _end(self, sentence: str, tokens: list[re.Match[str]], said: list[str], j: int) -> int | None:
        """Where the dismissal ends (its fillers taken), if it closes its clause there."""
        while j < len(said) and (n := self._fillers.at(said, j)):
            j += n
        assert self._cues is not None
        if j < len(said) and said[j] in self._cues.handled_elsewhere:
            # "… a separate issue handled in the old django app": where it lives is the dismissal's, to the clause end
            while j < len(said) and not _END.search(sentence, tokens[j - 1].end(), tokens[j].start()):
                j += 1
        end = tokens[j - 1].end()
        if j == len(said) or _END.search(sentence, end, tokens[j].start()):
            return end
        return None

    def _clause_start(self, sentence: str, at: int, *, back: bool) -> int:
        """After the last clause mark before `at` outside brackets; with `back`, the clause before that one (what
        ', but that's …' points at), unless words join the two ('x is slow but that's …')."""
        assert self._cues is not None
        marks = [m for m in _MARK.finditer(sentence, 0, at) if _depth(sentence, m.start()) == 0 and m.group() != "("]
        if not marks:
            return 0
        last = marks[-1]
        between = _WORD.findall(sentence, last.end(), at)
        if back and all(w in self._cues.contrasts for w in between):  # the mark opens the dismissal's own clause
            return marks[-2].end() if len(marks) > 1 else 0
        return last.end()


def _depth(sentence: str, at: int) -> int:
    """How many brackets are open at `at`."""
    head = sentence[:at]
    return max(0, head.count("(") - head.count(")")) + max(0, head.count("[") - head.count("]"))
