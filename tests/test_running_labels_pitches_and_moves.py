"""What runs, and whether a move is made, read from a sentence's shape (003 "Migration between them": what runs is
kept unless a reason to move is given; "Flask → Django (rare)": only for an admin needed badly): a bracket labelling
a system with its framework, a version held in place, a finished move told by its noun and a release verb; and, the
other way, a seller's offer, a comparison of what frameworks give, a bare move verb opening a question, and a move
weighed only for one feature of the destination."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the invoicing engine (Django, rolled out 2016) must now export SAF-T files for the tax office", "django"),
        ("Heads-up: our loyalty backend (fastapi 0.95) has to call two more partner APIs per request", "fastapi"),
        ("the parts lookup engine (flask, written by a contractor) needs a CSV import for the buyers", "flask"),
    ],
)
def test_a_bracket_labelling_a_system_with_its_framework_says_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    "text",
    [
        "we'd like a tiny status board (flask?) for the night shift",
        "what the rival shop runs (django, going by their careers page) tells us nothing",
        "no more rolling our own sessions (flask taught us that). members area with roles",
        "the shortlisted options (django, flask) both seem ok for the volunteer portal",
    ],
)
def test_a_bracket_asking_naming_theirs_or_listing_options_labels_nothing(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Flask 1.1 pinned, py3.8. we need single sign-on for the back-office users", "flask"),
        ("heads up, django 2.2.28 locked in prod because of an old plugin; staff want SSO", "django"),
    ],
)
def test_a_framework_held_at_a_version_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


def test_a_sellers_offer_does_not_replace_what_runs(engine: Engine) -> None:
    parsed = engine.parser.parse(
        "The bakery ordering site runs on Django. The studio's quote was a FastAPI rebuild with a Svelte front."
    )
    assert parsed.current == "django"
    nothing_yet = engine.parser.parse("Nothing exists yet; the consultancy's offer is a Flask backend for the kiosk.")
    assert nothing_yet.current is None


@pytest.mark.parametrize(
    "text",
    [
        "Django ships an admin and migrations, FastAPI gives you pydantic and OpenAPI. Which for a courier app API?",
        "flask offers freedom while django provides structure; we start a tenant portal next month",
    ],
)
def test_what_a_framework_gives_is_a_comparison_not_what_runs(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


@pytest.mark.parametrize(
    "text",
    [
        "the flask → fastapi rewrite of the rates API went live in may; two export routes still run through a "
        "WSGI bridge. carry on?",
        "Our port of the booking API from Flask to FastAPI shipped last autumn, bar one legacy callback.",
    ],
)
def test_a_move_told_by_its_noun_and_a_release_verb_is_finished(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.move_finished
    assert parsed.current == "fastapi"


def test_a_move_still_to_ship_is_not_finished(engine: Engine) -> None:
    parsed = engine.parser.parse("the flask to fastapi port will ship next quarter if QA signs off")
    assert not parsed.move_finished


def test_a_bare_move_verb_opening_a_question_is_asked_not_under_way(engine: Engine) -> None:
    assert not engine.parser.parse("switch our flask tool to django?").migration_underway
    assert engine.parser.parse("we ported our flask tool to django last month, half done. continue?").migration_underway


@pytest.mark.parametrize(
    "text",
    [
        "migrate the flask inventory app to django only for the admin? it'd be four small lookup tables",
        "should the flask reporting tool go to django just to get the admin screens? devs edit those 2 tables in psql",
    ],
)
def test_a_move_weighed_only_for_one_destination_feature_keeps_flask(engine: Engine, text: str) -> None:
    advice = Conversation(engine).turn(text).advice
    assert advice.recommendation is not None
    assert advice.recommendation.framework == "flask"
