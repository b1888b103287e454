"""Round 20 look-alikes narrowed: the new readings' trigger words meaning something else. 'live' before a running
system is production, not a screen changing; our own callers are no webhook sender; an API that bills for something
else is not sold; the builders' own work (uptime, PRs, ports) is no record staff handle (vocabulary.yaml)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("the phones get their settings from the live api at startup, we want typed schemas", "realtime"),
        ("the widget on each tablet gets its copy from the live server once a day", "realtime"),
        ("the endpoint my vue frontend hits on every scroll is slow, django orm underneath", "webhooks"),
        ("the little service we ping each time a sprint closes just archives tickets", "webhooks"),
        ("our invoicing api charges clients per seat monthly, a django monolith", "public-api"),
        ("ops tracks downtime in a spreadsheet; we need a json api for the app", "admin-panel"),
        ("the team leads review every pr twice, we are building a rest api for partners", "admin-panel"),
        ("ops may block ports on the vm, so mind that. we ship a small json service", "admin-panel"),
    ],
)
def test_a_trigger_word_meaning_something_else_reads_no_need(engine: Engine, text: str, need: str) -> None:
    assert need not in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("the big board in the hall shows the scores live as matches end", "realtime"),
        ("mailgun hits an endpoint of ours whenever an email bounces", "webhooks"),
        ("we have started selling access to our routing api to fleets", "public-api"),
        ("our api calls are billed per request to the partners who use them", "public-api"),
        ("the duty manager can reverse a charge and block a room for cleaning", "admin-panel"),
    ],
)
def test_the_siblings_still_read_the_need(engine: Engine, text: str, need: str) -> None:
    assert need in wanted(engine, text)
