"""The same meaning in other words: denials said after, adjectives of no need, lists under one "no", libraries
named after what they brought, pitches in other verbs. Wordings are our own, not the eval's."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _read(engine: Engine, text: str) -> dict[str, bool]:
    """need id -> negated"""
    return {m.id: m.negated for m in engine.parser.parse(text).requirements}


@pytest.mark.parametrize(
    "text",
    [
        "it is wrong to say we don't need an admin panel; finance edits rows daily",
        "it's incorrect to claim we don't need an admin panel",
        "the idea that we have no need for an admin panel is false",
        "saying we need no admin panel is mistaken",
    ],
)
def test_a_denied_negation_wants_the_need(engine: Engine, text: str) -> None:
    assert _read(engine, text).get("admin-panel") is False


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("an admin panel is dispensable for this one", "admin-panel"),
        ("sso is frankly unnecessary here", "user-auth"),
        ("for the pilot, realtime pushes are superfluous", "realtime"),
    ],
)
def test_adjectives_of_no_need_negate_what_came_before(engine: Engine, text: str, need: str) -> None:
    assert _read(engine, text).get(need) is True


def test_indispensable_states_a_need(engine: Engine) -> None:
    assert _read(engine, "what is indispensable for us is an admin panel").get("admin-panel") is False


def test_one_no_over_a_comma_list_ending_in_or(engine: Engine) -> None:
    read = _read(engine, "the converter needs no admin, sso, templates or orm. it is cpu-bound")
    assert read["admin-panel"] and read["user-auth"] and read["server-rendered"] and read["orm-models"]
    assert read["cpu-bound"] is False


def test_a_comma_list_without_or_is_not_held_negated(engine: Engine) -> None:
    assert _read(engine, "no admin, sso.").get("user-auth") is False


def test_a_library_named_after_the_needs_it_brought(engine: Engine) -> None:
    parsed = engine.parser.parse("our flask api got swagger docs through flask-smorest two years ago")
    assert ("flask", "api-docs") in parsed.extension_needs


@pytest.mark.parametrize(
    "text",
    [
        "we run flask. a contractor continually advocates for litestar. move?",
        "we run flask. two interns keep lobbying for litestar. move?",
        "we run flask. a teammate repeatedly opens prs porting views to litestar. move?",
    ],
)
def test_pitches_in_other_verbs(engine: Engine, text: str) -> None:
    assert "litestar" in engine.parser.parse(text).proposed


def test_a_pitched_move_asked_about_is_not_made(engine: Engine) -> None:
    turn = Conversation(engine).turn(
        "we run flask with flask-smorest for schemas. an intern keeps lobbying for fastapi. should we migrate?"
    )
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "flask powers our booking site without trouble; now we want a chat widget",
        "it's a flask app and we like it",
    ],
)
def test_what_runs_in_other_words(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current == "flask"


def test_a_monolith_divided_is_services(engine: Engine) -> None:
    read = _read(engine, "the billing monolith is being divided up into a dozen services")
    assert "microservice" in read and "large-app" not in read


@pytest.mark.parametrize(
    "text",
    [
        "both of us are experienced in async python from earlier tornado projects",
        "a two-person shop, we know tornado really well",
    ],
)
def test_what_the_team_knows_in_other_words(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current is None


def test_stressed_verdicts_still_read(engine: Engine) -> None:
    assert _read(engine, "our django site: nothing is actually broken").get("works-today") is False
