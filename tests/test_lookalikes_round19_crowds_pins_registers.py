"""Look-alikes of round 19's readings, narrowed: a push word that ships software ('push a hotfix'), a launch said
with 'we're live', a count after 'online' of things offered, or sessions counted over a past span is no crowd held
open; a manifest of someone else's code pins nothing here; a name approved beside others ('as are flask and
fastapi') or an approval scoped to prototypes fixes nothing; a note handed over is advice, not a system run."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import wanted

_CROWD = "high-concurrency"


@pytest.mark.parametrize(
    "text",
    [
        "every month we push a patch to 3,000 clients running our desktop agent; the update server is bottle",
        "we've been live in five regions since june with 4,000 drivers on the app; the back office needs reports",
        "the marketplace lists 8000 online stores and their opening hours, editors fix typos in an admin",
        "the lab logged 2,200 therapy sessions so far this year; we want a small app to book rooms",
        "we push the next edition to 40k subscribers every tuesday; the archive is a flask app",
    ],
)
def test_words_of_a_feed_in_another_sense_count_no_crowd(engine: Engine, text: str) -> None:
    assert _CROWD not in wanted(engine, text), text


def test_a_live_feed_to_a_counted_crowd_still_counts(engine: Engine) -> None:
    said = wanted(engine, "bid updates get pushed over websockets to roughly 9k bidders during the auction")
    assert {_CROWD, "realtime"} <= said


def test_a_manifest_of_someone_elses_code_pins_nothing_here(engine: Engine) -> None:
    text = "a fresh booking tool with staff logins. the cookiecutter template's pyproject says litestar = 2.8"
    assert engine.parser.parse(text).current != "litestar"
    assert engine.parser.parse("our pyproject says litestar = 2.8 and it works; add a booking page?").current == (
        "litestar"
    )


def test_a_name_approved_beside_others_fixes_nothing(engine: Engine) -> None:
    text = "sanic is on the approved register, along with flask and django. we need a staff admin for 40 models"
    assert engine.parser.parse(text).mandated != "sanic"


def test_an_approval_for_prototypes_is_no_allow_list_here(engine: Engine) -> None:
    text = "quart and flask are approved for experiments; production follows the usual review. 5k rps async gateway"
    assert "no-new-framework" not in wanted(engine, text)


def test_a_note_handed_over_is_advice_not_a_system_run(engine: Engine) -> None:
    text = "the previous contractor left us a memo saying pyramid would suit; nothing is built yet. small crud api"
    assert engine.parser.parse(text).current is None
