"""Reading and deciding mechanisms added for lists, context-only needs, even fits and stand-ins.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _reqs(engine: Engine, text: str) -> dict[str, bool]:
    return {m.id: m.negated for m in engine.parser.parse(text).requirements}


def test_a_slash_list_is_governed_by_one_negation(engine: Engine) -> None:
    found = _reqs(engine, "we really do not need auth/admin/templates for this")
    assert found["user-auth"] and found["admin-panel"] and found["server-rendered"]


def test_a_slash_list_of_frameworks_is_excluded_together(engine: Engine) -> None:
    assert set(engine.parser.parse("anything except django/flask please, realtime chat").excluded) == {
        "django",
        "flask",
    }


def test_doing_a_part_ourselves_means_the_framework_need_not_ship_it(engine: Engine) -> None:
    found = _reqs(engine, "we would wire up the orm and auth ourselves")
    assert found["orm-models"] and found["user-auth"]


def test_except_followed_by_a_clause_asserts_the_need(engine: Engine) -> None:
    found = _reqs(engine, "nothing is settled yet except we must stream live updates over websockets")
    assert found == {"realtime": False}


@pytest.mark.parametrize("text", ["starting a new codebase soon, suggestions?", "brand new service. python. ideas"])
def test_a_context_only_need_alone_gets_the_opening_question(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert advice.recommendation is None and advice.deciding_question is not None


def test_a_context_only_need_still_weighs_in_with_a_real_need(engine: Engine) -> None:
    advice = engine.ask("brand new service exposing a public api for partners")
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"


def test_an_even_fit_after_an_exclusion_names_the_remaining_fits(engine: Engine) -> None:
    advice = engine.ask("django is out. a thin proxy layer that checks logins")
    rec = advice.recommendation
    assert rec is not None and {rec.framework, *rec.also} == {"flask", "fastapi"} and rec.confidence == "low"


def test_without_an_exclusion_an_even_fit_still_asks(engine: Engine) -> None:
    assert engine.ask("a thin proxy layer that checks logins").recommendation is None


def test_the_stand_in_follows_the_framework_the_team_knows(engine: Engine) -> None:
    flask_team = engine.ask("the team is fluent in flask; websockets and async needed, fastapi is ruled out")
    other = engine.ask("websockets and async needed, fastapi is ruled out")
    assert flask_team.recommendation is not None and flask_team.recommendation.framework == "quart"
    assert other.recommendation is not None and other.recommendation.framework == "litestar"


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("a community platform where members keep profiles", "full-stack"),
        ("we want to deploy our model behind an http endpoint", "ml-serving"),
        ("a wallboard with live stats for the support floor", "realtime"),
        ("back office screens so finance can edit records", "admin-panel"),
        ("a coming soon page with a waitlist", "small-scope"),
        ("an agency builds v1, then we hand it over to our own people", "large-team"),
        ("plain starlette app", "async"),
    ],
)
def test_concept_families(engine: Engine, text: str, need: str) -> None:
    assert need in _reqs(engine, text)


@pytest.mark.parametrize(
    ("text", "not_read_as"),
    [
        ("can anyone recommend a good framework", {"ml-serving"}),  # "recommender" must not catch "recommend"
        ("follow-up from last week's incident", {"full-stack", "user-auth"}),
        ("training sessions on tuesdays", {"user-auth"}),
        ("we sync orders from shopify into our warehouse system", {"ecommerce"}),
    ],
)
def test_new_families_do_not_catch_other_senses(engine: Engine, text: str, not_read_as: set[str]) -> None:
    assert not not_read_as & set(_reqs(engine, text))


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("we must expose 4 models to the billing team", "ml-serving"),
        ("the monolith gets split into 9 services next year", "microservice"),
    ],
)
def test_a_bare_count_inside_a_phrase_is_skipped(engine: Engine, text: str, need: str) -> None:
    assert need in _reqs(engine, text)


def test_phrases_with_their_own_numbers_still_match_first(engine: Engine) -> None:
    assert "token-auth" in _reqs(engine, "oauth 2 for the partner apps")
