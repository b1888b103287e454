"""A tiny worked-examples model of the shipped format, for tests that need the override to fire (or not) on purpose.

"please" pushes Flask hard (p ~ 0.9999), "kindly" only a little (p ~ 0.47, under the 0.6 threshold), "hmm" pushes
the clarify class; the one worked example for Flask has Slack markup in its text, which must reach Slack inert.
"""

from __future__ import annotations

import copy
import gzip
import json
from array import array
from pathlib import Path
from typing import Any

from knowledge.engine import Engine
from knowledge.reasoning.precedents import PrecedentModel, load

CLASSES = ["clarify", "django", "fastapi", "flask"]
TERMS = ["please", "kindly", "hmm"]
EXAMPLE_TEXT = "ops crud tool please <!channel> & <@U123> read this"


def _write(path: Path, value: dict[str, Any]) -> Path:
    path.write_bytes(gzip.compress(json.dumps(value).encode()))
    return path


def stub_model(directory: Path) -> PrecedentModel:
    table = {
        "format": 1,
        "classes": CLASSES,
        "intercept": [0.0, 0.0, 0.0, 0.0],
        "threshold": 0.6,
        "max_features": 3,
        "token_pattern": r"(?u)\b\w[\w+#.-]*\b",
        "training_sha256": "stub",
        "trained_on": [],
        "terms": TERMS,
        "weights": [[1.0, 0.0, 0.0, 0.0, 10.0], [1.0, 0.0, 0.0, 0.0, 1.0], [1.0, 10.0, 0.0, 0.0, 0.0]],
        "samples": [],
    }
    # one worked example, answered Flask, holding "please" (term row 0): the examples file's JSON line and index
    fields = (EXAMPLE_TEXT, "flask", "003_62bcff1249fe9efb.txt", "When each wins > Flask wins", "small & simple")
    text = "\x1f".join(fields).encode()
    header = {"format": 1, "training_sha256": "stub", "df_cap": 300, "answers": ["flask"], "sizes": [4, 1, 1, 2]}
    index = array("I", [0, 1, 1, 1]).tobytes() + array("H", [0]).tobytes() + bytes([255])
    index += array("I", [0, len(text)]).tobytes()
    examples = directory / "examples.json.gz"
    examples.write_bytes(gzip.compress(json.dumps(header).encode() + b"\n" + index + text))
    model = load(_write(directory / "model.json.gz", table), examples)
    assert model is not None
    return model


def with_stub(engine: Engine, directory: Path) -> Engine:
    """A copy of `engine` (sharing its knowledge) whose worked-examples model is the stub."""
    stubbed = copy.copy(engine)
    stubbed.precedents = stub_model(directory)
    return stubbed
