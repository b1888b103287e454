"""A need denied past a quantifier ("nobody has asked for anything realtime", "we have never wanted any admin"): the
quantifier announces the thing denied and adds no distance to the denial's reach."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("the users have never wanted anything realtime from the tool", "realtime"),
        ("customers have not once asked for anything realtime", "realtime"),
        ("nobody here has requested any admin for it", "admin-panel"),
    ],
)
def test_need_denied_past_quantifier(engine: Engine, text: str, need: str) -> None:
    said = {m.id: m.negated for m in engine.parser.parse(text).requirements}
    assert said.get(need) is True


def test_quantifier_in_a_wish_is_still_a_need(engine: Engine) -> None:
    said = {
        m.id: m.negated for m in engine.parser.parse("support wants anything realtime for ticket updates").requirements
    }
    assert said.get("realtime") is False
