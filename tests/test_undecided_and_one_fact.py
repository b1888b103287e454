"""Between asking back and answering: a framework's benchmark figure or a question ranking the frameworks on a
criterion is no load of ours; a quality every framework claims ('scalable', 'maintainable') only leans; people who
don't build the system but must change its records need an admin, whatever their lack of coding says."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, wanted


@pytest.mark.parametrize(
    "text",
    [
        "a blog post claims flask does 4k rps and fastapi hits 18k rps. worth switching for?",
        "the techempower run had fastapi at ~20k req/s, django around 3k req/s. thoughts",
        "someone measured sanic at 30k rps and flask at 4k rps, is that real?",
    ],
)
def test_a_frameworks_benchmark_figure_is_no_load_of_ours(engine: Engine, text: str) -> None:
    assert "high-concurrency" not in wanted(engine, text)
    assert first_pick(engine, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "we must sustain 18k req/s at launch",
        "our django app does 3k rps today and it needs 20k rps next year",
    ],
)
def test_our_own_rate_still_counts(engine: Engine, text: str) -> None:
    assert "high-concurrency" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "which of them has the best throughput, before we commit?",
        "which framework has the lowest latency these days",
        "who wins on concurrency out of the big three",
    ],
)
def test_ranking_the_frameworks_on_a_criterion_asks_back(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "we want it secure and maintainable. flask or django?",
        "should be scalable and performant, fastapi or django",
        "future-proof and fast please, django vs flask",
    ],
)
def test_claimed_virtues_between_named_options_ask_back(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) is None


def test_a_claimed_virtue_does_not_overturn_a_deciding_need(engine: Engine) -> None:
    text = "thirty more python devs join this codebase over the year, and it has to be scalable"
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "the merchandisers (non devs) need to change prices and product copy on their own",
        "our shop staff must be able to change opening hours without a deploy",
        "support people change customer plans by hand every day",
    ],
)
def test_non_builders_changing_records_want_an_admin(engine: Engine, text: str) -> None:
    assert "easy-learning" not in wanted(engine, text)
    assert first_pick(engine, text) == "django"
