"""More two-sense words (second wave): a traffic spike, a past demo, a maintainer, the fastest way to build, a
document template, renters, a browser client, students as users, an api's consumers, a department's systems, a
business scheme, and a handover or growth date. Each names no need in its other sense; in the need's sense it
still counts."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _needs(engine: Engine, text: str) -> set[str]:
    return {r.id for r in engine.parser.parse(text).requirements if not r.negated}


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Our bus-arrivals endpoint sees a spike each school run, then nothing.", "short-horizon"),
        ("The pollen feed gets spikes every April morning; the rest is a dull json route.", "short-horizon"),
        ("I'm the one maintainer of a small relay that posts build results to chat.", "long-horizon"),
        ("Whatever framework we take, its maintainers should answer security reports quickly.", "long-horizon"),
        ("We want a framework that is actively maintained, for a json lookup of postcodes.", "long-horizon"),
        ("What's the fastest way to get a clickable mock-up of the swap-shop flow online?", "low-latency"),
        ("A job fills the rent-reminder letter template as a PDF and posts it to tenants.", "server-rendered"),
        ("Landlords upload leases; we email each tenant a receipt via a tiny json service.", "saas-product"),
        ("A Svelte web app and a watch app both read the same small json api.", "full-stack"),
        ("Students borrow lab laptops through a kiosk that calls a json endpoint.", "easy-learning"),
        ("Consumers of the tide-table api are two marine apps; it is read-only.", "event-driven"),
        ("The hr systems need a relay that copies new-starter events into chat.", "forms-crud"),
        ("Points lookups for the coffee-card scheme, a json route for the till.", "typed-validation"),
        ("We hand the rota tool over to the charity's volunteers after 7 months.", "short-horizon"),
        ("We expect 3k subscribers within 5 months for the quiz-night api.", "short-horizon"),
    ],
)
def test_a_word_in_its_other_sense_names_no_need(engine: Engine, text: str, need: str) -> None:
    assert need not in _needs(engine, text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("A two-week spike to try the idea, then we bin it.", "short-horizon"),
        ("Traffic spikes to 30k requests a second when tickets open.", "high-concurrency"),
        ("It must be maintained for twelve years by the registry.", "long-horizon"),
        ("We need the fastest responses possible: 5 ms p99 on the quote route.", "low-latency"),
        ("Server-rendered templates for the parish pages, edited by volunteers.", "server-rendered"),
        ("Students new to python will build it as their first coding project.", "easy-learning"),
        ("Event consumers read the kafka topic and update our store.", "event-driven"),
        ("Campaign microsite that is shut down after 3 months.", "short-horizon"),
        ("The ledger must still be in use after 8 years.", "long-horizon"),
        ("A multi-tenant saas where each tenant's data stays isolated.", "saas-product"),
    ],
)
def test_the_same_word_in_the_need_sense_still_counts(engine: Engine, text: str, need: str) -> None:
    assert need in _needs(engine, text)


def test_a_past_demo_is_only_a_loose_hint_of_a_short_life(engine: Engine) -> None:
    read = {
        r.id: r.weak for r in engine.parser.parse("We demoed the label printer to logistics on Tuesday.").requirements
    }
    assert read.get("short-horizon") is True
    thrown = engine.parser.parse("We demoed it on Tuesday and it gets binned next week.").requirements
    assert any(r.id == "short-horizon" and not r.weak for r in thrown)
