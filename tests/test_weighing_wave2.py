"""Weighing, second wave (classes H, B, S): size, age and head-count facts said of a system beside the new one stay
that system's (vocabulary `neighbours`); a hosted BI tool or no-code table named as where the work happens hands
that work off (lexicon `hosted-bi`, `hosted-records`); a side part called small by itself leans (`side_cues`); an
avoided rebuild if the first version succeeds reads as an MVP that may grow (`growth-hedge`); a throwaway frame
caps a product kind's gain (short-horizon `tempers`). Controls: the same facts about the system asked about count."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, turn_by_turn, wanted, wishes_by_id


@pytest.mark.parametrize(
    "text",
    [
        "The ancient CRM has 80 engineers and two million lines; next to it we want a new little sync service.",
        "Our legacy monolith: 25 devs, 400k lines. The new thumbnail service carved out of it is one endpoint.",
        "The existing ERP is a monolith maintained by 50 developers - this new label-printing service is mine alone.",
    ],
)
def test_size_of_a_system_beside_the_new_one_is_not_its_need(engine: Engine, text: str) -> None:
    assert not {"large-team", "large-app"} & wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("We're 30 developers building a new bookings platform.", "large-team"),
        ("Our legacy monolith has 25 devs and 400k lines and we keep adding features to it.", "large-team"),
    ],
)
def test_size_of_the_system_asked_about_still_counts(engine: Engine, text: str, need: str) -> None:
    assert need in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "handed"),
    [
        (
            "Finance slices the figures in Metabase; the service only collects meter readings from 20k homes.",
            "data-dashboard",
        ),
        (
            "Ops staff read the numbers in Apache Superset. We need an endpoint that takes GPS fixes from buses.",
            "data-dashboard",
        ),
        ("The admin side is Airtable; our bit is a websocket feed of live race positions.", "admin-panel"),
    ],
)
def test_a_hosted_tool_named_for_a_part_takes_it_off_the_app(engine: Engine, text: str, handed: str) -> None:
    assert handed not in wanted(engine, text)


def test_charts_wanted_in_the_app_still_count(engine: Engine) -> None:
    assert "data-dashboard" in wanted(engine, "Analysts need interactive KPI dashboards inside the app.")


@pytest.mark.parametrize(
    "text",
    [
        "Transcription API for podcasts; there's a small page with the queue length.",
        "GPU inference for x-ray triage. There is a tiny settings page with a login form.",
    ],
)
def test_a_side_part_called_small_by_itself_leans(engine: Engine, text: str) -> None:
    assert wishes_by_id(engine, text).get("server-rendered") is True


def test_a_side_part_said_plainly_does_not_lean(engine: Engine) -> None:
    text = "GPU inference for x-ray triage. There is a login form and a settings page."
    assert wishes_by_id(engine, text).get("server-rendered") is False


@pytest.mark.parametrize(
    "text",
    [
        "Do we get the farm-shop ordering site out by May, or avoid a rebuild if it grows into a proper business?",
        "Fast launch for the yoga-studio booking app vs never have to rewrite it if it catches on. Which matters?",
    ],
)
def test_an_avoided_rebuild_if_it_succeeds_is_an_mvp_that_may_grow(engine: Engine, text: str) -> None:
    assert "large-app" in wanted(engine, text)
    assert first_pick(engine, text) == "django"


def test_a_throwaway_that_would_be_rewritten_anyway_is_no_growth(engine: Engine) -> None:
    assert "large-app" not in wanted(engine, "Quick mock-up for a pitch; if it takes off we'll rewrite it properly.")


def test_a_throwaway_frame_caps_a_product_kinds_gain(engine: Engine) -> None:
    turns = turn_by_turn(engine, "game jam entry, throwaway after the weekend", "it is an online shop for stickers")
    gains = [
        c.weight
        for score in turns[-1].advice.ranking
        for c in score.contributions
        if c.requirement == "ecommerce" and c.weight > 0
    ]
    assert gains and max(gains) <= 1
