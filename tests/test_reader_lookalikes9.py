"""Look-alikes of the hard1/hard3 readings that should not fire: a ban only asked about or placed in time gone by
rules nothing out; systems named in a list that is planned, not running, are the needs; a stack opening the message
that is gone or put up for review does not run (000 "Final recommendation", 003 "When each wins")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "is quart a no-go here? we want a small async chat relay",
        "flask's a non starter? i never heard that. tiny script that posts to slack",
        "django is off the table for us? news to me, it's an hr portal with forms",
        "is litestar ruled out for this? the service streams prices to browsers",
    ],
)
def test_a_ban_only_asked_about_rules_nothing_out(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).excluded == ()


@pytest.mark.parametrize(
    "text",
    [
        "why is quart a no-go? we want a small async chat relay",
        "fastapi is off the table, so what do we use for the partner api?",
        "legal says flask is ruled out. what else fits a tiny webhook relay?",
    ],
)
def test_a_ban_beside_another_question_stands(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).excluded != ()


@pytest.mark.parametrize(
    "text",
    [
        "django was a non starter back then; these days we're fine with it. booking portal with staff logins",
        "quart used to be ruled out here, now it's allowed. a chat relay",
        "fastapi being a no-go was last year's call. a pricing api for resellers",
    ],
)
def test_a_ban_of_time_gone_by_rules_nothing_out(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).excluded == ()


def test_a_ban_said_now_still_stands(engine: Engine) -> None:
    assert engine.parser.parse("quart is a no-go for us. a chat relay").excluded == ("quart",)


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("my plan is 2 flask apps: admin, reports. or one django project?", "admin-panel"),
        ("the architect proposed 3 fastapi services (chat, ingest, search) for the relaunch", "realtime"),
        ("should we go for 2 django apps: cms and shop?", "content-site"),
    ],
)
def test_a_planned_list_of_systems_names_needs(engine: Engine, text: str, need: str) -> None:
    assert need in {m.id for m in engine.parser.parse(text).requirements if not m.negated}


def test_a_running_list_of_systems_still_names_no_needs(engine: Engine) -> None:
    parsed = engine.parser.parse("we already run 3 flask apps (admin, reports, chat). the new one converts pdfs")
    assert not {"admin-panel", "realtime"} & {m.id for m in parsed.requirements}


@pytest.mark.parametrize(
    "text",
    [
        "mysql + flask + jinja was our stack until last year; now it's a partner api",
        "flask + sqlalchemy got scrapped in 2022. next: a partner api with docs",
        "redis + django + htmx for the booking site, thoughts?",
        "sqlite + flask for the tiny poc, good idea?",
    ],
)
def test_a_stack_gone_or_put_up_for_review_does_not_run(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("redis + django + celery, eight years old. how do we bolt on a websocket feed?", "django"),
        ("sqlalchemy + flask, 40 routes, stable. we add an export endpoint", "flask"),
    ],
)
def test_a_stack_opening_the_message_still_runs(engine: Engine, text: str, running: str) -> None:
    assert engine.parser.parse(text).current == running
