"""What runs said in passing, by the shape of a sentence rather than a cue word: an age, a past choice by anyone,
a stack or system opening the message, a thing depending on it; and a measured quality said to be good enough.
Each with look-alikes where nothing runs (a move already made, a past that did not happen, a fresh build, a job
ad, someone else's code, a quality fine only for now)."""

from __future__ import annotations

import pytest

from knowledge.base.text import normalize
from knowledge.engine import Engine
from knowledge.reading.incumbency import RunningSigns


def _shape_says(engine: Engine, text: str) -> str | None:
    """What the sentence shapes alone say runs (before any other reading settles it)."""
    kb = engine.kb
    by_name = {a.lower(): fw.id for fw in kb.frameworks.values() for a in (fw.id, fw.name)}
    signs = RunningSigns(kb.vocabulary, by_name, {fw.id: frozenset(fw.builds_on) for fw in kb.frameworks.values()})
    return signs.running(normalize(text, engine.kb.vocabulary.rewrites), set())


@pytest.mark.parametrize(
    ("text", "framework"),
    [
        # 1. an age in the same sentence
        ("the warehouse portal: flask, 6 years old. do we need something newer?", "flask"),
        ("bought a django license-tracking thing a decade ago. what now?", "django"),
        ("billing api, built 3 yrs ago in fastapi. is it time for a change?", "fastapi"),
        ("it's been pyramid since 2017 and nobody knows it any more", "pyramid"),
        ("quart has been it for over four years now; should async go elsewhere?", "quart"),
        # 2. a past choice, by anyone
        ("falcon was adopted by the platform group long ago. should the next features stay there?", "falcon"),
        ("the consultants selected litestar; we are struggling to hire for it", "litestar"),
        # 3. a stack or described system opening the message
        ("flask/sqlalchemy/celery monolith. leadership asks about a rewrite", "flask"),
        ("django + htmx + postgres, growing fast. keep going?", "django"),
        ("Pyramid-based intranet for payroll. Anything better to move to?", "pyramid"),
        ("bottle intranet for the lab, 40 users. is it ok to keep?", "bottle"),
        # 4. a thing depending on it
        ("Our ticket scanner requires Sanic. Is it worth moving?", "sanic"),
        ("the reporting tool depends on flask, and half of it is unmaintained", "flask"),
        ("our docs site is built on top of starlette; thinking about search", "starlette"),
        ("the inventory api has falcon under the hood. we need an admin", "falcon"),
        ("Lumen exposes its REST endpoints through Connexion today and the team hates the yaml", "connexion"),
    ],
)
def test_shape_of_a_sentence_says_what_runs(engine: Engine, text: str, framework: str) -> None:
    assert engine.ask(text).query.current == framework


@pytest.mark.parametrize(
    "text",
    [
        # a move already made, a past that did not happen
        ("we moved off flask in 2019. which framework for a new reporting api?"),
        ("django 5 years ago would have been fine, but now we need a websocket api"),
        ("if we had picked fastapi two years ago, would this be easier? new project now"),
        # a choice for work still to build, not made, or the asker's own under review
        ("we picked fastapi for the new ingestion service, good call?"),
        ("we almost chose django for the new shop, then stopped. what should it be?"),
        ("i picked flask over django from a reddit thread; building a small dashboard"),
        # a question offering a stack, a list of options
        ("django + htmx for an intranet?"),
        ("flask/fastapi for a tiny webhook receiver?"),
        # a job ad, a plan, someone else's code
        ("the role requires django knowledge and five years of python. which framework should our new api use?"),
        ("should we build the new api on top of starlette?"),
        ("the vendor portal requires flask, but our own new api is undecided"),
    ],
)
def test_look_alikes_say_nothing_runs(engine: Engine, text: str) -> None:
    assert _shape_says(engine, text) is None


def test_a_past_choice_by_a_third_party_is_a_shape_of_running(engine: Engine) -> None:
    # (the full reading still takes "the board chose flask" for a pitch; the shape alone says it runs)
    assert _shape_says(engine, "The architecture board chose Flask in 2020 for the claims system.") == "flask"


def _negated(engine: Engine, text: str, need: str) -> bool | None:
    said = {m.id: m.negated for m in engine.ask(text).query.requirements}
    return said.get(need)


@pytest.mark.parametrize(
    "text",
    [
        "our p95 is fine, the team just wants typed endpoints",
        "latency has been totally acceptable for years",
        "response times are perfectly ok; we want better docs",
    ],
)
def test_latency_said_good_enough_is_no_need(engine: Engine, text: str) -> None:
    assert _negated(engine, text, "low-latency") is True


@pytest.mark.parametrize(
    "text",
    [
        "latency is fine now, but the launch will 10x our traffic",
        "p95 is ok for the moment; the new clients need sub 50ms",
        "we need low latency and the admin is fine",
    ],
)
def test_latency_fine_only_for_now_stays_a_need(engine: Engine, text: str) -> None:
    assert _negated(engine, text, "low-latency") is not True
