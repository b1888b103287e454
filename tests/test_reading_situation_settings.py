"""Situations said around the piece being built: the organisation's own kind of system as background, the product a
service is served to, staff named as the audience, a negation ended by a new predicate, hires counted.

Phrasings are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, negated_by_id, wanted


@pytest.mark.parametrize(
    "text",
    [
        "we have zero backend experience and need to host our forecasting model",
        "two analysts, no web background and want to expose our image classifier over http",
        "none of us has built an api and we still need to serve the demand prediction model",
    ],
)
def test_a_new_predicate_ends_a_negation(engine: Engine, text: str) -> None:
    # "... and need to serve": the lack is the team's, the model is still to be served (002 "What I Actually See
    # in Production": ML model serving)
    assert negated_by_id(engine, text).get("ml-serving") is False


def test_a_list_of_refusals_stays_negated(engine: Engine) -> None:
    assert negated_by_id(engine, "we dont want or need an admin").get("admin-panel") is True


@pytest.mark.parametrize(
    ("text", "background", "pick"),
    [
        (
            "we're an online marketplace; the thing I'm building is the receiver for stripe webhooks",
            "ecommerce",
            "fastapi",
        ),
        ("our product is a news site. my project is a public api for partners, with docs", "content-site", "fastapi"),
        (
            "we run a multi-tenant saas. separately, i need to serve a pricing model over http",
            "saas-product",
            "fastapi",
        ),
    ],
)
def test_the_organisations_kind_is_background_for_the_piece(
    engine: Engine, text: str, background: str, pick: str
) -> None:
    assert background not in wanted(engine, text)
    assert first_pick(engine, text) == pick


def test_a_setting_without_a_piece_still_counts(engine: Engine) -> None:
    assert "saas-product" in wanted(engine, "we're a saas company. i need some advice on frameworks")


@pytest.mark.parametrize(
    "text",
    [
        "we need to serve the churn model to our online store",
        "a recommendation model called by our checkout",
        "put the fraud model in front of our checkout",
    ],
)
def test_the_product_a_service_is_served_to_is_background(engine: Engine, text: str) -> None:
    assert "ecommerce" not in wanted(engine, text)


def test_a_client_served_still_names_the_backend(engine: Engine) -> None:
    assert "spa-backend" in wanted(engine, "a rest api for our mobile app")


@pytest.mark.parametrize(
    "text",
    [
        "a ticket tool for our 15 support agents",
        "a review queue for 6 in-house underwriters",
        "something for the warehouse pickers to log short picks",
        "a tool for 8 in-house accountants to close the month",
    ],
)
def test_staff_as_the_audience_make_an_internal_tool(engine: Engine, text: str) -> None:
    # 000 "Real-world business scenarios > Internal tools": Django
    assert "internal-tool" in wanted(engine, text)
    assert first_pick(engine, text) == "django"


def test_analysts_as_the_audience_stay_a_small_dashboard(engine: Engine) -> None:
    text = "a plotly dashboard for 5 analysts"
    assert "internal-tool" not in wanted(engine, text)
    assert first_pick(engine, text) == "flask"


@pytest.mark.parametrize(
    "text",
    ["12 more python hires start in spring", "about 20 new python devs join over the next year"],
)
def test_counted_hires_make_a_large_team(engine: Engine, text: str) -> None:
    # 003 "Decision matrix": many Python devs joining, Django's conventions
    assert "large-team" in wanted(engine, text)
