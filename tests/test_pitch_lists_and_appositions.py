"""A pitch's features said past its own clause are still the pitch's: the last items of its list joined in one
clause ('…, typed models and async handlers'), or an apposition describing the candidate right after its name
('a lean async framework with websockets'). Our own needs said the same way stay ours."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import negated_by_id


@pytest.mark.parametrize(
    "text",
    [
        "a contractor opened a pr moving our flask timesheet app to fastapi - brings swagger, typed models and "
        "async handlers. the app is calm.",
        "our new lead keeps pushing litestar - faster, stricter schemas and async views.",
        "a teammate suggests quart, an async microframework with websockets, for our flask rota tool.",
        "the consultant suggested sanic, a speedy async library with websocket support, for our flask shop.",
    ],
)
def test_features_said_after_a_pitch_are_not_our_needs(engine: Engine, text: str) -> None:
    wanted = {rid for rid, negated in negated_by_id(engine, text).items() if not negated}
    assert not wanted & {"async", "realtime", "typed-validation", "api-docs"}


def test_a_pitched_port_with_its_features_listed_leaves_a_calm_flask_app(engine: Engine) -> None:
    advice = engine.ask(
        "someone opened a pr porting our flask quiz service to fastapi - adds swagger docs, pydantic schemas and "
        "async routes. the service has no open issues. merge?"
    )
    assert advice.recommendation is not None and advice.recommendation.framework == "flask"


def test_an_apposition_of_our_own_choice_keeps_our_needs(engine: Engine) -> None:
    assert (
        negated_by_id(engine, "we need django, a framework with an admin, for the warehouse back office").get(
            "admin-panel"
        )
        is False
    )
