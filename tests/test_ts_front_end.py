"""'TS' is the usual short name for TypeScript: a front end moving to it ("the UI goes TS/Vue next year") wants a
backend that is a frontend-agnostic API contract (000 "Three frameworks, three philosophies > FastAPI"). Only a
front end's word beside it makes it so: "the ts field" is a timestamp."""

from __future__ import annotations

from knowledge.engine import Engine


def _ids(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


def test_ts_beside_a_front_end_is_typescript(engine: Engine) -> None:
    for text in (
        "templated pages for launch, then the UI goes TS/Vue and the python service has to keep serving it",
        "the frontend will be rewritten in ts by the contractors, our api must not care",
    ):
        assert "typescript-future" in _ids(engine, text)


def test_ts_alone_is_no_front_end(engine: Engine) -> None:
    assert "typescript-future" not in _ids(engine, "store the ts field as utc on each reading, 300 sensors")
