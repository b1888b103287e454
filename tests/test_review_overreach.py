"""Review of this round's cue words: everyday sentences where a new cue fired in another sense or scope.

Each probe is a sentence a tech lead might type; each failed before the entry was narrowed.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine, default_engine
from knowledge.reading.result import ParsedQuery


def _read(text: str) -> ParsedQuery:
    return default_engine().parser.parse(text)


def _wanted(text: str) -> set[str]:
    return {m.id for m in _read(text).requirements if not m.negated}


def _negated(text: str) -> set[str]:
    return {m.id for m in _read(text).requirements if m.negated}


@pytest.mark.parametrize(
    ("text", "need"),
    [
        # the work is set aside, the thing is still wanted
        ("Rather than writing an admin panel from scratch, we'd like one that comes for free.", "admin-panel"),
        ("Instead of hand-rolling auth, we want a framework that ships it.", "user-auth"),
        ("instead of building auth by hand, give us something with logins built in", "user-auth"),
        # the adjective describes the noun after it, it judges nothing said before
        ("We need an admin panel and want to avoid unnecessary boilerplate.", "admin-panel"),
    ],
)
def test_a_need_is_not_negated_by_a_cue_in_another_scope(text: str, need: str) -> None:
    assert need not in _negated(text)
    assert need in _wanted(text)


def test_the_cues_still_negate_in_their_own_scope() -> None:
    assert "microservice" in _negated("A monolith rather than microservices, with an admin.")
    assert "realtime" in _negated("Websockets are certainly unnecessary for us; we need an admin.")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Need a framework with good auth and routing for a small web app with some pages.", "api-gateway"),
        ("We hit a wall with Flask's lack of structure once the team grew to 15.", "high-concurrency"),
        ("We have two days to decide on a framework for our new marketplace with an admin.", "small-scope"),
        ("The team has been going back and forth for a few days: Django or FastAPI for a big portal?", "small-scope"),
        ("We have very specific needs around permissions and audit logs for a big internal platform.", "small-scope"),
        ("A recruiting app showing a match score per candidate, with logins and an admin.", "realtime"),
        ("We want preview environments so reviewers can preview changes before merging.", "content-site"),
        ("We rarely schedule changes to the API; it's a small service for partners.", "content-site"),
        ("We've been studying the options for weeks; we need an internal platform with roles.", "easy-learning"),
    ],
)
def test_an_everyday_wording_reads_no_stray_need(text: str, absent: str) -> None:
    assert absent not in _wanted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Does Django or Flask handle the admin side better for a new inventory tool?",
        "I read that FastAPI handles the async stuff really well. We're building a new chat backend.",
    ],
)
def test_a_framework_said_to_handle_something_is_not_what_runs(text: str) -> None:
    assert _read(text).current is None


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("a pipeline job that runs every few days and emails a report", "background-jobs"),
        ("one dev builds it in a few days and then it's gone", "small-scope"),
        ("pushing live match scores to fans' phones", "realtime"),
        ("the gateway only does auth and routing in front of our services", "api-gateway"),
    ],
)
def test_the_narrowed_wordings_still_read_in_their_own_sense(text: str, need: str) -> None:
    assert need in _wanted(text)


@pytest.mark.parametrize(
    "text",
    [
        "we got budget to hire two more devs for our flask app, which works fine",
        "got the green light to add single sign-on to our existing django portal",
    ],
)
def test_an_approval_for_something_else_is_no_new_build(engine: Engine, text: str) -> None:
    assert "greenfield" not in {m.id for m in engine.ask(text).query.requirements}


def test_an_approval_to_rewrite_is_a_new_build(engine: Engine) -> None:
    ids = {m.id for m in engine.ask("we finally got approval to rebuild the old bottle service").query.requirements}
    assert "greenfield" in ids


@pytest.mark.parametrize(
    "text", ["we chose flask a decade ago and it still does the job", "the portal went live on django 6 years ago"]
)
def test_time_already_past_is_no_horizon(engine: Engine, text: str) -> None:
    assert "long-horizon" not in {m.id for m in engine.ask(text).query.requirements}


def test_a_lifetime_ahead_is_still_a_horizon(engine: Engine) -> None:
    assert "long-horizon" in {m.id for m in engine.ask("this has to keep running for 10 years").query.requirements}
