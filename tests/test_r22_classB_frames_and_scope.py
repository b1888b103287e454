"""Round 22, classes 5 and 9: an earlier project told before the new build, an app server named as hosting, one part
asked about alone, and a part said to be served elsewhere now (in one message and in a thread). Look-alikes keep
their reading. Labels from the seeds (003 "Decision matrix", "When each wins", "Deployment patterns")."""

from __future__ import annotations

import pytest

from knowledge.base.loader import default_knowledge_base
from knowledge.base.text import normalize
from knowledge.engine import Engine
from knowledge.reading.earlier_projects import EarlierProjects
from knowledge.reading.singled_out import SingledOut
from tests.talk import first_pick, last_pick


def _earlier(text: str) -> str:
    vocab = default_knowledge_base().vocabulary
    return EarlierProjects(vocab.earlier_projects, vocab.rewrites).cut(normalize(text, vocab.rewrites))


def _singled(text: str) -> str:
    kb = default_knowledge_base()
    vocab = kb.vocabulary
    return SingledOut(vocab.singled_out, vocab.rewrites, kb.spellings()).cut(normalize(text, vocab.rewrites))


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("last time we built a 150-model app; now we want a quick prototype", "150", "prototype"),
        ("the old app's admin was slow. this time it's a webhook receiver", "admin", "webhook"),
        ("we're 4 devs, and years ago i built a cms; this one is a chat", "cms", "4 devs"),
    ],
)
def test_an_earlier_project_is_cut(text: str, gone: str, kept: str) -> None:
    cut = _earlier(text)
    assert gone not in cut and kept in cut


@pytest.mark.parametrize(
    "text",
    [
        "our old app is flask with 40 endpoints, now we want to add websockets",  # the old app still runs
        "our old app is flask and we're rewriting it; the new one needs websockets",  # a rewrite of it
        "like last time, this one is an in-house dashboard",  # no earlier project told before the turn
    ],
)
def test_look_alikes_keep_the_old_system(text: str) -> None:
    vocab = default_knowledge_base().vocabulary
    assert _earlier(text) == normalize(text, vocab.rewrites)


def test_one_part_asked_alone_drops_the_rest() -> None:
    cut = _singled("we have a customer admin, but for the webhook receiver specifically: which framework?")
    assert "admin" not in cut and "webhook" in cut


@pytest.mark.parametrize(
    "text",
    [
        "for the whole platform, admin included, which framework?",
        "a portal with an admin for staff. just for the admin part we need sso",
        "our django app has an admin, but for the webhook receiver specifically which one?",
    ],
)
def test_look_alikes_keep_the_whole(text: str) -> None:
    vocab = default_knowledge_base().vocabulary
    assert _singled(text) == normalize(text, vocab.rewrites)


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("all our apps are served by daphne behind haproxy. new project: a museum site that curators edit", "django"),
        ("we deploy with daphne because the app uses websockets for live bids", "fastapi"),
        ("back then our old platform had a big admin; this time its a proxy in front of our ML model", "fastapi"),
    ],
)
def test_setup_and_earlier_projects_name_no_need(engine: Engine, text: str, pick: str) -> None:
    assert first_pick(engine, text) == pick


def test_a_part_moved_away_in_a_thread_takes_its_needs(engine: Engine) -> None:
    assert (
        last_pick(
            engine,
            "an internal tool where ops approve refunds, and a REST API partner shops call for order status",
            "update: the refund approvals now live with finance's own system. we just publish data to partners",
        )
        == "fastapi"
    )


def test_a_move_under_way_is_no_part_handed_over(engine: Engine) -> None:
    text = "our app is built on an obscure framework; we're moving to a standard framework such as django"
    assert first_pick(engine, text) == "django"


def test_a_counted_finding_adds_to_the_project(engine: Engine) -> None:
    """'turns out 300 cron jobs hit it …' reports the load of the same project: the earlier needs stay."""
    picks = [
        last_pick(engine, "a tiny internal status page for our ops team", "turns out 300 cron jobs hit it at once"),
        last_pick(
            engine,
            "an inventory CRUD app with an admin for the warehouse",
            "turns out every pallet scan also needs to hit 2 supplier APIs",
        ),
    ]
    assert picks == ["flask", "django"]


def test_a_redescription_still_replaces(engine: Engine) -> None:
    assert (
        last_pick(
            engine,
            "an intranet tool where HR fills in and approves forms",
            "turns out it's actually a partner-facing API, no screens at all, partners integrate over REST",
        )
        == "fastapi"
    )
