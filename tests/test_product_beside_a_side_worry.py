"""The product a message describes keeps its weight beside a worry someone voices about load: a feature list set
off by dashes ends its clause like a comma, a worry voiced by a colleague only leans, and a thing that "drops"
(comes out) after a time word takes no need back."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, negated_by_id, wishes_by_id


@pytest.mark.parametrize(
    "text",
    [
        "a ticket shop whose checkout melts when a big show drops",
        "we sell sneakers online with a cart and traffic explodes whenever a collab drops",
        "our merch store gets hammered once the new album drops",
    ],
)
def test_a_thing_that_drops_after_a_time_word_comes_out(engine: Engine, text: str) -> None:
    assert negated_by_id(engine, text).get("ecommerce") is False


def test_dropping_a_need_is_still_a_take_back(engine: Engine) -> None:
    assert negated_by_id(engine, "an online shop with checkout; sso, drop it").get("sso", True) is True


@pytest.mark.parametrize(
    "text",
    [
        "a garden-supplies store — catalogue, basket, checkout, vouchers — though our COO frets about holiday spikes",
        "a bakery webshop — orders, basket, payment — but the founder is worried about rushes at christmas",
    ],
)
def test_a_dashed_feature_list_keeps_the_product_firm(engine: Engine, text: str) -> None:
    assert wishes_by_id(engine, text).get("ecommerce") is False
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "webshop for spare bike parts with cart and checkout; sales warns of a launch-day rush",
        "webshop for spare bike parts with cart and checkout; our cto worries about traffic peaks on launch day",
    ],
)
def test_a_load_worry_voiced_by_someone_only_leans(engine: Engine, text: str) -> None:
    assert wishes_by_id(engine, text).get("high-concurrency") is True
    assert first_pick(engine, text) == "django"
