"""How posts talk about a move: a destination the asker chose, someone else's pitch, a service retired into
another, and an aside describing the framework being left."""

from __future__ import annotations

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(text: str) -> str | None:
    rec = Conversation(default_engine()).turn(text).advice.recommendation
    return rec.framework if rec else None


def test_a_chosen_destination_away_from_a_niche_framework_stands() -> None:
    text = (
        "our ticket portal sits on cherrypy; i am really convinced we should redo it in flask: maintained, "
        "good docs, security-minded maintainers. it is tiny anyway."
    )
    parsed = default_engine().parser.parse(text)
    assert (parsed.current, parsed.targets) == ("cherrypy", ("flask",))
    assert _pick(text) == "flask"


def test_a_stated_need_that_contradicts_the_chosen_destination_wins() -> None:
    # the chosen framework's own rules move its teams on for live sockets at scale
    text = (
        "our ticket portal sits on cherrypy and we would redo it in flask, and it needs websockets to 20k live clients"
    )
    assert _pick(text) == "fastapi"


def test_the_first_person_before_a_pitch_word_is_still_the_asker() -> None:
    # a pitch's reasons would be dropped; the asker's own stay
    parsed = default_engine().parser.parse("i am fully convinced the bottle app needs an admin panel")
    assert "admin-panel" in {m.id for m in parsed.requirements}


def test_advice_given_to_someone_else_is_a_pitch() -> None:
    text = "the tracker is flask. great repo! id suggest switching to fastapi for the speed and async"
    assert _pick(text) == "flask"
    assert (
        default_engine().parser.parse("our shop runs django. why dont you migrate to go and smaller services?").current
        == "django"
    )


def test_retiring_a_service_before_its_name_rules_it_out_but_keeps_its_work() -> None:
    text = "folding billing into our fastapi gateway and decommissioning the old flask billing service"
    parsed = default_engine().parser.parse(text)
    assert "flask" in parsed.excluded
    assert "flask" not in (parsed.current, *parsed.targets)


def test_a_dash_aside_about_the_old_framework_gives_no_needs_and_keeps_replace_with_whole() -> None:
    text = "we are replacing Zope \u2014 an old framework with a built-in admin panel \u2014 with Flask"
    parsed = default_engine().parser.parse(text)
    assert parsed.targets == ("flask",)
    assert "admin-panel" not in {m.id for m in parsed.requirements}


def test_a_dead_framework_named_across_a_comma_is_what_runs_and_is_hard_to_maintain() -> None:
    parsed = default_engine().parser.parse(
        "the whole backend is based on, bottle, which is not under active development"
    )
    assert parsed.current == "bottle"
    assert "staffing-risk" in {m.id for m in parsed.requirements}
