"""Generic words that said too much: who maintains a system is not how long it lives; a plan said to be a
framework ('the proposal is flask') runs nothing; parts the team picks itself ('hand-pick orm + auth') are not
parts wanted built in; a kind of system calling ours ('checkout calls it') and the event counted ('on every
payment') are not needs; plain 'everyone' is no trend someone pitches."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from tests.talk import asked_pick, wanted


@pytest.mark.parametrize(
    "text",
    [
        "a tiny status page; one sre maintains it between other duties",
        "the intern maintains the kiosk settings page on fridays",
        "it is a config screen maintained by one contractor, four toggles",
    ],
)
def test_who_maintains_it_says_no_span(engine: Engine, text: str) -> None:
    assert "long-horizon" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our legacy billing code cannot be maintained anymore, we are starting over",
        "whatever we pick will be maintained for a decade",
    ],
)
def test_upkeep_that_hurts_or_a_span_still_counts(engine: Engine, text: str) -> None:
    assert "long-horizon" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "30 devs in 5 squads share one repo. the plan is flask with whatever plugins each squad fancies",
        "the suggestion on my desk is fastapi, for a b2b ordering portal with roles and invoices",
        "my pick is django but i want a second opinion: json api for the ios app",
    ],
)
def test_a_plan_said_to_be_a_framework_runs_nothing(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


def test_a_thing_of_ours_said_to_be_a_framework_still_runs(engine: Engine) -> None:
    assert engine.parser.parse("our partner portal is flask, should we add an admin?").current == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "three seniors with strong views want to handpick the orm and auth for a one-client rostering engine",
        "we'd pick our own orm plus templates, tiny tool for one customer",
        "two of us, we like to choose the auth and the orm ourselves, small niche service",
    ],
)
def test_parts_the_team_picks_are_not_wanted_built_in(engine: Engine, text: str) -> None:
    needs = wanted(engine, text)
    assert not {"orm-models", "user-auth", "server-rendered"} & needs
    assert asked_pick(engine, text) == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "help me choose a framework with auth and an orm",
        "choosing between frameworks, we need auth and an orm out of the box",
    ],
)
def test_parts_still_wanted_when_picking_is_refused_or_of_a_framework(engine: Engine, text: str) -> None:
    assert "user-auth" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "a risk-scoring model behind http; checkout calls it on every order",
        "serving our ml model over http: the storefront hits it with each page view",
        "model serving for a spam classifier, the cms pings it after every publish",
    ],
)
def test_a_calling_system_and_the_event_counted_are_not_needs(engine: Engine, text: str) -> None:
    assert not {"ecommerce", "content-site", "security"} & wanted(engine, text)
    assert asked_pick(engine, text) == "fastapi"


def test_traffic_hitting_us_is_still_a_need(engine: Engine) -> None:
    assert "webhooks" in wanted(engine, "stripe webhooks hit us in bursts of thousands, we need a receiver")


@pytest.mark.parametrize(
    "text",
    [
        "our flask codebase is big; we want async for live feeds without everyone relearning the stack",
        "we run flask and need websockets without everyone learning a new tool",
    ],
)
def test_plain_everyone_is_no_pitch(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert not parsed.proposed
    assert {"async", "realtime"} & wanted(engine, text)


def test_a_bad_chosen_part_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("chosen_parts: [orm-models,", "chosen_parts: [orm-modelz,"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml.*chosen_parts"):
        load_knowledge_base(kb_copy)


def test_a_bad_caller_category_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("caller_categories: [product]", "caller_categories: [produkt]"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml.*caller_categories"):
        load_knowledge_base(kb_copy)
