"""Words that say less than they seem in real posts: how long an old framework has been abandoned is its past, not
the new system's life ahead; a vendor's manual cited as advice is no wish for generated API docs; and 'replace X
by Y' names Y as the destination just as 'replace X with Y' does."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, wanted


@pytest.mark.parametrize(
    "text",
    [
        "the intranet sits on bottle, abandoned for years now, and we have to rewrite it",
        "our portal framework has been unmaintained for a decade, what should replace it",
        "the reporting tool is on web.py, deprecated for years; time to move",
        "the old pylons admin pages have been untouched for years and need a new home",
    ],
)
def test_a_state_the_old_code_has_held_for_years_is_no_long_horizon(engine: Engine, text: str) -> None:
    assert "long-horizon" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "this internal service has to be maintained for years",
        "we expect the platform to be around for years to come",
    ],
)
def test_a_life_ahead_is_still_a_long_horizon(engine: Engine, text: str) -> None:
    assert "long-horizon" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "heroku's python docs recommend flask for small apps, so we'd go with that for the status page",
        "the cloud provider docs suggest fastapi but we just render three html pages",
        "we'd follow the vendor docs here: one small page reading a config file",
        "the sdk documentation says to use flask for the callback page",
    ],
)
def test_a_manual_cited_as_advice_is_no_api_docs_need(engine: Engine, text: str) -> None:
    assert "api-docs" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our partner api needs docs that are generated from the code",
        "a public json api, swagger docs for every endpoint",
    ],
)
def test_docs_for_the_api_are_still_read(engine: Engine, text: str) -> None:
    assert "api-docs" in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("should we replace bottle by flask for the kiosk ui?", "flask"),
        ("proposal: replace cherrypy by django in the lab booking app", "django"),
        ("replacing web.py by flask in our tiny status service, thoughts?", "flask"),
    ],
)
def test_replace_by_names_the_destination(engine: Engine, text: str, target: str) -> None:
    query = engine.parser.parse(text)
    assert query.targets[:1] == (target,)


def test_an_abandoned_niche_ui_replaced_by_flask_stays_with_the_named_choice(engine: Engine) -> None:
    text = (
        "our config web ui still runs on pylons, dead upstream for years. it is a few server-rendered pages over "
        "an xml-rpc daemon, no database of its own. swap pylons for flask?"
    )
    assert first_pick(engine, text) == "flask"
