"""Train the worked-examples model (a maintainer's tool; `make train`, which installs the `train` extra).

A word TF-IDF (lowercased 1-2-grams, sublinear tf, l2) and a multinomial logistic regression over the labelled
one-line questions of dev and the analysed held-out sets (bench/precedents/data.py), as measured in exp23. The
run-time twin, knowledge/reasoning/precedents.py, is pure Python: this writes what it needs to knowledge/data/:

- precedent_model.json.gz: the classes, the intercepts, per term its idf and one weight per class, the threshold,
  the vocabulary cap, the token pattern, the SHA-256 of the training files, and sample texts with the
  probabilities scikit-learn gave them (the tests check the twin reproduces them);
- precedent_examples.json.gz: a JSON line (each framework-labelled case's answer, the sizes), then in binary
  (little-endian) the cases' TF-IDF vectors as an inverted index (per term: where its postings start, uint32; the
  gaps between its cases' numbers, uint16; its values * 255, uint8; terms held by more than EXAMPLE_DF_CAP cases
  left out), each case's offset (uint32) and the cases' text, answer, seed, section and why, \\x1f-separated: for
  the nearest worked example behind an answer, of which only the one found is decoded.

Deterministic: lbfgs has no randomness, and every list is written in a fixed order.
    python -m bench.precedents.train             # train on dev + analysed, write both files
    python -m bench.precedents.train --validate  # the vocabulary caps, trained on dev, scored on the analysed sets
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from array import array
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bench.precedents.data import CLARIFY, PARTS, Case, cases, data_hash, training_files

DATA = Path(__file__).resolve().parents[2] / "knowledge" / "data"
TOKEN_PATTERN = r"(?u)\b\w[\w+#.-]*\b"
MAX_FEATURES = 30_000  # chosen with --validate (README: "Worked examples")
THRESHOLD = 0.6  # exp23: chosen on the analysed sets by leave-one-part-out; fixed before the sealed run
C = 4.0
DIGITS = 5
SAMPLES = 20
EXAMPLE_DF_CAP = 300  # the nearest example is looked up by the words held by at most this many labelled cases


def fit(train: list[Case], max_features: int | None) -> tuple[TfidfVectorizer, LogisticRegression]:
    """One sample per acceptable label, weighted 1/n (a case accepting two frameworks splits its vote)."""
    texts, labels, weights = [], [], []
    for case in train:
        for label in case.labels:
            texts.append(case.text)
            labels.append(label)
            weights.append(1.0 / len(case.labels))
    vectorizer = TfidfVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        min_df=2,
        sublinear_tf=True,
        lowercase=True,
        token_pattern=TOKEN_PATTERN,
        max_features=max_features,
    )
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(vectorizer.fit_transform(texts), labels, sample_weight=weights)
    return vectorizer, model


def _samples(train: list[Case]) -> list[str]:
    """Spread over the training set, plus texts that exercise the tokenizer's edges."""
    step = max(1, len(train) // (SAMPLES - 4))
    picked = [case.text for case in train[::step]][: SAMPLES - 4]
    return [
        *picked,
        "Node.js shop moving to Python; C++ core, gRPC + REST, team of 12 — FastAPI's async or Django?",
        "ÉTÉ: admin-panel crud,  crud!! CRUD... django-ninja vs. DRF (v3.15)?",
        "",
        "flask flask flask flask websockets websockets",
    ]


def export(vectorizer: TfidfVectorizer, model: LogisticRegression, train: list[Case], sha: str) -> None:
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)  # row order = sklearn's columns
    idf, coef = vectorizer.idf_, model.coef_
    classes = [str(c) for c in model.classes_]
    samples = _samples(train)
    proba = model.predict_proba(vectorizer.transform(samples))
    table = {
        "format": 1,
        "classes": classes,
        "intercept": [round(float(x), DIGITS) for x in model.intercept_],
        "threshold": THRESHOLD,
        "max_features": MAX_FEATURES,
        "token_pattern": TOKEN_PATTERN,
        "training_sha256": sha,
        "trained_on": list(PARTS),
        "terms": terms,
        "weights": [
            [round(float(idf[j]), DIGITS), *(round(float(w), DIGITS) for w in coef[:, j])] for j in range(len(terms))
        ],
        "samples": [
            {"text": text, "proba": {c: round(float(p), 6) for c, p in zip(classes, row, strict=True)}}
            for text, row in zip(samples, proba, strict=True)
        ],
    }
    _write(DATA / "precedent_model.json.gz", table)
    labelled = [case for case in train if CLARIFY not in case.labels]
    assert len(labelled) < 1 << 16  # (a case's number fits the postings' two bytes)
    matrix = vectorizer.transform([case.text for case in labelled]).tocsc()  # column j: the cases holding term j
    starts, gaps, values = array("I", [0]), array("H"), array("B")  # per term: its cases' number gaps, value * 255
    for j in range(len(terms)):
        begin, end = int(matrix.indptr[j]), int(matrix.indptr[j + 1])
        if end - begin <= EXAMPLE_DF_CAP:  # (a word most cases hold tells them apart little, and costs the most)
            previous = 0
            for i in range(begin, end):
                gaps.append(int(matrix.indices[i]) - previous)
                previous = int(matrix.indices[i])
                values.append(min(255, round(float(matrix.data[i]) * 255)))
        starts.append(len(gaps))
    texts = ["\x1f".join((c.text, "/".join(c.labels), c.seed, c.section, c.why)).encode() for c in labelled]
    offsets = array("I", [0])
    for text in texts:
        offsets.append(offsets[-1] + len(text))
    if sys.byteorder != "little":
        for part in (starts, gaps, offsets):
            part.byteswap()
    header = {
        "format": 1,
        "training_sha256": sha,
        "df_cap": EXAMPLE_DF_CAP,
        "answers": ["/".join(c.labels) for c in labelled],
        "sizes": [len(starts), len(gaps), len(values), len(offsets)],
    }
    head = json.dumps(header, separators=(",", ":")).encode()
    index = starts.tobytes() + gaps.tobytes() + values.tobytes() + offsets.tobytes()
    _save(DATA / "precedent_examples.json.gz", head + b"\n" + index + b"".join(texts))


def _write(path: Path, value: dict[str, Any]) -> None:
    _save(path, json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def _save(path: Path, raw: bytes) -> None:
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))  # (mtime 0: the same bytes every run)
    print(f"{path.relative_to(DATA.parents[1])}: {path.stat().st_size / 1e6:.2f} MB")


def validate(caps: list[int]) -> None:
    """Model trained on dev alone, override rule scored on the analysed sets' engine answers (one-line)."""
    from bench.eval.run import _judge, _load  # (the engine's answers, as the eval judges them)
    from knowledge.engine import default_engine
    from knowledge.reasoning.conversation import Conversation

    dev_files = [p for p in training_files() if p.parent.name == "dev"]
    tune_files = [p for p in training_files() if p.parent.name != "dev"]
    engine = default_engine()
    rows = []
    for path in tune_files:
        for case in _load(path, "cases"):
            turn = Conversation(engine).turn(str(case["text"]))
            rec = turn.advice.recommendation
            rows.append((case, _judge(turn, case)[0], rec.framework if rec else None, set(turn.advice.excluded)))
    print(f"engine alone: {sum(r[1] for r in rows) / len(rows):.4f} on {len(rows)} analysed one-line cases")
    for cap in caps:
        vectorizer, model = fit(cases(dev_files), cap or None)
        proba = model.predict_proba(vectorizer.transform([str(r[0]["text"]) for r in rows]))
        right = 0
        for (case, ok, pick, excluded), row in zip(rows, proba, strict=True):
            best = int(row.argmax())
            label, p = str(model.classes_[best]), float(row[best])
            if p > THRESHOLD and label not in (CLARIFY, pick) and label not in excluded:
                right += bool(not case.get("clarify") and label in [str(a) for a in case.get("accept") or []])
            else:
                right += ok
        print(f"cap {cap or 'none'}: {right / len(rows):.4f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--validate", type=int, nargs="*", help="vocabulary caps to compare (0: none)")
    args = parser.parse_args(argv)
    if args.validate is not None:
        validate(args.validate or [5_000, 10_000, 20_000, 0])
        return 0
    files = training_files()
    train = cases(files)
    vectorizer, model = fit(train, MAX_FEATURES)
    export(vectorizer, model, train, data_hash(files))
    print(f"trained on {len(train)} cases of {len(files)} files; {len(vectorizer.vocabulary_)} terms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
