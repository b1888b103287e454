"""Negation headings carrying a short qualifier ('for v1'), 'non-requirements' headings, first-person refusals of
an act of providing ('we won't serve html'), reluctance said as 'not keen on', and 'read-only' as one adjective.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, mentions_by_id, negated_by_id


@pytest.mark.parametrize(
    "text",
    [
        "out of scope for the first release: an admin panel, a cms. in scope: a json api for the kiosks",
        "non-goals this quarter: an admin panel, a cms. goal: a json api for the kiosks",
        "out of scope until summer: admin panel, cms. we do need a json api for the kiosks",
    ],
)
def test_a_heading_with_a_short_qualifier_still_negates_its_list(engine: Engine, text: str) -> None:
    needs = negated_by_id(engine, text)
    assert needs["admin-panel"] is True
    assert needs["content-site"] is True
    assert needs["rest-api"] is False


@pytest.mark.parametrize(
    "text",
    [
        "must have: jwt, generated openapi docs. non-requirements: admin panel, html pages.",
        "nonrequirements: admin panel, html pages. requirements: jwt and generated openapi docs",
    ],
)
def test_a_non_requirements_heading_negates_its_list(engine: Engine, text: str) -> None:
    needs = negated_by_id(engine, text)
    assert needs["admin-panel"] is True
    assert needs["server-rendered"] is True
    assert needs["api-docs"] is False


@pytest.mark.parametrize(
    "text",
    [
        "we won't render any html; the flutter client and two partners call a typed json api",
        "we don't serve pages at all, the flutter client and two partners call a typed json api",
        "we are not going to build an admin panel, the flutter client calls a typed json api",
        "i will never ship server-side html here, the flutter client calls a typed json api",
    ],
)
def test_what_we_say_we_will_not_provide_is_not_wanted(engine: Engine, text: str) -> None:
    needs = negated_by_id(engine, text)
    assert not [need for need, negated in needs.items() if need in ("admin-panel", "server-rendered") and not negated]
    assert first_pick(engine, text) == "fastapi"


def test_a_third_party_wont_is_still_a_pain_not_a_refusal(engine: Engine) -> None:
    needs = negated_by_id(engine, "our current service won't scale past a few hundred requests")
    assert needs and not any(needs.values())


@pytest.mark.parametrize(
    "text",
    [
        "we're not keen on async at all; a small internal json service for the billing clerks",
        "no appetite for async here; a small internal json service for the billing clerks",
    ],
)
def test_reluctance_reads_as_a_refusal(engine: Engine, text: str) -> None:
    assert negated_by_id(engine, text)["async"] is True


def test_not_keen_on_a_rewrite_keeps_the_incumbent(engine: Engine) -> None:
    text = "not keen on porting our django project to fastapi; the android app needs json endpoints for its models"
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize("adjective", ["read-only", "append-only"])
def test_a_hyphenated_only_adjective_claims_no_api_only(engine: Engine, adjective: str) -> None:
    text = f"the ios app gets {adjective} json, except staff need an admin to correct member records by hand"
    assert "api-only" not in mentions_by_id(engine, text)
    assert first_pick(engine, text) == "django"
