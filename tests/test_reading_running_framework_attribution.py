"""Which framework runs today (class C): a framework of the asker's earlier job said after it ("flask for years at
my old job"), one an outside firm runs ("our rivals run django"), a thing of ours said to be a framework with the
article dropped ("backend = small flask service") or with a new clause right after ("is fastapi and i need …")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("text", "past", "runs"),
    [
        (
            "I wrote Pyramid-free Django for nine years at my previous employer; the ticketing API here is FastAPI.",
            "django",
            "fastapi",
        ),
        ("did flask a long time at my old company. the rota app we run now is litestar", "flask", "litestar"),
        ("Sanic was my daily driver during my last job, but the intake service is Quart.", "sanic", "quart"),
        ("used django heavily in my previous project; our kiosk backend is flask", "django", "flask"),
    ],
)
def test_a_past_job_named_after_the_framework_is_not_what_runs(engine: Engine, text: str, past: str, runs: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current == runs
    assert past in parsed.known


def test_a_past_job_said_alone_after_the_framework_runs_nothing(engine: Engine) -> None:
    parsed = engine.parser.parse("I did Flask for years at my old job and would be quicker in it.")
    assert parsed.current is None and "flask" in parsed.known


def test_our_own_app_started_at_a_past_job_still_runs(engine: Engine) -> None:
    parsed = engine.parser.parse("Our Flask app, which I started at my last job, needs a login page.")
    assert parsed.current == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "Our competitors all run Django. We're starting from scratch on a partner pricing API.",
        "the vendors mostly use flask; we need a new approvals tool with roles",
        "Most of the industry runs FastAPI nowadays. New internal wiki for 30 staff.",
        "our rivals are all on litestar, we have nothing built yet",
    ],
)
def test_an_outside_firm_running_a_framework_is_not_what_runs(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Unlike our rivals we run Django.", "django"),
        ("The market-data service is Flask.", "flask"),
        ("our supplier portal is fastapi", "fastapi"),
    ],
)
def test_our_own_framework_beside_an_outside_firm_word_still_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("harbour-tides backend = small flask service on one vm", "flask"),
        ("the booking api is tiny fastapi app behind nginx", "fastapi"),
        ("the order service is FastAPI and I need to add a refunds endpoint", "fastapi"),
        ("our kiosk api is quart but we keep hearing about litestar", "quart"),
    ],
)
def test_a_thing_of_ours_said_to_be_a_framework(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    "text",
    [
        "the portal is django and fastapi",  # two listed, neither said alone to run
        "the best option is flask and we should go",  # a pick asked about
    ],
)
def test_a_framework_before_and_without_a_new_subject_is_not_settled(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


def test_the_rest_of_the_system_before_a_new_clause_is_other_work(engine: Engine) -> None:
    parsed = engine.parser.parse("fyi the rest of the shop is django and we're four django devs")
    assert parsed.current is None and "django" in parsed.known
