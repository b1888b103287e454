"""Newcomers named by who they are ("juniors", "grads", "hires") joining the team or its codebase again and again
are a growing team whose onboarding Django's conventions speed up (003 "Decision matrix"), not a learner wanting
the easiest framework to learn; a learner in a class still reads as one."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


def _ids(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "juniors joining us every sprint or so; the thing is a warehouse returns app with ~20 staff forms",
        "it must stay readable for the grads joining each spring. a tenant-portal with maintenance requests and crud",
        "hires joining monthly, and they all land in the same repo: equipment-rental bookings with a staff side",
    ],
)
def test_newcomers_joining_are_a_growing_team(engine: Engine, text: str) -> None:
    ids = _ids(engine, text)
    assert "large-team" in ids
    assert "easy-learning" not in ids
    assert first_pick(engine, text) == "django"


def test_juniors_in_a_class_still_learn(engine: Engine) -> None:
    text = "juniors in a 4-week workshop, they build a toy app to see how requests work"
    assert "easy-learning" in _ids(engine, text)
    assert first_pick(engine, text) == "flask"
