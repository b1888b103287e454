"""How a thread's state follows its turns (eighth fresh batch): what runs said mid-thread, an apology that
re-describes the project, a waiver of earlier needs, services cut out of the system discussed, one part asked
about on its own, and one endpoint's outside waits in a Flask app that otherwise works."""

from __future__ import annotations

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn


def test_what_runs_said_mid_thread_is_a_fact_not_a_question(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "A B2B API that partner firms call to query their shipments.",
        "oh I should mention, we run Django 4 with DRF already and the shipments live in it",
        "partners also want a Swagger page",
    )
    assert picked(turns[0]) == "fastapi"
    assert turns[1].advice.query.current == "django"
    assert [picked(t) for t in turns[1:]] == ["django", "django"]


def test_an_apology_re_describes_the_project(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "Backend for a mobile app for festival visitors, tens of thousands of concurrent users.",
        "sorry no, not a mobile app: it's three info screens at the gate, and editors update the content themselves",
    )
    ids = {m.id for m in turns[1].advice.query.requirements}
    assert "high-concurrency" not in ids and "spa-backend" not in ids
    assert picked(turns[1]) == "django"


def test_a_waiver_drops_the_needs_its_message_brought(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "A small web page that runs our backup scripts, for 4 ops engineers.",
        "the security team says it needs roles and an audit log",
        "they have waived it now, the page sits behind the VPN",
    )
    ids = {m.id for m in turns[2].advice.query.requirements}
    assert not {"security", "user-auth"} & ids
    assert picked(turns[2]) == "flask"


def test_services_cut_out_of_the_system_are_a_new_subject(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "Our Flask monolith has 30 developers and no shared conventions. Move it to Django?",
        "which framework for the services we break out of it?",
    )
    assert turns[1].advice.query.current is None
    assert "microservice" in {m.id for m in turns[1].advice.query.requirements}
    assert picked(turns[1]) in ("fastapi", "flask")


def test_one_part_asked_about_alone_gets_its_own_needs(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "An online shop with customer accounts, an admin and years of maintenance ahead.",
        "what about the model-serving bit on its own?",
    )
    assert picked(turns[0]) == "django"
    assert {m.id for m in turns[1].advice.query.requirements} == {"ml-serving"}
    assert picked(turns[1]) == "fastapi"


def test_a_part_followed_by_more_words_keeps_the_whole(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "An online shop with customer accounts, an admin and years of maintenance ahead.",
        "and for the checkout part we need stripe webhooks",
    )
    assert "admin-panel" in {m.id for m in turns[1].advice.query.requirements}


def test_one_endpoints_waits_do_not_move_a_working_flask_app(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "Our Flask service runs fine; just a single endpoint must hit 4 slow partner APIs at once.",
        "is Quart the answer? async flask, basically",
    )
    assert [picked(t) for t in turns] == ["flask", "flask"]


def test_most_endpoints_waiting_and_docs_still_move(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "Our Flask service runs fine; just a single endpoint must hit 4 slow partner APIs at once.",
        "it grew: now most endpoints fan out to outside APIs and partners want generated docs",
    )
    assert picked(turns[1]) == "fastapi"
