"""A piece of ours that someone else calls on each event, the caller named between ('the url Typeform hits on
every submission'), is a webhook receiver (vocabulary.yaml activity `called-by-others-on-events`); our own code
calling out on each event ('our endpoint calls the rates api whenever…') is not, in either entry."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    "text",
    [
        "a small handler that Bitbucket pings on every push, it just tags the build",
        "the url Jotform hits each time a form is filled in, then we enrich it",
        "it's the service our courier partner calls whenever a parcel is scanned",
    ],
)
def test_a_piece_of_ours_called_by_another_on_events_is_a_webhook(engine: Engine, text: str) -> None:
    assert "webhooks" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our endpoint calls the weather api whenever a booking changes and caches the result",
        "the handler hits the ledger service on every request and logs the latency",
        "our service pings the vendor each time a sync finishes",
    ],
)
def test_our_code_calling_out_is_no_webhook(engine: Engine, text: str) -> None:
    assert "webhooks" not in wanted(engine, text)
