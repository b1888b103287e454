"""Questions about the answer in a thread ("won't fastapi be slow with the orm?", "how long to learn?"): cut out
of a follow-up before it is read, since they ask how the pick fares and state no need of the project."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import normal_words, phrase_words

# a sentence ends at a mark followed by a space (not "app.py"); a clause at a comma, colon, semicolon or dash
_SENTENCE_END = re.compile(r"(?<=[?!.])\s+")
_CLAUSE_END = re.compile(r"([,;:\u2014\u2013]+\s*|\s-{1,2}\s)")
_SUBJECT_REACH = 3  # "isnt the django orm …": the subject within a few words of the opener
_SYSTEM_REACH = 3  # "the fastapi model service": a framework naming a system of ours, a qualifier or two between


@dataclass(frozen=True, slots=True)
class AnswerQuestions:
    """What a follow-up says once its questions about the answer are cut out."""

    kept: str  # the message without them, to be read for needs
    asked: str  # the questions cut out, for the frameworks they ask about

    @property
    def cut(self) -> bool:
        return bool(self.asked.strip())


class AnswerQuestionReader:
    """Built once per knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        vocab = kb.vocabulary
        cues = vocab.answer_questions
        self._rewrites = vocab.rewrites
        self._lead_ins = cues.lead_ins
        self._openers = cues.openers
        self._skips = cues.subject_skips
        names = {w for spelling in kb.spellings(aliases=True) for w in self._words(spelling)}
        self._refs = cues.answer_refs
        self._subjects = cues.answer_refs | names
        self._systems = vocab.thread.systems
        self._how_degrees = cues.how_degrees
        self._judgements = [self._words(" ".join(run)) for run in cues.judgements]
        self._quality_asks = [self._words(" ".join(run)) for run in cues.quality_asks]
        self._topic_openers = [self._words(" ".join(run)) for run in cues.topic_openers]
        self._keeps = [self._words(" ".join(run)) for run in cues.keeps]

    def _words(self, text: str) -> tuple[str, ...]:
        return phrase_words(text, self._rewrites)

    def split(self, text: str) -> AnswerQuestions:
        """The message's clauses sorted into what it states and what it asks about the answer."""
        kept: list[str] = []
        asked: list[str] = []
        for sentence in _SENTENCE_END.split(text.strip()):
            pieces = _CLAUSE_END.split(sentence)
            clauses = [(pieces[at], pieces[at + 1] if at + 1 < len(pieces) else "") for at in range(0, len(pieces), 2)]
            ends_asked = sentence.rstrip().endswith("?")
            topic: list[str] = []  # "what about docs —": held until the clause after it says what it goes with
            for at, (clause, mark) in enumerate(clauses):
                raw = normal_words(clause, self._rewrites)
                last = at == len(clauses) - 1
                # "should it prove useful, it becomes …": an opener mid-sentence asks only in a sentence that does
                if (ends_asked or last) and self.asks_of_answer(self._past_lead_ins(raw), asked=last and ends_asked):
                    asked += [*topic, clause + mark]
                elif self._opens(raw, self._topic_openers) and not last:
                    kept += topic
                    topic = [clause + mark]
                    continue
                else:
                    kept += [*topic, clause + mark]
                topic = []
            kept += topic
            kept.append(" ")
            asked.append(" ")
        return AnswerQuestions("".join(kept).strip(), "".join(asked).strip())

    def asks_of_answer(self, said: Sequence[str], asked: bool = False) -> bool:
        """'is django secure enough for this', 'how hard is hiring for it', 'should we worry that …': a question
        whose subject is the answer, or that weighs how something fares; one stating or supposing a need is not."""
        if not said or _has_any(said, self._keeps):
            return False
        if said[0] == "how":
            return len(said) > 1 and said[1] in self._how_degrees
        if self._opens(said, self._quality_asks):
            return asked or len(said) <= len(max(self._quality_asks, key=len))
        if said[0] not in self._openers:
            return False
        at = next((at for at in range(1, min(len(said), 1 + _SUBJECT_REACH)) if said[at] not in self._skips), None)
        return (at is not None and self._is_answer(said, at)) or _has_any(said[1:], self._judgements)

    def _is_answer(self, said: Sequence[str], at: int) -> bool:
        """'is django …', 'will it …': the answer; 'can the fastapi model service …' names a system of ours."""
        if said[at] not in self._subjects:
            return False
        after = said[at + 1 : at + 1 + _SYSTEM_REACH]
        if said[at] in self._refs:
            # "would it be possible to run the admin beside flask?": an "it" standing for the to-clause after it
            return not any(w == "to" and after[i - 1 : i] != ("going",) for i, w in enumerate(after))
        return not self._systems.intersection(after)

    def _past_lead_ins(self, said: Sequence[str]) -> tuple[str, ...]:
        at = 0
        while at < len(said) - 1 and said[at] in self._lead_ins:
            at += 1
        return tuple(said[at:])

    @staticmethod
    def _opens(said: Sequence[str], runs: Iterable[tuple[str, ...]]) -> bool:
        return any(run and tuple(said[: len(run)]) == run for run in runs)


def _has_any(said: Sequence[str], runs: Iterable[tuple[str, ...]]) -> bool:
    return any(run and any(tuple(said[at : at + len(run)]) == run for at in range(len(said))) for run in runs)
