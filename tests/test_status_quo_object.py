"""A have-cue tells as had only its own object: past a word that ends that object ("about", "on", "for") a
feature is what the object is about or waiting for, a need ("theres chatter about an admin screen"); an
absence ("documented nowhere") is a pain. Lists of what is had still run on after "and", and a quantity
("a couple of") measures the object rather than ending it (003 "When each wins > Flask wins": keep what runs
unless a need is stated)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("there's chatter in the support channel about an admin screen; our backend is flask", "admin-panel"),
        ("we have three resellers counting on an openapi spec from us; our api is flask", "api-docs"),
        ("there's a budget line for websockets on the tracking page this year; the app runs flask", "realtime"),
        ("our flask api is documented nowhere and resellers guess the fields", "api-docs"),
    ],
)
def test_feature_past_the_cues_object_stays_a_need(engine: Engine, text: str, need: str) -> None:
    parsed = engine.parser.parse(text)
    assert need not in parsed.had_needs
    assert need in {m.id for m in parsed.requirements if not m.negated}


@pytest.mark.parametrize(
    ("text", "had"),
    [
        (
            "we have a homegrown admin for the warehouse crew and a swagger page, all fine. the app is flask.",
            {"admin-panel", "api-docs"},
        ),
        ("we have a couple of admin screens the ops crew uses daily; the app is flask", {"admin-panel"}),
    ],
)
def test_lists_and_quantities_still_tell_what_is_had(engine: Engine, text: str, had: set[str]) -> None:
    assert had <= set(engine.parser.parse(text).had_needs)
