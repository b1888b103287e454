"""Threads, second round: systems named by a tag ('app 2'), a part said to stand on its own, leaving asked how,
a count of none as a lack, a removal verb over a list, and a scope said anew with "just"."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def picks(engine: Engine, *turns: str) -> list[str | None]:
    conversation = Conversation(engine)
    found = []
    for text in turns:
        rec = conversation.turn(text).advice.recommendation
        found.append(rec.framework if rec else None)
    return found


def test_a_new_tag_turns_to_another_system_and_the_first_tag_returns(engine: Engine) -> None:
    got = picks(
        engine,
        "app 1 is the newsroom CMS: editors, drafts, an approval workflow and an admin for the desk",
        "app 2 is a websocket gateway pushing live scores to 50k concurrent phones",
        "and app 1 stays on the same pick?",
    )
    assert got == ["django", "fastapi", "django"]


def test_a_tag_said_for_the_system_discussed_keeps_it(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("service x: a back-office app with logins, roles, forms and an admin for finance")
    conversation.turn("service x also needs an audit trail of every edit")
    assert not conversation.state.earlier
    assert "admin-panel" in conversation.state.requirements


def test_a_part_said_to_be_a_system_of_its_own_is_another_subject(engine: Engine) -> None:
    got = picks(
        engine,
        "market data fan-out over websockets, async, thousands of concurrent subscribers",
        "and the back office? that is a standalone tool for compliance staff with logins, roles and an admin",
    )
    assert got == ["fastapi", "django"]


@pytest.mark.parametrize(
    ("text", "leaving"),
    [
        ("how would we move away from django?", True),
        ("how do we switch from flask then?", True),
        ("should we move away from django?", False),
        ("how hard is it to move off flask?", False),
    ],
)
def test_asking_how_to_leave_says_the_team_leaves(engine: Engine, text: str, leaving: bool) -> None:
    assert engine.parser.parse(text).leaving is leaving


def test_a_count_of_none_with_a_pain_after_it_is_wanted(engine: Engine) -> None:
    parsed = engine.parser.parse("forty endpoints, zero docs, the app devs keep guessing the payloads")
    assert {m.id: m.negated for m in parsed.requirements}.get("api-docs") is False


def test_a_removal_verb_governs_every_item_its_articles_open(engine: Engine) -> None:
    parsed = engine.parser.parse("scrap the login and the admin")
    negated = {m.id for m in parsed.requirements if m.negated}
    assert {"admin-panel", "user-auth"} <= negated


def test_it_is_just_re_describes_the_project(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("staff portal for the clinic: logins with roles, forms for intake, an admin for managers")
    conversation.turn("hmm, it's just a read-only status page for patients")
    assert not {"forms-crud", "admin-panel"} & set(conversation.state.requirements)


def test_the_earlier_subject_named_after_the_opener_is_what_is_asked(engine: Engine) -> None:
    got = picks(
        engine,
        "app 1 is our online store: catalog, customer accounts, orders, and a CMS for the marketing team",
        "app 2 is a tiny crawler hitting 40 publisher sites concurrently, one endpoint",
        "and for the store, does the crawler change anything?",
    )
    assert got == ["django", "fastapi", "django"]
