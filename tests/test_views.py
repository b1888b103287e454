"""The guided form's choices become words the parser understands; its view stays within Slack's limits."""

from __future__ import annotations

import pytest

from bot.slack import views
from bot.slack.limits import view_problems
from knowledge.engine import Engine


def test_every_form_choice_is_understood(engine: Engine) -> None:
    for key, (_, phrase) in {**views.PROJECT_KINDS, **views.TEAM_SIZES, **views.HORIZONS}.items():
        if phrase:
            assert engine.parser.parse(phrase).requirements, (key, phrase)
    for rid, req in engine.kb.requirements.items():
        found = {m.id for m in engine.parser.parse(req.phrases[0]).requirements}
        assert rid in found, (rid, req.phrases[0], found)
    for fw, framework in engine.kb.frameworks.items():
        # Running an add-on (DRF, django-ninja) means running the framework it lives in.
        assert engine.parser.parse(f"we run {framework.name} today").current in (fw, *framework.builds_on), fw


@pytest.mark.parametrize("channel", [None, "C123"])
def test_form_view_is_valid(engine: Engine, channel: str | None) -> None:
    view = views.question_form(engine.kb, channel)
    assert view_problems(view) == []
    values = {
        "kind": {"kind": {"selected_option": {"value": "microservice"}}},
        "needs": {"needs": {"selected_options": [{"value": "admin-panel"}, {"value": "async"}]}},
        "current": {"current": {"selected_option": {"value": "none"}}},
        "channel": {"channel": {"selected_conversation": None}},
    }
    answer = views.read_form(engine.kb, {**view, "state": {"values": values}})
    assert answer.text == "microservice; admin; async; greenfield" and answer.channel == channel


def test_home_view_limits_and_escaping(engine: Engine) -> None:
    from bot.storage.decisions import DecisionEntry

    entries = [
        DecisionEntry("T1", "C1", f"{i}.0", "<!channel> pick one " * 40, "fastapi", "high", "U1", 1.7e9 + i)
        for i in range(views.HOME_PAGE_SIZE)
    ]
    view = views.home_view(entries, {"fastapi": "FastAPI"}, offset=10, has_more=True)
    assert view_problems(view) == [] and "<!channel>" not in str(view) and "&lt;!channel&gt;" in str(view)
