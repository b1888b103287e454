"""Salience: a need the asker ranks first counts more than a side need said beside it (`ranks.top_openers`, a
heading before a colon included); a side part downplayed by a tag clause ("…, both boring") or served by another
tool ("handled by the gateway", "lives in retool already") weighs little or nothing; a present phase set against a
lasting one ("for now …, but long-term …") leans, the lasting phase decides. Controls: a side part said plainly
still counts, "go live in 3 weeks" is no tool, and "handled by django" keeps the need with the framework."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


def _read(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> said as a wish, as the parser reads the text."""
    return {m.id: m.wish for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("We optimize for one thing only: latency. The quote engine has an admin for its 3 ops folks.", "fastapi"),
        (
            "Top criterion: raw response latency. Besides that there is an admin for the two account managers.",
            "fastapi",
        ),
        ("Our top criterion is that rotating squads find one obvious layout; the app books lab equipment.", "django"),
    ],
)
def test_first_ranked_need_outweighs_a_side_need(engine: Engine, text: str, pick: str) -> None:
    assert first_pick(engine, text) == pick


@pytest.mark.parametrize(
    "text",
    [
        "Live auctions: each bid shows up in every open browser at once. Plus a login and an about page, both boring.",
        "Sensor readings streamed to thousands of live dashboards. There's a sign-in page too, routine stuff.",
    ],
)
def test_tag_clause_downplays_the_clause_before_it(engine: Engine, text: str) -> None:
    read = _read(engine, text)
    assert read.get("user-auth") is True
    assert read.get("realtime") is False


def test_downplayed_login_leaves_the_live_core_deciding(engine: Engine) -> None:
    text = "Live auctions: each bid shows up in every open browser at once. Plus a login and a help page, both boring."
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "A public quoting API for partners. The back-office screens live in Retool already.",
            "admin-panel",
            "public-api",
        ),
        ("A partner API with webhooks; the admin screens are handled by Appsmith.", "admin-panel", "webhooks"),
        (
            "Streaming telemetry over websockets; user management is taken care of by the gateway.",
            "user-auth",
            "realtime",
        ),
    ],
)
def test_part_served_by_another_tool_is_no_need(engine: Engine, text: str, gone: str, kept: str) -> None:
    read = _read(engine, text)
    assert gone not in read
    assert kept in read


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Staff portal with an admin for the clerks; it has to go live in 3 weeks.", "admin-panel"),  # a date, no tool
        ("An internal admin tool; login is handled by django's auth.", "user-auth"),  # a framework serves it
        ("A JSON API for the app and an admin where 20 agents edit refunds all day.", "admin-panel"),  # said plainly
    ],
)
def test_controls_keep_the_side_need(engine: Engine, text: str, kept: str) -> None:
    assert _read(engine, text).get(kept) is False


@pytest.mark.parametrize(
    ("text", "lean", "firm"),
    [
        (
            "For now it is just a prototype, but long term it turns into a product with staff roles.",
            "prototype",
            "user-auth",
        ),
        (
            "Right now a tiny demo, however eventually partners integrate against a documented API.",
            "short-horizon",
            "public-api",
        ),
    ],
)
def test_present_phase_leans_and_lasting_phase_decides(engine: Engine, text: str, lean: str, firm: str) -> None:
    read = _read(engine, text)
    assert read.get(lean) is True
    assert read.get(firm) is False


def test_present_phase_alone_is_no_contrast(engine: Engine) -> None:
    assert _read(engine, "For now it is just a prototype to show investors, nothing more.").get("prototype") is False


def test_lasting_phase_decides_the_pick(engine: Engine) -> None:
    text = "Right now it's a prototype shop page, but eventually a TypeScript-only frontend uses a typed API contract."
    assert first_pick(engine, text) == "fastapi"


def test_ranking_counts_only_where_it_is_said(engine: Engine) -> None:
    """An opener ranks its own clause first; a later clause of its sentence, with its own subject, is not ranked."""
    parsed = engine.parser.parse(
        "We optimise for latency above all; the quote engine also has an admin for 3 ops folks."
    )
    assert parsed.first_ranked == ("low-latency",)
