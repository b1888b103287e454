"""What runs, read in real posts: a destination named after a dropped framework is not dropped with it, the
destination's own package names no running code, "since it's …" gives a reason, "current" before a word for options
describes the choice, and "was on" / "previously" put a framework in the past."""

from __future__ import annotations

from knowledge.engine import default_engine
from knowledge.reading.result import ParsedQuery


def _parse(text: str) -> ParsedQuery:
    return default_engine().parser.parse(text)


def test_the_framework_standardized_on_after_a_dropped_one_is_not_ruled_out() -> None:
    for text, kept in (
        ("drop flask and move everything to fastapi", "fastapi"),
        ("remove sanic and standardise on litestar", "litestar"),
        ("kill off tornado and standardize on django for all apps", "django"),
        ("ditch quart and standardize on fastapi", "fastapi"),
    ):
        assert kept not in _parse(text).excluded, text


def test_a_fresh_denial_still_rules_out_the_next_framework() -> None:
    assert set(_parse("not flask and not django, something light").excluded) == {"flask", "django"}
    assert set(_parse("no flask, no django please").excluded) == {"flask", "django"}


def test_the_destinations_own_package_does_not_make_it_what_runs() -> None:
    for text in (
        "moving to quart with quart-schema would give us typed endpoints",
        "switching to quart with quart-auth would tidy up our logins",
        "going to quart with quart-cors for the browser clients",
    ):
        assert _parse(text).current is None, text


def test_since_its_opens_a_reason_not_a_time_on_the_framework() -> None:
    for text in (
        "flask or quart since it's the async twin of flask?",
        "bottle or sanic since it's quicker under load?",
        "cherrypy, or django since it's got an admin?",
    ):
        assert _parse(text).current is None, text
    assert _parse("we run flask since its 1.0 release and need an admin").current == "flask"
    assert _parse("our app has been on django since its launch").current == "django"
    assert _parse("the wiki: bottle since its very first version, does it need to move?").current == "bottle"


def test_current_before_a_word_for_options_names_the_choice_not_what_runs() -> None:
    for text in (
        "bottle and tornado are the current candidates for the rewrite",
        "the current shortlist is pyramid and falcon",
        "our current options are flask and django",
        "django is the current favourite, flask the other contender",
    ):
        assert _parse(text).current is None, text
    assert _parse("our current django app needs an admin").current == "django"


def test_a_framework_said_in_the_past_is_known_not_what_runs() -> None:
    for text, fw in (
        ("the marketplace was on flask, but now we need typed async endpoints", "flask"),
        ("our service previously used django; the data now lives in a key-value store", "django"),
        ("the portal was formerly on pyramid and we are picking again", "pyramid"),
        ("this tool formerly used bottle, what now for a small json api?", "bottle"),
    ):
        parsed = _parse(text)
        assert parsed.current is None, text
        assert fw in parsed.known, text
