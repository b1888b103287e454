"""Look-alikes of round 20's readings: their trigger words said in another sense read nothing.

- back-office nouns: an approval the builders wait for, or a score named 'approval', is no staff step;
- 'shop' as a plant ('machine shop', 'shop floor') sells nothing;
- data said to stay where it is stored keeps no part of the app: its duties bind the new piece;
- an outsider hired for a duty (compliance, security) reports the product's needs, not a taste."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _ids(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "we're still waiting for approval from the vp, then we build an async gateway for the sensor fleet",
        "the credit approval model has to answer in 30ms, we call it from the mobile checkout flow",
        "got the mockups approved, design sign-off came through on monday; now the backend for the ios app",
        "their approval ratings tanked after the outage so we're rebuilding the status page",
    ],
)
def test_an_approval_that_is_no_staff_step_reads_no_back_office(engine: Engine, text: str) -> None:
    assert not {"internal-tool", "admin-panel"} & _ids(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "a body shop chain wants live bay status on tv screens, orders for parts come from their erp",
        "shop floor telemetry: 60 lathes stream temps every second, the purchase orders live in sap",
    ],
)
def test_a_shop_where_things_are_made_is_no_store(engine: Engine, text: str) -> None:
    assert "ecommerce" not in _ids(engine, text)


def test_a_shop_that_sells_is_still_a_store(engine: Engine) -> None:
    assert "ecommerce" in _ids(engine, "my aunt's pottery shop wants to sell mugs online with a cart")


@pytest.mark.parametrize(
    "text",
    [
        "member records stay in our own datacenter because of hipaa; the new app is a portal for members",
        "all uploaded files must remain in the eu under gdpr, the new service is a claims portal",
    ],
)
def test_data_kept_where_it_is_stored_keeps_its_duties(engine: Engine, text: str) -> None:
    assert "security" in _ids(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our privacy consultant wants an audit log on every patient record and 2fa for staff",
        "the pci advisor wants csrf protection and session timeouts on the card portal",
    ],
)
def test_a_duty_reported_by_an_outsider_is_the_products_need(engine: Engine, text: str) -> None:
    assert "security" in _ids(engine, text)


def test_an_outsiders_taste_is_still_a_pitch(engine: Engine) -> None:
    assert "microservice" not in _ids(engine, "an advisor wants our three-person app split into microservices")
