"""Round 24's hands-on review: answers that said something their own numbers or reasons contradicted."""

from __future__ import annotations

from knowledge.engine import Engine


def test_a_lead_that_is_only_the_incumbency_bonus_is_not_called_a_new_project_lead(engine: Engine) -> None:
    # Flask's 2 points are all "you run Flask today": a new project would give it 0, not "score higher"
    advice = engine.ask("we're half-way through moving from Flask to FastAPI; should we finish?")
    rec = advice.recommendation
    assert rec is not None and rec.framework == "fastapi"
    flask = next(w for w in advice.why_not if w.framework == "flask")
    assert "would score higher for a new project" not in flask.summary
    assert flask.summary.startswith("Flask leads (2 against 0) only because you run Flask today, but ")


def test_a_needs_lead_over_the_kept_framework_is_still_a_new_project_lead(engine: Engine) -> None:
    advice = engine.ask("we run django; mobile clients need a high-traffic public API, and ops use the admin daily")
    rec = advice.recommendation
    assert rec is not None and rec.framework == "django"
    fastapi = next(w for w in advice.why_not if w.framework == "fastapi")
    assert fastapi.summary.startswith("FastAPI would score higher for a new project (")
