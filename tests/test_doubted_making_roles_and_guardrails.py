"""Second-wave K/G/L readings: a build-it-ourselves question keeps the thing wanted; roles acting on shared records
read past a modifier noun and a list-verb; a spec others generate clients from is API docs; a team of beginners
with logins or payments at stake gets no large Flask learning bonus."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _read(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> wanted (True) or negated (False)."""
    return {r.id: not r.negated for r in engine.ask(text).query.requirements}


@pytest.mark.parametrize(
    "text",
    [
        "are we seriously going to hand-build the admin ourselves?",
        "should we code the moderation admin by hand this time?",
        "do we have to write the back-office admin ourselves again?",
    ],
)
def test_a_doubted_self_build_keeps_the_thing_wanted(engine: Engine, text: str) -> None:
    assert _read(engine, text).get("admin-panel") is True


def test_a_plain_self_build_statement_still_sets_it_aside(engine: Engine) -> None:
    assert _read(engine, "we build the admin ourselves.").get("admin-panel") is False


@pytest.mark.parametrize(
    "text",
    [
        "coaches book pitches, and the club treasurer approves the refunds",
        "sellers list their stock, shoppers reserve items and couriers confirm pickups",
        "librarians add titles while trainees reserve copies",
    ],
)
def test_roles_acting_on_records_read_as_workflows(engine: Engine, text: str) -> None:
    assert _read(engine, text).get("user-auth") is True


def test_a_list_noun_after_a_party_is_no_act(engine: Engine) -> None:
    assert "user-auth" not in _read(engine, "our customer list grows and managers review it")


@pytest.mark.parametrize(
    "text",
    [
        "integrators generate client code from the spec we publish",
        "partners build their own sdks against our spec file",
    ],
)
def test_a_spec_others_code_against_is_api_docs(engine: Engine, text: str) -> None:
    assert _read(engine, text).get("api-docs") is True


def test_a_requirements_spec_is_no_api_docs(engine: Engine) -> None:
    assert "api-docs" not in _read(engine, "the spec for the stock-taking tool is still a draft")


def _learning_gain(engine: Engine, text: str) -> int:
    """What easy-learning adds to Flask for `text`."""
    flask = next(s for s in engine.ask(text).ranking if s.framework == "flask")
    return sum(c.weight for c in flask.contributions if c.requirement == "easy-learning")


def test_beginners_with_logins_lose_the_learning_bonus(engine: Engine) -> None:
    assert _learning_gain(engine, "the team is all juniors and the portal holds member logins and roles") <= 1
    advice = engine.ask("the team is all juniors and the portal holds member logins and roles")
    assert advice.recommendation is not None and advice.recommendation.framework == "django"


def test_a_course_with_logins_keeps_the_learning_bonus(engine: Engine) -> None:
    assert _learning_gain(engine, "a course where students learn request and response by building a login page") == 3
