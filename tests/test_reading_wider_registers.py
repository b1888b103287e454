"""The same needs said in other registers: slang and shorthand ('enterprisey'), formal and passive clauses
('it has been proposed that it be built in flask'), words in another order ('a dashboard over pandas'), a deadline
said after its duration ('4 weeks to launch'), British spelling ('authorisation header'). A question that names no
project still asks back; a need said another way still decides."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from tests.talk import first_pick


@pytest.mark.parametrize(
    "text",
    [
        # a quality any tool claims, in slang
        "want an enterprisey python backend, what would you go with",
        # a deadline said after its duration: the time to build, not a throwaway's lifetime
        "5 weeks to deliver it, which framework fits?",
        "six weeks until launch, pick a framework for us",
        # the support span asked as an amount
        "quick one: how many years of security fixes does each django lts release receive?",
        # a link pointed at as "this one"
        "views on this one? https://news.example.com/item?id=7",
        # the trade the company is in, not the system asked for
        "we're a small online retailer, what do we write the next service in?",
        # the framework's own manual praised
        "extensive documentation matters most to us, which one fits",
        # a poll for or against
        "async views in frameworks: love them or hate them?",
        # a library's major version taken up
        "upgrading to pydantic v2 broke half our models, anyone else?",
    ],
)
def test_no_project_asks_back(text: str) -> None:
    assert first_pick(default_engine(), text) is None


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        # what a learner builds to see the request cycle (002 "The Real Answer")
        ("i want to study framework internals; what should my first practice project be in?", "flask"),
        # the token check at the edge, in British spelling (000 "Real-world business scenarios")
        ("tiny gateway for two backends: validate the authorisation header and pass requests on", "fastapi"),
        # a Django organisation: typed api inside it (003 "Django → FastAPI (harder)")
        ("we are a django company and need a typed api with auto docs for the app, no extra service", "django"),
        # the api as the product, said formally (000 "Performance")
        ("the api constitutes the product, which framework", "fastapi"),
        # a big team handed a bare micro-framework in the passive (000 "Common framework selection mistakes")
        ("we are 30 engineers and it was proposed that the new monolith be built in flask", "django"),
        # io said as what dominates the work (002 "FastAPI: The Modern Contender")
        ("backend dominated by i/o, which fw", "fastapi"),
        # the readers and the data named after the dashboard (003 "Flask wins")
        ("a dashboard on top of pandas for the finance analysts", "flask"),
    ],
)
def test_need_said_another_way_decides(text: str, framework: str) -> None:
    assert first_pick(default_engine(), text) == framework


def test_a_build_still_to_come_is_not_what_runs() -> None:
    parsed = default_engine().parser.parse("the new billing service will be built in flask")
    assert parsed.current is None
    assert default_engine().parser.parse("our billing service is built in flask").current == "flask"


def test_named_choice_keeps_the_home_framework_out() -> None:
    # "either fastapi or flask": an inventory api needing typed validation stays between the two named (a guard:
    # with "will be written in" no longer read as what runs, Django's add-ons must not take the pick)
    text = (
        "the inventory-management exercise will be written in python with either fastapi or flask; request bodies "
        "validated, typed responses, an api spec"
    )
    assert first_pick(default_engine(), text) in ("fastapi", "flask")


def test_retainer_is_no_retailer() -> None:
    # a guard: "retailer" is now a word of the ecommerce need, one edit from "retainer"
    parsed = default_engine().parser.parse("we maintain it on a retainer")
    assert "ecommerce" not in {r.id for r in parsed.requirements}
