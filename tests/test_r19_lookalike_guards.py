"""Round 19 look-alike guards: trigger words of this round's mechanisms used in another sense."""

from __future__ import annotations

from knowledge.engine import Engine
from tests.talk import first_pick, first_turn, thread_picks, turn_by_turn


def test_a_plan_noun_naming_what_a_service_handles_is_a_system_of_ours(engine: Engine) -> None:
    # "tender", "offers": what the service deals in, not a pitch put forward
    turn = first_turn(engine, "tender service is fastapi, suppliers stream sealed offers into it all day. keep it?")
    assert turn.advice.query.current == "fastapi"
    turn = first_turn(engine, "our offers service (django, 2020), marketing edits coupons in its admin. keep it?")
    assert turn.advice.query.current == "django"


def test_a_plan_noun_as_the_subject_still_names_no_running_framework(engine: Engine) -> None:
    turn = first_turn(engine, "the contractor's quote is django for our new booking site, 2 devs. sensible?")
    assert turn.advice.query.current is None


def test_a_list_of_what_people_know_is_no_gatekeepers_list(engine: Engine) -> None:
    turn = first_turn(
        engine,
        "django isnt on the list of tools our interns have used, but the app is an hr back office with roles, "
        "an admin and approvals. django or flask?",
    )
    assert "django" not in turn.advice.query.excluded
    assert first_pick(engine, "fastapi is not on the list of allowed frameworks. tiny internal api, two endpoints") != (
        "fastapi"
    )


def test_a_moved_feature_argued_only_because_of_it_is_no_need(engine: Engine) -> None:
    assert (
        first_pick(engine, "move our flask site to django just because of the admin? 30 routes, 5 years, no trouble")
        == "flask"
    )


def test_generic_done_or_validation_words_end_no_phase(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "hack-night prototype with two friends, a page listing our climbing sessions, all new to python",
        "validation is done in the browser, the server only saves rows. flask or django?",
    )
    assert picks[-1] == "flask"
    turns = turn_by_turn(
        engine,
        "little internal page for tracking the office plants, 2 users, an apprentice builds it",
        "ok done with that question. it also needs a password screen for the two of them",
    )
    assert "small-scope" in {m.id for m in turns[-1].advice.query.requirements}


def test_a_hosting_reason_keeps_an_exclusion_firm_despite_a_taste_word(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "small json service. no django, the hosting we pay for cant run it, and its too heavy anyway",
        "it grew: staff back office with roles, an admin for stock and orders, pages for editors, 6 devs, years",
    )
    assert picks[-1] != "django"
