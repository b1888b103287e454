"""Look-alikes of the addon/stay/priority/gate mechanisms where they must not fire: a now-word dating a report is no
present phase; a concept or career cue beside a project described is an aside; a part "handled by the app itself"
is the app's need; "uvicorn only in dev" bounds a use, not the host; a project "stuck waiting on" a contract, people
who "get hammered" with work and visitors who "come and go" say nothing of the system; "nothing fancy: …" calls the
ask simple, it does not make it a wish. Each has a control where the mechanism still fires."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import CLARIFY
from tests.talk import first_pick, first_turn


def _read(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> said as a wish, as the parser reads the text."""
    return {m.id: m.wish for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "met the client today: live bidding pushed over websockets to 4k watchers, but an admin page could come later",
        "synced with product this morning: it needs websockets for 3k live viewers, but eventually maybe an admin",
    ],
)
def test_a_word_dating_a_report_is_no_present_phase(engine: Engine, text: str) -> None:
    assert _read(engine, text).get("realtime") is False


def test_a_present_phase_said_as_a_heading_still_leans(engine: Engine) -> None:
    text = "for now: a json api with generated docs, but long-term it becomes a product with roles and an admin"
    assert _read(engine, text).get("api-docs") is True


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("help me understand how to choose: a product with customer accounts, billing and an admin", "django"),
        ("in simple terms, the app is a typed json api for our ios app with generated swagger docs", "fastapi"),
        (
            "my cv has flask on it already, but this one is a platform for 40 clinic staff with roles and an admin",
            "django",
        ),
        ("a portal that helps welders get hired by shipyards: profiles, roles, an admin to vet them", "django"),
    ],
)
def test_a_concept_or_career_cue_beside_a_project_is_an_aside(engine: Engine, text: str, pick: str) -> None:
    turn = first_turn(engine, text)
    assert turn.intent != CLARIFY
    assert first_pick(engine, text) == pick


@pytest.mark.parametrize(
    "text",
    [
        "accounts and login are handled by our backend, plus a few pages",
        "sign-in has to be taken care of by the app itself, there is a members area",
        "login, accounts and billing are all handled by one app we build now",
    ],
)
def test_a_part_handled_by_the_system_itself_stays_a_need(engine: Engine, text: str) -> None:
    assert "user-auth" in _read(engine, text)


def test_a_part_handled_by_another_tool_is_still_dropped(engine: Engine) -> None:
    assert "user-auth" not in _read(engine, "login is handled by the api gateway, we need a thin json service")


@pytest.mark.parametrize(
    "text",
    [
        "uvicorn only for local dev, small internal json glue service between two apis",
        "we only run hypercorn locally; the service is a small json glue between our crm and the mailer",
    ],
)
def test_only_bounding_a_use_rules_nothing_out(engine: Engine, text: str) -> None:
    assert "flask" not in engine.parser.parse(text).excluded


def test_a_host_serving_one_interface_still_rules_out(engine: Engine) -> None:
    assert "fastapi" in engine.parser.parse("our host is wsgi only. small json api for a dashboard").excluded


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("we're blocked waiting on the legal review; the app is a small json api", "io-heavy"),
        ("the project is stuck waiting on budget approval, then a small json api", "io-heavy"),
        ("the helpdesk got hammered after the outage, they want a back office to edit orders", "high-concurrency"),
        ("support gets hammered with refund emails, they need an admin to approve refunds", "high-concurrency"),
        ("guest wifi portal for a cafe where people come and go all day, one small endpoint", "large-team"),
    ],
)
def test_words_about_people_or_the_project_name_no_system_need(engine: Engine, text: str, absent: str) -> None:
    assert absent not in _read(engine, text)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("our sync workers are all stuck waiting on the payment provider, p95 is 4s", "io-heavy"),
        ("the checkout api gets hammered when a sale opens", "high-concurrency"),
    ],
)
def test_the_system_forms_still_read(engine: Engine, text: str, need: str) -> None:
    assert need in _read(engine, text)


def test_nothing_fancy_heading_keeps_the_ask_firm(engine: Engine) -> None:
    read = _read(engine, "nothing special: a json api for the android app, typed payloads, generated docs for its devs")
    assert read.get("api-docs") is False
