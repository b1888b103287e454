"""Questions where nothing decides, in disguise: praise words any stack claims ('cloud-native', 'battle tested'),
who builds it (hiring, juniors, the funding stage), when it is due ('deadline in 6 weeks' is no lifetime), a poll
over the options, a business number ('signups dropped'), a library upgrade or a pasted job ad. Each gets a
question back; the same words beside a need that decides still count."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(text: str) -> str | None:
    rec = Conversation(default_engine()).turn(text).advice.recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    "text",
    [
        # praise words
        "cloud-native and future-proof please, which python web framework?",
        "we want a cloud native stack that is enterprise-ready. ideas?",
        "need a proven, battle-tested framework for the backend",
        # who builds it, not what
        "we're recruiting three python engineers in spring, which framework should we standardise on?",
        "our crew: one lead and four juniors. kicking off a new codebase soon, framework?",
        "pre seed company, two founders, choosing a backend framework this sprint",
        # when it is due is not how long it lives
        "the deadline in 8 weeks is fixed. framework?",
        "we launch in two months, what should we build it with",
        # a poll over the options
        "straw poll: flask, django or fastapi?",
        "vote: django / fastapi / flask",
        # a business number, a library upgrade, a job ad
        "signups fell 12% after the pricing change, thoughts from the growth side?",
        "is sqlalchemy v2 worth upgrading to this quarter?",
        "Python Developer (remote). Flask, Django or FastAPI experience; Postgres; competitive salary. Which should I "
        "practise?",
        "Platform Engineer: FastAPI, Flask or Django experience, docker, apply now. which framework do I brush up on?",
        "what do you guys think of async views in python frameworks?",
    ],
)
def test_nothing_decides_so_the_bot_asks(text: str) -> None:
    turn = Conversation(default_engine()).turn(text)
    assert turn.advice.recommendation is None, text


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("cloud-native data processing service taking in sensor uploads over http", "fastapi"),
        ("battle-tested please: an internal back office with logins where staff edit orders", "django"),
        ("we're hiring five devs; the product is an online magazine with editors and drafts", "django"),
        ("deadline in 6 weeks: a json api for our flutter app with websocket chat", "fastapi"),
        ("daily signups are climbing; we need user accounts, roles and an admin for support", "django"),
        ("two juniors learning how web frameworks work, building a toy project to learn on", "flask"),
    ],
)
def test_the_same_words_beside_a_deciding_need_still_count(text: str, pick: str) -> None:
    assert _pick(text) == pick, text


def test_a_deadline_is_not_read_as_the_systems_lifetime() -> None:
    turn = Conversation(default_engine()).turn("the deadline is in 3 weeks; it is a small internal page of charts")
    ids = {m.id for m in turn.advice.requirements}
    assert "short-horizon" not in ids
    assert "long-horizon" not in ids


def test_a_past_date_is_not_a_long_lifetime() -> None:
    turn = Conversation(default_engine()).turn("a tiny status page; one of us did a flask course last year")
    assert "long-horizon" not in {m.id for m in turn.advice.requirements}
