"""Rewordings of ninth-batch needs read as their plain forms: "be able to" as one modal word, a staff wording
naming what is edited, a negated list opened by a bare negation cue and closed by "nor", "of no interest" said
after a need, "a decade" as a number of years, and a few wider cue wordings (speed of building, scope, intent)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reading.result import RequirementMention
from knowledge.reasoning.conversation import Conversation


def _needs(engine: Engine, text: str) -> dict[str, RequirementMention]:
    return {m.id: m for m in Conversation(engine).turn(text).advice.requirements}


@pytest.mark.parametrize(
    "text",
    [
        "the clinic's receptionists... no wait: office staff should be able to edit bookings",
        "office staff have to be able to edit the bookings without calling us",
    ],
)
def test_staff_being_able_to_edit_reads_as_staff_editing(engine: Engine, text: str) -> None:
    needs = _needs(engine, text)
    assert "admin-panel" in needs and not needs["admin-panel"].negated


@pytest.mark.parametrize(
    "text",
    [
        "a five page brochure, and the marketing staff must be able to edit the content",
        "a small museum site where staff can edit the content",
    ],
)
def test_staff_editing_the_content_is_a_content_site_not_a_back_office(engine: Engine, text: str) -> None:
    needs = _needs(engine, text)
    assert "content-site" in needs
    assert "internal-tool" not in needs


@pytest.mark.parametrize(
    "text",
    [
        "it is neither a blog, a webshop, nor a back office; just a partner api",
        "this will not be a blog, a webshop, or a back office",
    ],
)
def test_a_negation_cue_opening_a_list_negates_every_item(engine: Engine, text: str) -> None:
    needs = _needs(engine, text)
    assert needs["ecommerce"].negated


def test_a_need_after_a_verb_is_not_a_negated_list(engine: Engine) -> None:
    needs = _needs(engine, "nobody wants to rewrite validation and api docs manually")
    assert not needs["api-docs"].negated


def test_of_no_interest_after_a_need_negates_it(engine: Engine) -> None:
    needs = _needs(engine, "async stuff is of no interest here, it crunches numbers for a nightly report")
    assert needs["async"].negated


def test_a_decade_of_experience_is_not_a_horizon(engine: Engine) -> None:
    needs = _needs(engine, "three devs with a decade of django behind them, building a tiny internal api")
    assert "long-horizon" not in needs
    assert "long-horizon" in _needs(engine, "the registry has to keep running for a decade")


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("an internal report page we want built quickly", "time-to-market"),
        ("a highly specialized adapter between two legacy systems", "small-scope"),
        ("a converter whose scope is narrow", "small-scope"),
        ("backend for our mobile application, a json api", "spa-backend"),
        ("a quick spike that will evolve into the production api", "long-horizon"),
        ("this is exclusively an api for resellers", "api-only"),
    ],
)
def test_wider_wordings_of_known_needs(engine: Engine, text: str, need: str) -> None:
    assert need in _needs(engine, text)


def test_which_framework_offers_the_best_performance_asks_about_benchmarks(engine: Engine) -> None:
    assert Conversation(engine).turn("which framework has the best performance?").intent == "benchmarks"
