"""Waits on another's system said with words between ('blocks on 5 supplier endpoints', 'stuck until the clearing
house answers') are I/O-bound work, so a stay rule that settles load does not hold; in a thread, a pain said later
retires an earlier 'it works fine'."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import negated_by_id


@pytest.mark.parametrize(
    "text",
    [
        "every checkout blocks on 4 payment gateways before it returns",
        "the handlers hang waiting on the two shipping partners",
        "each render is stuck until the clearing house answers",
        "lookups pile up behind the three registry services at noon",
        "the quote page stalls until the tax system replies",
    ],
)
def test_a_wait_on_outside_systems_with_words_between_is_io_bound(engine: Engine, text: str) -> None:
    assert negated_by_id(engine, text).get("io-heavy") is False


@pytest.mark.parametrize(
    "text",
    [
        "nobody waits on anything and the page is quick",
        "we are blocked on the design review until friday",
        "the report stalls until the sql query finishes",
    ],
)
def test_a_wait_on_no_outside_system_is_no_io_bound_work(engine: Engine, text: str) -> None:
    assert "io-heavy" not in negated_by_id(engine, text)


def test_a_working_app_whose_pages_block_on_suppliers_moves(engine: Engine) -> None:
    advice = engine.ask(
        "our flask storefront has run for years and copes with traffic, but each product page now blocks on "
        "6 wholesaler endpoints and workers stall. stay or go?"
    )
    assert advice.recommendation is not None and advice.recommendation.framework in {"fastapi", "quart"}


def test_a_later_pain_retires_the_earlier_all_clear(engine: Engine) -> None:
    talk = Conversation(engine)
    first = talk.turn("our flask geocoding shim is one small endpoint and runs fine.")
    assert first.advice.recommendation is not None and first.advice.recommendation.framework == "flask"
    later = talk.turn("since the rollout each call waits on five map providers and it crawls at rush hour.")
    assert "works-today" not in talk.state.requirements
    assert later.advice.recommendation is not None and later.advice.recommendation.framework in {"fastapi", "quart"}


def test_an_unrelated_later_turn_keeps_the_all_clear(engine: Engine) -> None:
    talk = Conversation(engine)
    talk.turn("our flask geocoding shim is one small endpoint and runs fine.")
    talk.turn("we also log every lookup to a csv now.")
    assert talk.state.requirements.get("works-today") is False
