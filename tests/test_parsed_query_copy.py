"""The parser's last steps copy a ParsedQuery with a change or two (parser._replaced): the copy is what
dataclasses.replace makes, as long as ParsedQuery stays a frozen dataclass whose fields are all __init__ arguments
with no __post_init__."""

from __future__ import annotations

import dataclasses

from knowledge.engine import default_engine
from knowledge.reading.parser import _replaced
from knowledge.reading.result import ParsedQuery


def test_parsed_query_keeps_the_shape_the_fast_copy_relies_on() -> None:
    params = ParsedQuery.__dataclass_params__  # type: ignore[attr-defined]
    assert params.frozen and not hasattr(ParsedQuery, "__post_init__")
    assert all(field.init for field in dataclasses.fields(ParsedQuery))
    assert not hasattr(ParsedQuery, "__slots__")


def test_the_fast_copy_equals_dataclasses_replace() -> None:
    parsed = default_engine().parser.parse("we run flask today; need websockets, async and swagger docs, no django")
    changes = {"options": ("fastapi",), "mandated": "django", "excluded": ()}
    copied, replaced = _replaced(parsed, **changes), dataclasses.replace(parsed, **changes)
    assert copied == replaced and vars(copied) == vars(replaced) and copied is not parsed
    assert vars(_replaced(parsed)) == vars(parsed)
