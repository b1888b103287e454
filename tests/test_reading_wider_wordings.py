"""Wordings that said the same as ones already read but fell through: a digit for "one", a library's stem in an
idiom, a caller as the subject of "call", a model kept in a notebook, "sign in", a build of a few days, an
everyday word one letter from a cue, and a framework the team lacks named beside one it knows. Our own wordings."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _read(engine: Engine, text: str) -> dict[str, bool]:
    """need id -> negated"""
    return {m.id: m.negated for m in engine.parser.parse(text).requirements}


def test_a_digit_one_reads_as_the_word(engine: Engine) -> None:
    read = _read(engine, "just 1 form and 1 results page for a class demo")
    assert "small-scope" in read
    assert "forms-crud" not in read


def test_plot_twist_is_no_chart(engine: Engine) -> None:
    assert "data-dashboard" not in _read(engine, "plot twist: the client now wants user accounts and an admin")
    assert "data-dashboard" in _read(engine, "our analysts share plotly charts")


@pytest.mark.parametrize(
    "text",
    [
        "the checkout service must be able to call it over http",
        "the crm and the checkout service will hit it for fraud scores",
    ],
)
def test_a_system_that_calls_ours_is_the_caller(engine: Engine, text: str) -> None:
    assert "ecommerce" not in _read(engine, text)


def test_a_system_calling_another_is_still_ours(engine: Engine) -> None:
    assert "ecommerce" in _read(engine, "we are building the checkout service; it must call stripe")


@pytest.mark.parametrize(
    "text",
    [
        "our pricing models are stuck in notebooks and sales wants them online",
        "the fraud model lives in a jupyter notebook... er, in a notebook, and should answer over http",
        "two forecasting models residing in notebooks",
    ],
)
def test_a_model_kept_in_a_notebook_is_to_be_served(engine: Engine, text: str) -> None:
    assert "ml-serving" in _read(engine, text)


def test_sign_in_is_user_auth(engine: Engine) -> None:
    assert "user-auth" in _read(engine, "reviewers sign in and approve each request")


@pytest.mark.parametrize(
    "text",
    [
        "one person will knock it out in a couple of days",
        "it's a day or two of work for me",
    ],
)
def test_a_build_of_days_is_small(engine: Engine, text: str) -> None:
    assert "small-scope" in _read(engine, text)


def test_every_few_days_is_a_schedule_not_a_size(engine: Engine) -> None:
    read = _read(engine, "it re-imports the price list every few days")
    assert "small-scope" not in read
    assert "background-jobs" in read


def test_throughout_is_no_typo_of_throughput(engine: Engine) -> None:
    assert "high-concurrency" not in _read(engine, "clerks update the ledger throughout the week")


@pytest.mark.parametrize(
    "text",
    [
        "the 4 of us have years of flask and zero django",
        "lots of flask experience and none at all with django",
    ],
)
def test_a_framework_lacked_beside_one_known_is_not_ruled_out(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert "flask" in parsed.known
    assert "django" not in parsed.excluded


def test_a_framework_ruled_out_after_a_known_one_in_its_own_clause_stays_out(engine: Engine) -> None:
    parsed = engine.parser.parse("we know flask. no django please")
    assert "django" in parsed.excluded
