"""Other wordings of situations the plain wording already carries: a filler inside a ready-to-leave cue ("the
maintainer just quit"), the team no longer maintaining a framework, "swap out" as "replace", "nothing else changes",
"simultaneous", a fan-out or an acknowledgement with its object inside, shift scheduling, options listed after
"the candidates are", a small codebase described by size, "what would take its place" in a migration, a formal
"it is proposed that … be ported", a call of a framework's function, checking one token, "a django company", and
a fresh stack described with "built on"."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import wanted


def test_a_filler_inside_a_ready_to_leave_cue(engine: Engine) -> None:
    parsed = engine.parser.parse("the web2py intranet app has forms and logins; our one maintainer just quit")
    assert parsed.current == "web2py" and parsed.leaving


def test_the_team_no_longer_maintaining_the_framework(engine: Engine) -> None:
    parsed = engine.parser.parse("our cherrypy kiosk service: honestly we don't maintain cherrypy anymore. what next?")
    assert parsed.current == "cherrypy" and parsed.leaving
    assert "staffing-risk" in wanted(engine, "honestly we don't maintain cherrypy anymore")


def test_swap_out_is_replacing_what_runs(engine: Engine) -> None:
    parsed = engine.parser.parse("proposal: swap out cherrypy in the kiosk service (2 endpoints on a tablet)")
    assert parsed.current == "cherrypy" and parsed.leaving


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("our shop runs on django and needs a live order feed; nothing else changes", "separate-service"),
        ("the gateway must hold 50k simultaneous connections", "high-concurrency"),
        ("each order sends requests out to four carriers before it answers", "io-heavy"),
        ("the hook has to acknowledge every delivery within 150 ms", "low-latency"),
        ("a rota site where our nurses do shift planning and swap shifts", "user-auth"),
        ("a flask gateway that checks a token and passes requests on", "token-auth"),
    ],
)
def test_other_wordings_of_a_need(engine: Engine, text: str, need: str) -> None:
    assert need in wanted(engine, text)


def test_checking_a_token_is_no_typed_validation(engine: Engine) -> None:
    assert "typed-validation" not in wanted(engine, "a flask gateway that validates a token and passes requests on")


def test_options_after_the_candidates_are_run_nothing(engine: Engine) -> None:
    parsed = engine.parser.parse("The options on the table are Flask, Django and Litestar.")
    assert parsed.current is None


def test_a_small_codebase_described_by_size_runs(engine: Engine) -> None:
    assert engine.parser.parse("little pyramid app (~300 lines) serving our wiki").current == "pyramid"


def test_what_would_take_its_place_in_a_migration_works_the_move_out(engine: Engine) -> None:
    turn = Conversation(engine).turn(
        "Our Flask views lean on g.user everywhere. If we migrate to FastAPI, what will take its place?"
    )
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "fastapi"


def test_a_formal_proposal_states_the_task(engine: Engine) -> None:
    parsed = engine.parser.parse("It is proposed that the Flask service be ported to Quart.")
    assert parsed.current == "flask" and parsed.targets == ("quart",) and parsed.migration_underway


def test_calling_a_frameworks_function_owns_nothing_of_it(engine: Engine) -> None:
    parsed = engine.parser.parse("our fastapi service reads the django orm through a helper that calls django.setup()")
    assert parsed.current == "fastapi"


def test_a_framework_company_runs_it(engine: Engine) -> None:
    assert engine.parser.parse("We are a Flask company with two developers.").current == "flask"


def test_a_fresh_stack_built_on_a_framework_is_not_what_runs(engine: Engine) -> None:
    parsed = engine.parser.parse("our product is django; the architect is pitching a new service built on fastapi")
    assert parsed.current == "django"


@pytest.mark.parametrize(
    "text",
    [
        "my cousin works at a django company; we want a small async relay for our webhooks",
        "i came from a flask shop, and now we need an api for a mobile app",
        "we run it like a django firm would, but the new thing is a websocket feed",
    ],
)
def test_a_framework_company_placed_elsewhere_is_not_what_runs(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current is None
