"""Threads that move between subjects and rule frameworks out: a first clause asked alone names a new system, an
opener sets one apart, "back to …" brings the earlier subject back with its needs, a question asking leave to
skip a framework bans nothing, and a ban on the winner still gets an answer from what is left. Also the one-line
readings fixed with them (bold stars, a move written as a route, a counted API, feature cuts)."""

from __future__ import annotations

from knowledge.engine import Engine
from tests.talk import first_turn, picked, turn_by_turn, wanted_in


def test_a_first_clause_asked_alone_names_a_new_subject(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "a clinic booking site with an admin for the front desk",
        "and the lab results api? it pushes json to three partner systems under heavy load",
    )
    assert "admin-panel" not in wanted_in(turns[1])
    assert picked(turns[1]) == "fastapi"


def test_separately_opens_a_new_subject(engine: Engine) -> None:
    turns = turn_by_turn(engine, "a recipe blog the editors update daily", "separately, our kiosk app needs a json api")
    assert "content-site" not in wanted_in(turns[1])
    assert picked(turns[1]) == "fastapi"


def test_going_back_restores_the_earlier_subject(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "a clinic booking site with an admin for the front desk",
        "and the lab results api? it pushes json to three partner systems under heavy load",
        "back to the booking site: will it cope with the monday morning rush?",
    )
    assert "admin-panel" in wanted_in(turns[2])
    assert "public-api" not in wanted_in(turns[2])
    assert picked(turns[2]) == "django"


def test_asking_leave_to_skip_a_framework_bans_nothing(engine: Engine) -> None:
    turns = turn_by_turn(engine, "a library loans app with an admin for librarians", "could we skip django here?")
    assert turns[1].advice.excluded == ()
    assert picked(turns[1]) == "django"


def test_a_reason_clause_is_out_of_reach_of_the_ban(engine: Engine) -> None:
    turn = first_turn(engine, "can we avoid django since we use flask elsewhere?")
    assert "flask" not in turn.advice.excluded


def test_a_vetoed_winner_leaves_the_least_costly_mainstream_pick(engine: Engine) -> None:
    turns = turn_by_turn(engine, "expense claims app, lots of forms and approvals", "management has banned django")
    assert turns[1].advice.excluded == ("django",)
    rec = turns[1].advice.recommendation
    assert rec is not None and rec.framework == "flask" and rec.confidence == "low"


def test_dropping_a_feature_keeps_the_rest_of_the_opening_message(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "a hobby forum: threads, a moderation panel, live typing indicators over websockets",
        "forget the live typing indicators",
    )
    assert {"admin-panel", "full-stack"} <= wanted_in(turns[1])
    assert "realtime" not in wanted_in(turns[1])
    assert picked(turns[1]) == "django"


def test_bold_stars_do_not_split_the_clause(engine: Engine) -> None:
    turn = first_turn(engine, "for us the API *is* the product")
    assert "api-only" in wanted_in(turn)


def test_a_move_written_as_a_route_reads_what_runs(engine: Engine) -> None:
    turn = first_turn(engine, "flask → django, worth the effort?")
    assert turn.advice.query.current == "flask"
    compared = first_turn(engine, "please compare flask to django")
    assert compared.advice.query.current is None


def test_a_thing_said_to_be_already_on_a_framework_runs_it(engine: Engine) -> None:
    turn = first_turn(engine, "our payroll service is still on flask and it works")
    assert turn.advice.query.current == "flask"


def test_counted_endpoints_make_an_api_firmly(engine: Engine) -> None:
    turn = first_turn(engine, "an inventory api for the stores, roughly 20 endpoints")
    assert picked(turn) == "fastapi"
    tiny = first_turn(engine, "a slash command handler, 2 endpoints total")
    assert "rest-api" not in {m.id for m in tiny.advice.query.requirements if not m.weak}
    views = first_turn(engine, "a site with 20 views")
    assert "rest-api" not in wanted_in(views)


def test_a_read_only_api_is_not_only_an_api(engine: Engine) -> None:
    turn = first_turn(engine, "a read-only api over the catalogue")
    assert "api-only" not in wanted_in(turn)
    assert "rest-api" in wanted_in(turn)


def test_where_data_resides_and_its_age_are_no_residency_or_lifetime(engine: Engine) -> None:
    turn = first_turn(engine, "a small lookup api; the data resides in a 15-year-old sybase database")
    assert not {"security", "long-horizon"} & wanted_in(turn)


def test_a_teams_own_conventions_ask_for_control(engine: Engine) -> None:
    turn = first_turn(engine, "seasoned devs with in house conventions building a protocol adapter")
    assert {"flexibility", "glue-service"} <= wanted_in(turn)
    assert picked(turn) == "flask"


def test_an_edit_history_is_an_audit_need(engine: Engine) -> None:
    turn = first_turn(engine, "staff fix records by hand and we keep an edit history")
    assert "security" in wanted_in(turn)


def test_who_has_access_and_a_web_panel(engine: Engine) -> None:
    turn = first_turn(engine, "supervisors manage who has access from a web panel")
    assert {"user-auth", "admin-panel"} <= wanted_in(turn)


def test_pandas_outputs_are_a_data_dashboard(engine: Engine) -> None:
    turn = first_turn(engine, "show our pandas dataframe outputs to the analysts")
    assert "data-dashboard" in wanted_in(turn)


def test_inventory_alone_is_not_a_shop(engine: Engine) -> None:
    turn = first_turn(engine, "a lab equipment inventory service")
    assert "ecommerce" not in wanted_in(turn)
