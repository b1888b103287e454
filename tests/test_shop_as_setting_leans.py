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


@pytest.mark.parametrize(
    "text",
    [
        "a small webstore for my sister's candles, she edits the items herself",
        "our web store needs a rebuild: 40 products and a checkout",
    ],
)
def test_a_web_store_is_the_shop_built(text: str) -> None:
    assert "ecommerce" in {m.id for m in default_engine().ask(text).requirements if not m.negated}
