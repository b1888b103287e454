"""The worked examples' opinion: which framework the labelled questions most like this one were answered with.

A word TF-IDF + logistic-regression model trained by `bench/precedents/train.py` (scikit-learn, a maintainer's
tool) on the eval's labelled questions, each of which cites a seed file and section. Here it runs in pure Python:
the same tokens as scikit-learn's vectorizer (lowercased, its token pattern, unigrams and bigrams), sublinear tf
times idf, l2-normalised, one dot product per class and a softmax. The nearest labelled case behind an answer is
found by the same vectors, from a second file read on first use.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
import sys
from array import array
from pathlib import Path
from typing import Any

from knowledge.base.loader import DATA_DIR
from knowledge.reasoning.advice import WorkedExample

MODEL_PATH = DATA_DIR / "precedent_model.json.gz"
EXAMPLES_PATH = DATA_DIR / "precedent_examples.json.gz"
CLARIFY = "clarify"


class PrecedentModel:
    """The exported weight table; `vector`, `proba` and `nearest` are all the engine uses."""

    def __init__(self, table: dict[str, Any], examples: Path | None = None) -> None:
        self.classes: tuple[str, ...] = tuple(table["classes"])
        self.intercept: tuple[float, ...] = tuple(table["intercept"])
        self.threshold: float = float(table["threshold"])
        self.training_sha256: str = str(table["training_sha256"])
        self.samples: list[dict[str, Any]] = list(table["samples"])
        self.pattern = re.compile(table["token_pattern"])
        self.index: dict[str, int] = {term: row for row, term in enumerate(table["terms"])}
        self.width = 1 + len(self.classes)  # a row: the term's idf, then one weight per class
        self.weights = array("f", (x for row in table["weights"] for x in row))  # (float32: half the kept size)
        self.examples_path = examples
        self._examples: _Examples | None = None
        self._terms: list[str] | None = None  # row -> term, made on the first `leaning` (overrules are rare)

    def __getstate__(self) -> dict[str, Any]:
        state = {slot: getattr(self, slot) for slot in vars(self)}
        state["_examples"] = None  # (kept with the engine as built: the examples are read on first use)
        state["_terms"] = None
        return state

    def vector(self, text: str) -> dict[int, float]:
        """The text's l2-normalised TF-IDF vector, as scikit-learn's TfidfVectorizer makes it: row -> value."""
        tokens = self.pattern.findall(text.lower())
        counts: dict[int, int] = {}
        index = self.index
        for gram in (*tokens, *(f"{a} {b}" for a, b in itertools.pairwise(tokens))):
            row = index.get(gram)
            if row is not None:
                counts[row] = counts.get(row, 0) + 1
        weights, width = self.weights, self.width
        values = {row: (1.0 + math.log(n)) * weights[row * width] for row, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        return {row: v / norm for row, v in values.items()}

    def proba(self, vector: dict[int, float]) -> dict[str, float]:
        """Each class's probability for a vector of `vector`."""
        z = list(self.intercept)
        weights, width, k = self.weights, self.width, len(z)
        for row, x in vector.items():
            base = row * width + 1
            for c in range(k):
                z[c] += x * weights[base + c]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(self.classes, e, strict=True)}

    def leaning(
        self, vector: dict[int, float], toward: str, against: str, most: int = 3, unsaid: frozenset[str] = frozenset()
    ) -> tuple[str, ...]:
        """The question's words (terms) that moved the model most toward `toward` over `against` (the needs-scoring's
        pick, "clarify" where it asked back; the other classes' mean for a framework the model has no class for):
        what the reply shows as the words that point to the pick. A term holding a function word ("a", "with",
        "but it") or a word of `unsaid` (the frameworks' names: "nope on fastapi" is no word for FastAPI) is passed
        over: the model weighs them, but they say nothing of the project to the one who asked."""
        width, weights = self.width, self.weights
        up = 1 + self.classes.index(toward)
        others = [1 + c for c, name in enumerate(self.classes) if name != toward]
        down = [1 + self.classes.index(against)] if against in self.classes else others
        pulls = sorted(
            (
                (x * (weights[row * width + up] - sum(weights[row * width + d] for d in down) / len(down)), row)
                for row, x in vector.items()
            ),
            reverse=True,
        )
        if self._terms is None:
            self._terms = list(self.index)  # (the index was built in row order)
        chosen: list[str] = []
        for pull, row in pulls:
            term = self._terms[row]
            # (a word already inside a chosen pair, or a pair around a chosen word, says nothing more)
            if pull <= 0 or len(chosen) == most:
                break
            if (
                _FUNCTION_WORDS.isdisjoint(words := term.split(" "))
                and unsaid.isdisjoint(words)
                and not any(_overlaps(term, other) for other in chosen)
            ):
                chosen.append(term)
        return tuple(chosen)

    def nearest(self, vector: dict[int, float], framework: str) -> WorkedExample | None:
        """The labelled case answered with `framework` whose vector is closest (cosine) to `vector`."""
        if self._examples is None:
            if self.examples_path is None or not self.examples_path.exists():
                return None
            self._examples = _Examples(self.examples_path)
        return self._examples.nearest(vector, framework)


class _Examples:
    """The framework-labelled cases, an inverted index of their vectors (term row -> cases, values) and their texts,
    each decoded only when it is the one found (train.py writes the layout)."""

    def __init__(self, path: Path) -> None:
        raw = gzip.decompress(path.read_bytes())
        end = raw.index(b"\n")  # a JSON line, then the index and the texts in binary
        header = json.loads(raw[:end])
        self.labels = [frozenset(answer.split("/")) for answer in header["answers"]]
        self.starts, self.gaps, self.values, self.offsets = array("I"), array("H"), array("B"), array("I")
        offset = end + 1
        for values, size in zip((self.starts, self.gaps, self.values, self.offsets), header["sizes"], strict=True):
            values.frombytes(raw[offset : offset + size * values.itemsize])
            offset += size * values.itemsize
            if sys.byteorder != "little":
                values.byteswap()
        self.texts = raw[offset:]

    def case(self, number: int) -> WorkedExample:
        fields = self.texts[self.offsets[number] : self.offsets[number + 1]].decode().split("\x1f")
        return WorkedExample(*fields)

    def nearest(self, vector: dict[int, float], framework: str) -> WorkedExample | None:
        scores: dict[int, float] = {}
        starts, gaps, values = self.starts, self.gaps, self.values
        for row, x in vector.items():
            if row + 1 >= len(starts):
                continue
            doc = 0
            for i in range(starts[row], starts[row + 1]):
                doc += gaps[i]
                scores[doc] = scores.get(doc, 0.0) + x * values[i]
        best, best_score = -1, 0.0
        for doc, score in scores.items():  # the closest; the earlier case on a tie
            if (score > best_score or (score == best_score and doc < best)) and framework in self.labels[doc]:
                best, best_score = doc, score
        return self.case(best) if best >= 0 else None


# Words that carry no need ("a", "with", "but"), and the pieces the token pattern leaves of "don't" and "it's"
_FUNCTION_WORDS_SAID = """
    a an the and or but nor if so of to in on at by for with from into onto about as than then vs versus against
    is are was were be been being am it its this that these those there here we our ours us i me my you your they
    their them he she his her what which who whom how why when where do does did doing done have has had will
    would can could should shall may might must just not no also too very all any some each both either neither up
    out over under again only own same such more most other really even still now s t d ll m re ve
"""
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_SAID.split())


def _overlaps(term: str, other: str) -> bool:
    """Whether one term is a word of the other (a unigram inside a bigram), or they are the same."""
    return term == other or term in other.split(" ") or other in term.split(" ")


def _read(path: Path) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(gzip.decompress(path.read_bytes()))
    return value


def load(path: Path = MODEL_PATH, examples: Path | None = EXAMPLES_PATH) -> PrecedentModel | None:
    """The shipped model, or None when its file is missing (the engine then answers on the needs alone)."""
    try:
        return PrecedentModel(_read(path), examples)
    except FileNotFoundError:
        return None
