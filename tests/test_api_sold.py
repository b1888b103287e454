"""The API itself sold to outside businesses, said with a verb of selling or a per-use price ('we sell api access',
'licensed to insurers', 'billed per call'), is read as an API for outside developers. Look-alikes: an API about
bills or prices ('our billing api'), a shop selling goods, an API the team pays someone else for."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_turn, wanted_in


@pytest.mark.parametrize(
    "text",
    [
        "we want to sell api access to our cleaned-up tide tables, mostly to marine apps",
        "the company licenses its fraud-score api to insurers; that is the whole business",
        "plan: monetize our parsing api, indie devs billed per call after a free tier",
        "startup of two: selling our carbon-estimate apis to logistics firms",
    ],
)
def test_a_sold_api_is_read_as_public(text: str) -> None:
    assert "public-api" in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    "text",
    [
        "our billing api is flask, 12 routes, only the finance app calls it",
        "the pricing api needs one more endpoint for discounts, used by our own checkout",
        "we sell garden furniture online and the warehouse has a small stock api",
        "we pay per call for a vendor's translation api and want to cache the results",
    ],
)
def test_an_api_not_sold_is_not_public(text: str) -> None:
    assert "public-api" not in wanted_in(first_turn(default_engine(), text))
