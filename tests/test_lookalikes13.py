"""Look-alikes of the second-wave mechanisms that must not fire: an 'old'/'legacy' word said of people or heritage
is no system beside ours; a framework that refuses something ('django rejected the form') is not refused; a bare
'every millisecond' is a rate, not a latency budget; a phase mark before a noun that only describes people ('our
actual platform team') is no new phase; the gatekeeper's name ('security refused …') is no need. And the refusal
said through the refused ask ('rejected the proposal to use flask') still rules the framework out."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import wanted


@pytest.mark.parametrize(
    "text",
    [
        "Our legacy is a decade of python habits across 28 engineers; the new lab-booking portal has roles and admin.",
        "Our old CTO hired 26 developers last year, and all of them will build the new grants system with approvals.",
        "The existing support crew of 35 engineers moves onto the new warranty platform with staff roles.",
    ],
)
def test_an_old_word_said_of_people_names_no_neighbour(engine: Engine, text: str) -> None:
    assert "large-team" in wanted(engine, text)


def test_an_old_system_beside_the_new_one_still_keeps_its_size(engine: Engine) -> None:
    text = "The old billing app has 45 developers on it. The new receipt mailer is one endpoint, just me."
    assert "large-team" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Django rejected the upload with a 413 again; it's our shop backend with staff admin.",
        "Flask refuses every request without an api key, as it should. Small internal api.",
    ],
)
def test_a_framework_refusing_something_is_not_refused(engine: Engine, text: str) -> None:
    assert Conversation(engine).turn(text).advice.query.excluded == ()


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Architecture review rejected the proposal to use Sanic. Async JSON api.", "sanic"),
        ("The CTO turned down our request for Flask; we need a staff portal with roles.", "flask"),
        ("Compliance refused my pitch to adopt Quart for the websocket relay.", "quart"),
    ],
)
def test_a_refused_ask_rules_out_the_framework_it_names(engine: Engine, text: str, out: str) -> None:
    assert out in Conversation(engine).turn(text).advice.query.excluded


def test_a_refused_ask_without_a_framework_rules_nothing_out(engine: Engine) -> None:
    query = Conversation(engine).turn("Finance rejected our request for more servers; flask api, tiny.").advice.query
    assert query.excluded == ()


@pytest.mark.parametrize(
    "text",
    [
        "Infosec refused Litestar, so which one for an async api?",
        "Security rejected the proposal to use Quart; async api for webhooks.",
    ],
)
def test_the_gatekeepers_name_is_no_need(engine: Engine, text: str) -> None:
    assert "security" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "We poll the scale every millisecond and store the readings; need a small page to browse them.",
        "Every millisecond of my weekend goes into this hobby site with one form.",
    ],
)
def test_a_millisecond_as_a_rate_is_no_latency_budget(engine: Engine, text: str) -> None:
    assert "low-latency" not in wanted(engine, text)


def test_a_millisecond_said_to_matter_is_a_latency_budget(engine: Engine) -> None:
    assert "low-latency" in wanted(engine, "each millisecond matters on the odds endpoint")


@pytest.mark.parametrize(
    "later",
    [
        "Our actual platform folks will deploy it on friday, nothing else changes.",
        "The real product owner is Sam from growth now.",
    ],
)
def test_a_phase_mark_said_of_people_keeps_the_prototype(engine: Engine, later: str) -> None:
    conversation = Conversation(engine)
    conversation.turn("Quick prototype: a tiny form page to collect signups for a pop-up cafe, one dev.")
    conversation.turn(later)
    assert "prototype" in conversation.state.requirements


def test_a_phase_mark_before_what_the_project_is_still_moves_on(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("Quick prototype: a tiny form page to collect signups for a pop-up cafe, one dev.")
    conversation.turn("It worked, this is our actual product now: members, staff roles, billing and an admin.")
    assert "prototype" not in conversation.state.requirements
