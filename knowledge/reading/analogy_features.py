"""'An uber-style live driver map', 'an airbnb-like availability calendar': a brand's likeness said right before a
feature names the feature's look, not the brand's whole business; the feature's own words say the need."""

from __future__ import annotations

from knowledge.base.kb import KnowledgeBase
from knowledge.base.text import phrase_words, stem
from knowledge.reading.phrases import Match

_REACH = 3  # "uber-style live driver map": the feature noun a couple of describing words after the likeness


class AnalogyFeatures:
    """The brand likenesses of the lexicon ('{product} style') and the feature nouns that may follow them."""

    def __init__(self, kb: KnowledgeBase) -> None:
        vocab = kb.vocabulary
        products = (c.analogies.products for c in kb.concepts.values() if c.analogies is not None)
        self._heads = frozenset(phrase_words(p)[0] for group in products for p in group if phrase_words(p))
        # only frames with the likeness word after the product ("{product} style") can have a feature follow
        self._tails = frozenset(
            phrase_words(frame.replace("{product}", ""))[-1]
            for frame in vocab.analogy_frames
            if frame.startswith("{product} ") and len(phrase_words(frame.replace("{product}", ""))) == 1
        )
        self._features = frozenset(stem(word) for word in vocab.analogy_features)

    def covers(self, raw: list[str], match: Match) -> bool:
        """The likeness in `match` is followed closely by a feature noun, so it names no product kind."""
        said = match.surface.split()
        if "concept" not in match.kinds or len(said) < 2 or said[0] not in self._heads or said[-1] not in self._tails:
            return False
        return any(stem(word) in self._features for word in raw[match.end : match.end + _REACH])
