"""Look-alikes of a fixed framework that fix nothing: a rule that is over or was another place's, a rule for another
kind of work, a crowd's or nobody's say-so; and a refusal of all but one framework keeps that one. A mandate ended
later in a thread no longer decides (002 "What I Actually See in Production", 003 "FAQ")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn


@pytest.mark.parametrize(
    "text",
    [
        "Back then we used to have to use django for everything; today the team can choose. It's a metrics API.",
        "We were required to use flask back then; these days nobody minds. Next up: a partner API.",
        "Only litestar is approved for internal experiments. This is a customer-facing shop with an admin.",
        "Policy is quart for side services and django for products; this is a scoring microservice.",
        "Everyone online keeps saying it has to be flask. We're writing a receiver for payment webhooks.",
        "Nobody told us it must be fastapi. The thing is a forms-heavy claims app for adjusters.",
    ],
)
def test_a_lapsed_scoped_or_crowd_rule_fixes_nothing(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).mandated is None


@pytest.mark.parametrize(
    "text",
    [
        "Platform mandates fastapi for every new service. This one streams order events.",
        "The client insists on django for this one; they have in-house django devs.",
        "Only quart is approved for the backend here. A small order-status API.",
    ],
)
def test_a_rule_covering_this_work_still_fixes(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).mandated is not None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Our lead won't approve anything but flask. Tiny service for label printing.", "flask"),
        ("The CTO doesn't want anything other than django; it's a back office for claims.", "django"),
        # the refusal said by a verb no negation cue reads: "accept", "use"
        ("infosec won't accept anything but fastapi for the scoring endpoint", "fastapi"),
        ("we can't run anything except flask on that box, it's for a tiny label printer API", "flask"),
        ("ops will never deploy anything but django; this is a claims back office", "django"),
    ],
)
def test_refusing_all_but_one_keeps_that_one(engine: Engine, text: str, kept: str) -> None:
    assert kept not in engine.parser.parse(text).excluded


def test_anything_but_alone_still_rules_out(engine: Engine) -> None:
    assert "django" in engine.parser.parse("we'd take anything but django for a tiny status API").excluded


@pytest.mark.parametrize(
    "text",
    [
        "No need to ask me django vs flask, I've read the comparisons. It's an ML scoring endpoint.",
        "I don't want to debate fastapi vs flask again; we need a back office with forms.",
    ],
)
def test_a_refused_comparison_rules_nothing_out(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).excluded == ()


def test_a_mandate_ended_in_the_thread_no_longer_decides(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "FYI our platform mandates flask for all new apps",
        "news: that rule was scrapped at the all-hands. The app is a claims back office with forms and approvals.",
    )
    assert [picked(t) for t in turns] == ["flask", "django"]


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        ("heads up: quart is no longer allowed on the platform. we need a small JSON service", "quart"),
        ("flask is no longer approved by infosec, what should the reporting API use?", "flask"),
        ("django and flask are no longer allowed for new services; tiny webhook receiver", "django"),
    ],
)
def test_a_permission_withdrawn_is_a_ban_now(engine: Engine, text: str, banned: str) -> None:
    assert banned in engine.parser.parse(text).excluded
