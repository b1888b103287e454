"""Speed wanted for a prototype or a short-lived demo is the speed the guides give Flask (rapid prototyping,
extremely narrow scope); Django's fast development with guardrails counts in full only for a build that goes on
living (000 "Real-world business scenarios")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


@pytest.mark.parametrize(
    "text",
    [
        "we need to move fast: a poc for the science fair judges, done in two days",
        "quickest possible path to a prototype for tomorrow's customer call, asap",
        "speed is key, this is a throwaway demo for the open day and gets deleted after",
    ],
)
def test_speed_to_a_prototype_goes_to_flask(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "flask"


def test_speed_for_a_product_that_lives_still_goes_to_django(engine: Engine) -> None:
    text = "we need to move fast, it is the actual product: customer accounts, subscriptions and an admin for support"
    assert first_pick(engine, text) == "django"
