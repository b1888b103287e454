"""Round 19 thread fixes: a try-out phase ended, a framework ruled out for taste only, and a gatekeeper's list."""

from __future__ import annotations

from knowledge.engine import Engine
from tests.talk import first_pick, picked, thread_picks, turn_by_turn


def test_a_finished_pilot_drops_the_try_out_needs(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "quick throwaway prototype for the trade fair on friday, two screens, just me",
        "the pilot worked. now a clinic scheduler: doctors log in, receptionists edit appointments in a back office",
    )
    assert "short-horizon" not in {m.id for m in turns[-1].advice.query.requirements}
    assert picked(turns[-1]) == "django"


def test_a_next_step_after_a_learning_project_starts_from_its_own_needs(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "tiny practice site so i learn how routing works, nothing serious",
        "done with that one. now an api for my card game where players see each other's moves live over websockets",
    )
    assert picks[-1] == "fastapi"


def test_a_denied_or_deferred_phase_keeps_the_try_out(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "throwaway demo of a quiz page for the sales kickoff, an afternoon of work",
        "to be clear it's not going to production, it stays the demo",
    )
    assert picks[-1] == "flask"
    picks = thread_picks(
        engine,
        "throwaway demo of a quiz page for the sales kickoff, an afternoon of work",
        "still only the demo, a real product may come someday",
    )
    assert picks[-1] == "flask"


def test_a_taste_exclusion_yields_once_the_project_clearly_fits(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "not django please, way too bloated for me. a tiny service that forwards form posts to slack",
        "it grew: it's a members portal now, logins with roles, staff edit records in an admin, lots of forms",
    )
    assert picks[-1] == "django"


def test_a_taste_exclusion_holds_while_the_fit_is_not_clear(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "skip flask, never liked it. we need an api that fans out to a dozen upstream services at once",
        "also it should stream progress to the browser over websockets",
    )
    assert picks[-1] != "flask"


def test_a_gatekeepers_ban_stays_when_the_project_grows(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "procurement won't sign off on Django. small internal api for the label printers",
        "now it also needs staff logins and an admin to edit printer records, lots of forms",
    )
    assert picks[-1] != "django"


def test_a_framework_left_off_the_gatekeepers_list_is_out(engine: Engine) -> None:
    for text in (
        "public api for resellers with generated docs and typed payloads. fastapi is not on the list ops signed off",
        "public api for resellers with generated docs and typed payloads. fastapi never made the list",
        "public api for resellers with generated docs and typed payloads. our auditors have not cleared fastapi",
        "public api for resellers with generated docs and typed payloads. the auditors won't approve fastapi",
    ):
        assert first_pick(engine, text) not in ("fastapi", None), text
