"""A bare 'shop' or 'storefront' is often only where the writer works or which team asks: it leans as
background; beside a word of selling (a cart, a checkout, products) it is still e-commerce."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine


def _pick(text: str) -> str | None:
    rec = default_engine().ask(text).recommendation
    return rec.framework if rec is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "i run the tech side of a tattoo shop; what python framework would you use?",
        "our family flower shop asked me to start something in python, which framework?",
    ],
)
def test_a_shop_as_the_setting_asks_back(text: str) -> None:
    assert _pick(text) is None


def test_a_shop_as_the_setting_does_not_decide() -> None:
    text = "i fix laptops at a repair shop; need a small relay forwarding our ticket webhooks into a discord channel"
    assert _pick(text) in {"flask", "fastapi"}


def test_a_shop_that_sells_is_still_ecommerce() -> None:
    assert _pick("the candle shop wants to sell online: a product catalog, a cart and a stripe checkout") == "django"
