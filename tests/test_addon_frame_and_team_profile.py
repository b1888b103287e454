"""A failed admin extension on a running Flask app, the team's years of practice, and the data a product handles
said by what it is: each read the way the seeds weigh it."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import asked_pick


@pytest.mark.parametrize(
    "text",
    [
        "our flask ticketing app: staff want an admin for refunds and customers, and flask-admin hasnt cut it",
        "the hr portal runs on flask; the back office screens the team edits records in, flask-admin has not held up",
        "Flask invoicing tool here. ops begs for a real admin over invoices and clients; flask admin hasn't worked.",
    ],
)
def test_an_admin_extension_that_has_failed_leaves_the_admin_need_to_move_for(engine: Engine, text: str) -> None:
    # 003 "Migration between them": Flask -> Django when the admin is badly needed and Flask's own did not answer
    assert asked_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "ive been doing django for 9 years. need a signup list for a pottery class",
        "weve been shipping flask for 8 years; a small json service for the warehouse scanners",
        "she has been programming in python for 12 years and wants a tiny status endpoint",
    ],
)
def test_years_of_practice_are_experience_not_the_systems_lifespan(engine: Engine, text: str) -> None:
    query = engine.ask(text).query
    assert "long-horizon" not in {r.id for r in query.requirements}


@pytest.mark.parametrize(
    "text",
    [
        "three beginners want something easy to learn; the app keeps members' credit cards on file",
        "our interns want an easy framework; the site stores tenants' home addresses and id scans",
        "new grads want it easy to learn, and the product takes card payments from parents",
    ],
)
def test_beginners_building_on_personal_or_card_data_get_guardrails(engine: Engine, text: str) -> None:
    # 000 "Security and responsibility": Flask needs a mature engineering culture; Django's defaults protect data
    assert "security" in {r.id for r in engine.ask(text).query.requirements}
    assert asked_pick(engine, text) == "django"


def test_a_learning_goal_with_no_sensitive_data_stays_with_flask(engine: Engine) -> None:
    # 002 "The Real Answer": to learn how web frameworks work, start with Flask
    assert asked_pick(engine, "teaching a class of beginners how requests work; we build a guestbook") == "flask"
