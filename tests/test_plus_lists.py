"""A "+" between short names is a list ("fastapi+sqlalchemy+redis", "flask + jinja app"): what is said after the
list (shop, stack, app) describes the framework that heads it; between two full clauses a "+" still splits."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reading.text import clauses


@pytest.mark.parametrize(
    "text",
    ["pyramid + sqlalchemy + celery stack for the portal", "a quart+jinja shop", "flask + the redis cache app"],
)
def test_a_plus_between_short_items_keeps_one_clause(text: str) -> None:
    assert len(clauses(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "the client needs sso for every tenant + our two devs only ever wrote flask",
        "20+ engineers on the team",  # a number's plus: "more than"
        "some c++ services",
    ],
)
def test_a_plus_between_clauses_or_after_a_number_is_no_list(text: str) -> None:
    assert " and " not in " ".join(clauses(text))


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        ("we're a django+htmx shop and the app now wants an api", "django"),
        ("fastapi+sqlalchemy+redis stack, and ops would like an admin screen", "fastapi"),
        ("flask + jinja app, the product team asks for live updates over websockets", "flask"),
        ("django + celery + postgres shop of 9 devs; what do we use for the mobile api", "django"),
    ],
)
def test_the_noun_after_a_plus_list_names_what_runs(engine: Engine, text: str, framework: str) -> None:
    assert engine.ask(text).query.current == framework


def test_an_add_on_listed_with_its_framework_is_part_of_what_runs(engine: Engine) -> None:
    assert engine.ask("the booking portal is django + drf; it needs typed schemas now").query.current == "django"


def test_a_rival_framework_in_the_list_does_not_take_the_noun(engine: Engine) -> None:
    # "flask + fastapi shop": two frameworks offered side by side, not one stack with its tools
    query = engine.ask("we could be a flask + fastapi shop, which one for a new api?").query
    assert query.current != "flask"
