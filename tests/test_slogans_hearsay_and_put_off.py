"""Words that name no need of the project: criteria introduced as such ('the criteria are speed and async'),
reputations heard over and over ('we keep hearing flask is performant'), a single newcomer ('new hire here'), and
'long term' with no span; and a side need put off with no date ('a portal someday') leans only as a wish."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(text: str) -> str | None:
    rec = Conversation(default_engine()).turn(text).advice.recommendation
    return rec.framework if rec else None


def _needs(text: str) -> set[str]:
    return {r.id for r in default_engine().parser.parse(text).requirements if not r.negated}


@pytest.mark.parametrize(
    "text",
    [
        "the criteria are speed, community and async. which framework?",
        "key factors: throughput, docs quality, ecosystem maturity. recommendations?",
        "we keep hearing flask is battle-tested and performant. which framework for our next project?",
        "I keep hearing Litestar is blazing fast and Django is battle tested, which one for the rewrite?",
        "new hire here, I was told to choose a python framework for the team",
        "as a new hire, I got asked which framework we should use going forward",
        "we want something that stays maintainable long-term and scales. suggestions?",
        "long term, scalable, modern. pick one for us",
    ],
)
def test_words_that_name_no_need_get_a_question_back(text: str) -> None:
    turn = Conversation(default_engine()).turn(text)
    assert turn.advice.recommendation is None, text


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("our criteria: performance and async. the project is a public REST API partners integrate against", "fastapi"),
        ("i keep hearing fastapi is blazing fast. which one for a partner-facing REST API with docs?", "fastapi"),
        ("long-term maintainability matters, and it's an internal tool with an admin for the finance staff", "django"),
        ("public REST API for partners; maybe a customer portal someday", "fastapi"),
        ("mobile app api is the job. an admin dashboard down the line, no timeline", "fastapi"),
        ("json api for our ios app, and a web portal for customers some day", "fastapi"),
    ],
)
def test_the_deciding_need_still_decides(text: str, pick: str) -> None:
    assert _pick(text) == pick, text


def test_new_hires_joining_still_read_as_a_growing_team() -> None:
    assert "large-team" in _needs("15 new hires joining this year, and we need an admin for support staff")
    assert "large-team" in _needs("our new hires struggle with the codebase")
    assert "large-team" not in _needs("new hire here, quick question about frameworks")
