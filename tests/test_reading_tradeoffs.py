"""Two needs pulling apart: concept families that let the seeds' priorities decide (own wordings)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    ("text", "need", "not_need"),
    [
        # breaking up a monolith is services, not a large monolith
        ("we're splitting up our monolith into a handful of services", "microservice", "large-app"),
        # an MVP said to become the product itself grows (seed 000: Django if the MVP may evolve into a product)
        ("quick mvp first, but it ends up as the product", "large-app", None),
        # contract-first design is typed contracts and their docs
        ("schema-first api shared with three partner banks", "typed-validation", None),
        ("schema-first api shared with three partner banks", "api-docs", None),
        # paid publishing is a product with accounts and content
        ("a place where creators publish and paying subscribers read", "saas-product", None),
        ("a place where creators publish and paying subscribers read", "content-site", None),
        # a token check at the edge is token auth, not user accounts
        ("a thin proxy that validates tokens then forwards calls", "token-auth", "user-auth"),
        # customers rotating their own API keys is key management, not a security review
        ("metered api, plus a page to rotate api keys", "token-auth", "security"),
        # a waitlist's form is the sign-up page, not CRUD screens
        ("coming soon site with a waiting list form", "small-scope", "forms-crud"),
    ],
)
def test_tradeoff_families(engine: Engine, text: str, need: str, not_need: str | None) -> None:
    found = wanted(engine, text)
    assert need in found
    if not_need:
        assert not_need not in found
