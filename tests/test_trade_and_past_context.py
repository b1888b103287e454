"""The company's trade ('we are a regulated business', 'our e-commerce company'), an earlier job or client ('my last
two clients were online shops') and a thread correction that only says who builds it or how carefully ('should have
said: we are regulated') are context: they do not pick a framework alone nor re-describe what is built."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(*turns: str) -> tuple[str | None, tuple[str, ...]]:
    conversation = Conversation(default_engine())
    result = None
    for text in turns:
        result = conversation.turn(text)
    assert result is not None
    rec = result.advice.recommendation
    return (rec.framework, tuple(rec.also)) if rec else (None, ())


def _needs(text: str) -> dict[str, bool]:
    """Each need read, with whether it was read loosely."""
    return {m.id: m.weak for m in default_engine().parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "we're a regulated business",
        "we are an insurance startup in a regulated industry, what should we use?",
        "hi! we are a fintech firm, which python framework?",
    ],
)
def test_the_trade_alone_picks_nothing(text: str) -> None:
    assert _pick(text)[0] is None


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("our e-commerce company needs an api for the android app", "ecommerce"),
        ("as a regulated business we need a webhook receiver for payment events", "security"),
    ],
)
def test_a_need_word_before_the_company_noun_is_read_loosely(text: str, need: str) -> None:
    assert _needs(text).get(need) is True


def test_a_word_after_the_company_noun_keeps_the_need_firm() -> None:
    # "business logic" is part of the system, so the shop is what is built
    assert _needs("we need to build the e-commerce business logic: carts, orders, refunds").get("ecommerce") is False


def test_a_company_kind_the_seeds_name_still_decides() -> None:
    # 000 "SaaS / product companies": the company kind is the seed's scenario
    assert _pick("we're a saas company, which framework do you recommend?")[0] == "django"


def test_the_trade_does_not_make_the_api_a_django_app() -> None:
    assert _pick("our e-commerce company needs a json api for the android app")[0] == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "freelancer here, my last two clients were both online stores and this one wants an inference api for "
        "their image model",
        "my previous employers were all e-commerce shops but the new gig is serving a model with inference endpoints",
        "at my previous job we built a django cms for editors. here we need a model inference endpoint",
    ],
)
def test_an_earlier_clients_kind_is_not_this_project(text: str) -> None:
    assert _pick(text) == ("fastapi", ())


def test_a_need_compared_with_an_earlier_job_is_still_a_need() -> None:
    assert "admin-panel" in _needs("we need an admin panel like at my previous job")


@pytest.mark.parametrize(
    "follow_up",
    [
        "should have said: we're a regulated business, PCI and all that",
        "correction: it's just two of us building it",
        "should have mentioned we care a lot about security",
    ],
)
def test_a_correction_saying_only_who_or_how_carefully_keeps_what_is_built(follow_up: str) -> None:
    first = "a webhook receiver for our payment provider, thousands of events a minute, no ui"
    assert _pick(first, follow_up)[0] == "fastapi"


def test_a_correction_of_what_is_built_still_replaces_it() -> None:
    first = "a webhook receiver for our payment provider, thousands of events a minute, no ui"
    assert _pick(first, "should have said: it's an internal tool where ops staff edit records")[0] == "django"
