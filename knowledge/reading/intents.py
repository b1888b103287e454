"""What a follow-up turn asks for: an intent from the YAML cue lists, and the text left over."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import normal_words, normalize, phrase_words, phrase_words_many
from knowledge.reading.phrases import Match, PhraseIndex
from knowledge.reading.typos import FUZZY_SEARCHES_PER_MESSAGE

UPDATE = "update"  # no cue matched: the turn changes the requirements
# a link as typed or as Slack sends it ("<https://…|label>"): taken out before a `with_link` intent's cues are tried
_COUNT = re.compile(r"\d+(?:\.\d+)?[km]?")  # one word: "500", "50k", "1.5m"
_LINK = re.compile(r"<https?://[^>]*>|https?://\S+|\bwww\.\S+")
_VERSION = re.compile(r"v\d+(?:\.\d+)*")  # "pydantic v2": a version's name, not a count
# a quoted claim: an opening quote after no letter, a closing one before none ("can't" inside stays in the quote)
_QUOTED = re.compile(r"(?<!\w)['\"\u2018\u201c](.+?)['\"\u2019\u201d](?!\w)")
_DEFINITE = frozenset({"the", "that", "this"})  # grammar: a noun said again points back to one named before


@dataclass(frozen=True, slots=True)
class DetectedIntent:
    intent: str
    remainder: str  # the message without the cue, for the requirement parser


class IntentDetector:
    def __init__(self, kb: KnowledgeBase, cues: PhraseIndex | None = None) -> None:
        """`cues`: `cue_index(kb)`, built already (kept by index_cache.py)."""
        vocab = kb.vocabulary
        self._rewrites = vocab.rewrites
        self._order = [intent.id for intent in vocab.intents]
        self._exact: dict[tuple[str, ...], str] = {}
        self._link_exact: dict[tuple[str, ...], str] = {}  # "<url> thoughts?": the reaction left once the link is out
        # "which orm for our fastapi service?": words that make an `unless_named` intent's message a pick after all
        names = list(kb.spellings(aliases=True))
        self._unless: dict[str, list[tuple[str, ...]]] = {
            intent.id: [
                phrase_words(w, self._rewrites) for w in (*intent.unless_said, *(names if intent.unless_named else ()))
            ]
            for intent in vocab.intents
            if intent.unless_named or intent.unless_said
        }
        self._companions = {
            intent.id: [phrase_words(w, self._rewrites) for w in intent.with_any]
            for intent in vocab.intents
            if intent.with_any
        }
        self._project_words = frozenset(kb.close_calls.project_words)
        self._unless_project = {intent.id for intent in vocab.intents if intent.unless_project}
        self._after_count = {intent.id for intent in vocab.intents if intent.not_after_count}
        self._not_after = {
            intent.id: [phrase_words(w, self._rewrites) for w in intent.not_after] for intent in vocab.intents
        }
        self._not_before = {
            intent.id: [phrase_words(w, self._rewrites) for w in intent.not_before] for intent in vocab.intents
        }
        self._describers = frozenset(vocab.rate_describers)  # "2,000 json read requests per second"
        for intent in vocab.intents:
            exact = self._link_exact if intent.with_link else self._exact
            for cue in intent.exact:
                exact.setdefault(phrase_words(cue, self._rewrites) or (cue,), intent.id)
        self._index = cues if cues is not None else cue_index(kb)

    def detect(self, text: str) -> DetectedIntent:
        norm = normalize(text, self._rewrites)
        tokens = normal_words(text, self._rewrites)
        exact = self._exact.get(tokens) or (self._exact.get((norm.strip(),)) if not tokens else None)
        if exact:
            return DetectedIntent(exact, "")
        # the substring tests first: the link pattern's alternatives make it try every position of a long paste
        if self._link_exact and ("http" in text or "www." in text) and _LINK.search(text):
            reaction = self._link_exact.get(normal_words(_LINK.sub(" ", text), self._rewrites))
            if reaction:
                return DetectedIntent(reaction, "")
        self._index.typos.fuzzy_budget = FUZZY_SEARCHES_PER_MESSAGE  # as the parser: a cold paste cannot stall the turn
        expanded, origin = self._index.shorthand.expand_with_origins(tokens)  # shorthand read out, each word's source
        matches, _ = self._index.scan(expanded)
        found = {value: match for match in matches for kind, value in match.tags if kind == "intent"}
        for intent in self._order:
            if intent in found:
                at = origin[found[intent].start]
                if at and tokens[at - 1][-1:].isdigit() and not _VERSION.fullmatch(tokens[at - 1]):
                    continue  # "must serve 1,500 requests per second": a count said, not a question on speed
                cue = tokens[at : origin[found[intent].end - 1] + 1]
                if intent in self._companions and not any(_contains(tokens, w) for w in self._companions[intent]):
                    continue  # "how do i pick one for our crm": a how-to opener with no tool said beside it
                if intent in self._unless_project and self._says_project(text):
                    continue  # "async because it's 2026, but the service is cpu-bound": the system decides
                if intent in self._unless and self._asks_pick(intent, tokens, cue):
                    continue
                if intent in self._after_count and _counted(tokens, origin[found[intent].start], self._describers):
                    continue
                if self._blocked(intent, tokens, at):
                    continue  # "our benchmarks show litestar faster": a result reported, the question is elsewhere
                if self._describes(intent, tokens, at + len(cue)):
                    continue  # "backend for a podcast app": the piece names the product built, not a piece written
                if (
                    tokens[at - 1 : at]
                    and tokens[at - 1] in _DEFINITE
                    and self._said_blocked(intent, tokens, matches, origin)
                ):
                    continue  # "a one-off data migration … after the migration": the one named before, said again
                pattern = r"\b" + r"\W+".join(map(re.escape, cue)) + r"\b"
                return DetectedIntent(intent, re.sub(pattern, " ", norm, count=1))
        return DetectedIntent(UPDATE, text)

    def _says_project(self, text: str) -> bool:
        """A project word outside quoted claims ("django is 'too slow for real apis'" quotes what someone said)."""
        return not self._project_words.isdisjoint(phrase_words(_QUOTED.sub(" ", text), self._rewrites))

    def _blocked(self, intent: str, tokens: tuple[str, ...], at: int) -> bool:
        """A `not_after` word right before the cue at `at` ('data migration'): the cue names another thing."""
        return any(w and tokens[max(0, at - len(w)) : at] == w for w in self._not_after[intent])

    def _describes(self, intent: str, tokens: tuple[str, ...], end: int) -> bool:
        """A `not_before` word right after the cue ending at `end` ('podcast app'): the cue describes a system."""
        return any(w and tokens[end : end + len(w)] == w for w in self._not_before[intent])

    def _said_blocked(self, intent: str, tokens: tuple[str, ...], matches: list[Match], origin: list[int]) -> bool:
        """Whether an earlier cue of `intent` in the message was one a `not_after` word blocked."""
        cues = [origin[m.start] for m in matches if any(k == "intent" and v == intent for k, v in m.tags)]
        return any(self._blocked(intent, tokens, at) for at in cues[:-1] if at)

    def _asks_pick(self, intent: str, tokens: tuple[str, ...], cue: tuple[str, ...]) -> bool:
        """A framework named, or a word asking for one, outside the intent's cue ('which orm for our fastapi app?')."""
        rest = _without(tokens, cue)
        return any(_contains(rest, said) for said in self._unless[intent])


def cue_index(kb: KnowledgeBase) -> PhraseIndex:
    """Every intent's cues, tagged with the intent."""
    vocab = kb.vocabulary
    tagged: list[tuple[str, str, str]] = []
    for intent in vocab.intents:
        cues = intent.all_cues()  # (read into words below, all intents' cues in one batch)
        tagged += zip(cues, ["intent"] * len(cues), [intent.id] * len(cues), strict=True)
    # "not asking abt frameworks", "not about web frameworks": shorthand read out, a filler word skipped
    read = phrase_words_many([cue for cue, _, _ in tagged], vocab.rewrites)
    return PhraseIndex(
        [(said, kind, value) for said, (_, kind, value) in zip(read, tagged, strict=True)],
        protected=vocab.common_words,
        shorthand=vocab.shorthand,
        whole=vocab.whole_words,
        fillers=dict.fromkeys(vocab.intent_fillers, frozenset({"intent"})),
    )


def _counted(tokens: tuple[str, ...], at: int, describers: frozenset[str] = frozenset()) -> bool:
    """Whether a number ('500', '50k', '1.5m') stands right before the word at `at`, or up to two words
    describing what is counted between them ('2000 json read requests')."""
    for _ in range(2):
        if at > 1 and tokens[at - 1] in describers:
            at -= 1
    return at > 0 and _COUNT.fullmatch(tokens[at - 1]) is not None


def _without(tokens: tuple[str, ...], cue: tuple[str, ...]) -> tuple[str, ...]:
    """The words with the cue's first occurrence taken out ('which frontend framework' says no other framework)."""
    for at in range(len(tokens) - len(cue) + 1):
        if tokens[at : at + len(cue)] == cue:
            return (*tokens[:at], "", *tokens[at + len(cue) :])
    return tokens


def _contains(words: tuple[str, ...], said: tuple[str, ...]) -> bool:
    return bool(said) and any(words[at : at + len(said)] == said for at in range(len(words) - len(said) + 1))
