"""What a follow-up turn asks for: an intent from the YAML cue lists, and the text left over."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import normal_words, normalize, phrase_words
from knowledge.reading.phrases import PhraseIndex
from knowledge.reading.typos import FUZZY_SEARCHES_PER_MESSAGE

UPDATE = "update"  # no cue matched: the turn changes the requirements


@dataclass(frozen=True, slots=True)
class DetectedIntent:
    intent: str
    remainder: str  # the message without the cue, for the requirement parser


class IntentDetector:
    def __init__(self, kb: KnowledgeBase) -> None:
        vocab = kb.vocabulary
        self._rewrites = vocab.rewrites
        self._order = [intent.id for intent in vocab.intents]
        self._exact: dict[tuple[str, ...], str] = {}
        tagged = []
        for intent in vocab.intents:
            for cue in intent.exact:
                self._exact.setdefault(phrase_words(cue, self._rewrites) or (cue,), intent.id)
            tagged += [(phrase_words(cue, self._rewrites), "intent", intent.id) for cue in intent.all_cues()]
        # "not asking abt frameworks", "not about web frameworks": shorthand read out, a filler word skipped
        self._index = PhraseIndex(
            tagged,
            protected=vocab.common_words,
            shorthand=vocab.shorthand,
            whole=vocab.whole_words,
            fillers=dict.fromkeys(vocab.intent_fillers, frozenset({"intent"})),
        )

    def detect(self, text: str) -> DetectedIntent:
        norm = normalize(text, self._rewrites)
        tokens = normal_words(text, self._rewrites)
        exact = self._exact.get(tokens) or (self._exact.get((norm.strip(),)) if not tokens else None)
        if exact:
            return DetectedIntent(exact, "")
        self._index.typos.fuzzy_budget = FUZZY_SEARCHES_PER_MESSAGE  # as the parser: a cold paste cannot stall the turn
        expanded, origin = self._expanded(tokens)
        matches, _ = self._index.scan(expanded)
        found = {value: match for match in matches for kind, value in match.tags if kind == "intent"}
        for intent in self._order:
            if intent in found:
                cue = tokens[origin[found[intent].start] : origin[found[intent].end - 1] + 1]
                pattern = r"\b" + r"\W+".join(map(re.escape, cue)) + r"\b"
                return DetectedIntent(intent, re.sub(pattern, " ", norm, count=1))
        return DetectedIntent(UPDATE, text)

    def _expanded(self, tokens: tuple[str, ...]) -> tuple[list[str], list[int]]:
        """The words with shorthand read out, and for each the position of the word it came from."""
        return self._index.expand_with_origins(tokens)
