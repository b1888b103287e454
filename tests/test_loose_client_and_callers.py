"""A bare mobile-app backend is a loose need; callers listed after 'by' are not what is built; a versioned
public API and models left in notebooks are read as the needs they are."""

from __future__ import annotations

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation, Turn


def _turn(text: str) -> Turn:
    return Conversation(default_engine()).turn(text)


def _ids(text: str) -> set[str]:
    return {m.id for m in _turn(text).advice.requirements if not m.negated}


def test_a_bare_mobile_app_backend_asks_back() -> None:
    assert _turn("our startup is launching a mobile app soon and needs a backend, ideas?").advice.recommendation is None


def test_a_mobile_app_beside_a_deciding_need_still_counts() -> None:
    rec = _turn("json api with strict request validation for our mobile app").advice.recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_callers_listed_after_by_are_not_built_here() -> None:
    ids = _ids("expose the pricing model over http so it can be hit by the erp and the checkout service")
    assert "ecommerce" not in ids and "ml-serving" in ids


def test_models_left_in_notebooks_are_served() -> None:
    assert "ml-serving" in _ids("the analysts keep three models in notebooks and want an endpoint for each")


def test_versioning_a_public_api_is_a_stable_contract() -> None:
    assert "typed-validation" in _ids(
        "partner api that we version the api of and publish for integrators; we version it yearly"
    )


def test_quick_and_simple_is_a_small_scope() -> None:
    assert "small-scope" in _ids("an internal page listing failed jobs, quick and simple")
