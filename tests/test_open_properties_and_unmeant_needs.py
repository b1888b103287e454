"""Round 21 (analyst classes 2, 7, 9). A generic property said alone, bare or asked ("is async worth it?", "we
expect heavy traffic"), is the seeds' "it depends" (003 "FAQ"; 000 "Performance"), so the answer asks back; a need
named inside what is not known yet, joked about by an executive, quoted as a requester's buzzword or conceded
before "except" is no need (000 "Final recommendation"); a launch milestone is build time, and a first version said
to become the product, or the cost of the years weighed, leans to Django (000 "MVP / proof of concept", "Long-term
cost")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _pick(engine: Engine, text: str) -> str | None:
    rec = Conversation(engine).turn(text).advice.recommendation
    return rec.framework if rec else None


def _ids(engine: Engine, text: str) -> set[str]:
    return {m.id for m in Conversation(engine).turn(text).advice.requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "is going async worth it for a brand new service?",
        "async or sync for the next project?",
        "we expect heavy traffic, which framework?",
        "lots of users expected at launch, framework?",
        "want something easy to pick up, suggestions?",
    ],
)
def test_a_generic_property_alone_is_asked_back(engine: Engine, text: str) -> None:
    assert _pick(engine, text) is None


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("each request calls 5 slow partner apis; should we go async?", "fastapi"),
        ("we must hold 30k concurrent websocket connections", "fastapi"),
        ("a new async push service, not sanic this time", "fastapi"),
        ("teaching an intro web class to interns, which framework", "flask"),
    ],
)
def test_a_property_with_its_workload_still_decides(engine: Engine, text: str, pick: str) -> None:
    assert _pick(engine, text) == pick


@pytest.mark.parametrize(
    "text",
    [
        "we can't say yet whether it's a web app, a mobile app or a partner api. framework?",
        "client says it must be 'scalable' and 'serverless'; nobody knows the users yet",
    ],
)
def test_needs_left_open_or_relayed_as_buzzwords_are_asked_back(engine: Engine, text: str) -> None:
    assert _pick(engine, text) is None


def test_a_joked_need_is_no_need(engine: Engine) -> None:
    text = "expense forms and approvals with a staff admin. the CTO wants it async for his CV lol"
    assert "async" not in _ids(engine, text)
    assert _pick(engine, text) == "django"


def test_a_conceded_choice_names_no_need(engine: Engine) -> None:
    text = "flask would be the obvious minimal pick, except we need request validation and generated docs"
    assert "flexibility" not in _ids(engine, text)
    assert _pick(engine, text) == "fastapi"


def test_an_unknown_load_keeps_the_known_product(engine: Engine) -> None:
    assert _pick(engine, "It's a partner API; we don't know yet how many partners will join.") == "fastapi"


def test_a_milestone_date_is_no_lifetime(engine: Engine) -> None:
    assert "short-horizon" not in _ids(engine, "launch is in 10 weeks, then it runs our dispatch for years")


@pytest.mark.parametrize(
    "text",
    [
        "mvp in 6 weeks, later it becomes our main paid product",
        "a poc that should grow into a real multi-client platform",
    ],
)
def test_a_first_version_said_to_become_the_product_grows(engine: Engine, text: str) -> None:
    assert "large-app" in _ids(engine, text)
    assert _pick(engine, text) == "django"


def test_a_growth_denied_or_a_product_word_elsewhere_is_no_growth(engine: Engine) -> None:
    assert "large-app" not in _ids(engine, "a hackathon prototype, it will never become a product")
    assert "large-app" not in _ids(engine, "prototype for a product decision next week, one page with a form")


def test_the_cost_of_the_years_weighed_is_long_lived(engine: Engine) -> None:
    assert "long-horizon" in _ids(engine, "cheapest to build now or cheapest to run in year three? staff portal")
