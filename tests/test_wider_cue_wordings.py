"""Cues widened past one wording: intent cues read through shorthand and filler words, a writing intent made of
an opener, a determiner and a piece, the passive "maintained by", "opinionated" and "studying" read whole, an
apology before a denial as a correction, "only" read as "just" in thread cues, and a pitch about the move under way
weighed as a pitch even when it says "migration"."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import CLARIFY, Conversation


def _pick(engine: Engine, *texts: str) -> str | None:
    conversation = Conversation(engine)
    for text in texts:
        turn = conversation.turn(text)
    rec = turn.advice.recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    "text",
    [
        "best migration tool for sqlalchemy? not asking abt fws, only the schema side",
        "Which connection pooler suits MySQL? I only care about the data layer, not about python frameworks.",
        "I'm drafting my upcoming talk about content sites and blogs. Broad views on Python web frameworks?",
        "Preparing an essay on blogging platforms: what do you think of python web frameworks?",
        "Anyone have opinions?",
        "Is FastAPI still developed by one person, or is there a team now?",
    ],
)
def test_other_wordings_of_a_message_asking_no_pick_get_the_clarifying_answer(engine: Engine, text: str) -> None:
    turn = Conversation(engine).turn(text)
    assert turn.intent in (CLARIFY, "about")
    assert turn.advice.recommendation is None


def test_a_need_for_articles_is_not_the_asker_writing_one(engine: Engine) -> None:
    turn = Conversation(engine).turn("a cms for articles with editors and scheduled publishing")
    assert turn.intent != CLARIFY
    assert turn.advice.recommendation is not None


def test_opinionated_still_reads_as_conventions_and_studies_is_no_learning(engine: Engine) -> None:
    parsed = engine.parser.parse("we want an opinionated framework for our customer case studies portal")
    said = {m.id for m in parsed.requirements}
    assert "batteries" in said
    assert "easy-learning" not in said


def test_studying_http_before_frameworks_is_learning(engine: Engine) -> None:
    text = "hobbyist studying web dev on weekends, after a solid grasp of http before any framework does it for me"
    assert _pick(engine, text) == "flask"


def test_webapp_spelled_as_one_word_is_a_web_app(engine: Engine) -> None:
    def needs(text: str) -> set[str]:
        return {m.id for m in engine.parser.parse(text).requirements}

    assert "full-stack" in needs("clinic scheduling: staff, rotas, approvals, exports. one webapp")
    assert needs("a couple of webapps for the club") == needs("a couple of web apps for the club")


def test_an_apology_then_a_denial_re_describes_the_project(engine: Engine) -> None:
    first = "api for a delivery-tracking phone app, many concurrent drivers pinging locations"
    second = "Apologies, it wasn't a phone app at all: it's a staff intranet where editors publish pages themselves"
    assert _pick(engine, first, second) == "django"


def test_only_reads_as_just_in_a_re_description(engine: Engine) -> None:
    first = "starting a multi-tenant booking platform for gyms: members, classes, payments"
    second = "forget the multi-tenant and admin bits. it is now only the json api behind a react app"
    assert _pick(engine, first, second) == "fastapi"


def test_a_pitch_to_change_the_migration_target_leaves_the_move_under_way(engine: Engine) -> None:
    first = "we are two thirds through porting our flask service to fastapi"
    second = "Our architect wants to move the migration target to Django instead. Your view?"
    assert _pick(engine, first, second) == "fastapi"
