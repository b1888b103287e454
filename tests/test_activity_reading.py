"""Needs said only by what people or other systems do with the product: a page changing by itself as things
happen, a model someone trained, another system calling in on each event, staff named in the singular or by a
verb in its -s form. Look-alikes stay unread: a page that only shows something, 'ping us' with no event."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_turn, wanted_in


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("bids land and the auction tile should flip to the new price instantly in every open tab", "realtime"),
        ("the departures board in the lobby must redraw as soon as a flight is delayed", "realtime"),
        ("riders' phones show the bus creeping along the route without a refresh", "realtime"),
        (
            "our analyst trained a model on last year's claims; the claims app sends one in, gets a risk band",
            "ml-serving",
        ),
        ("we fine-tuned a classifier on tickets and other services should get a label back", "ml-serving"),
        ("the payment provider pings us on every refund so we can update the ledger", "webhooks"),
        ("the shipping partner calls our endpoint whenever a parcel changes hands", "webhooks"),
        ("the duty coordinator fixes the rota when someone calls in sick", "admin-panel"),
        ("every morning the dispatcher reassigns jobs between the vans", "admin-panel"),
    ],
)
def test_an_activity_names_its_need(text: str, need: str) -> None:
    assert need in wanted_in(first_turn(default_engine(), text))


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("the page shows each customer's past invoices", "realtime"),
        ("ping us on slack if anything is unclear", "webhooks"),
        ("our data model has forty tables and the team trained on it for a week", "ml-serving"),
        ("no live updates: the status page changes when people reload it, that's fine", "realtime"),
        ("the operations team watches the trucks move on a map they reload by hand", "admin-panel"),
    ],
)
def test_a_lookalike_names_no_such_need(text: str, need: str) -> None:
    assert need not in wanted_in(first_turn(default_engine(), text))
