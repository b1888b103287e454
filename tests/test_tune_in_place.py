"""A load symptom tuned where the app runs (workers, dev server, the database) keeps the team on its framework;
websockets, waits on outside calls and model serving at load still move it."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from knowledge.reading.text import clauses


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("our flask service gets sluggish at lunchtime peaks; we run only two gunicorn workers. go fastapi?", "flask"),
        ("our flask intranet hangs when two people click at once, still served by the development server", "flask"),
        ("the django shop crawls during sales; the profiler points at n+1 queries. split into fastapi?", "django"),
        ("our pyramid backend slows down at peak traffic, the time goes into slow queries; fastapi?", "pyramid"),
        ("requests hang on our django dev server under concurrent load", "django"),
    ],
)
def test_a_symptom_tuned_where_the_app_runs_stays(engine: Engine, text: str, current: str) -> None:
    advice = engine.ask(text)
    rec = advice.recommendation
    assert advice.query.current == current
    assert rec is not None and rec.framework == current
    assert "fixed where the app runs" in rec.reasons[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "our flask gateway calls five slow vendor apis per request and gunicorn workers sit idle waiting, "
        "with thousands of concurrent users",
        "our flask chat pushes messages to 20k open websocket clients through gevent workers and the workers "
        "can't keep up",
        "our flask model endpoint runs out of gunicorn workers when prediction traffic spikes",
    ],
)
def test_waits_on_outside_calls_websockets_and_model_serving_still_move(engine: Engine, text: str) -> None:
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "idea from a contributor: swap the wiki's flask server for sanic to speed it up. it's a self-hosted wiki",
        "someone proposed replacing our internal flask tool with fastapi for speed; 12 users, no load issues",
    ],
)
def test_a_speed_pitch_for_a_small_app_stays(engine: Engine, text: str) -> None:
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == "flask"


def test_a_server_setting_names_what_runs_unless_the_thing_is_new(engine: Engine) -> None:
    # a framework we have no sources on may be the one that runs, so none is guessed
    assert engine.parser.parse("calls pile up on robyn's dev server, thinking of flask").current is None
    assert engine.parser.parse("calls pile up on bottle's dev server, thinking of flask").current == "bottle"
    assert engine.parser.parse("calls pile up on flask's dev server, thinking of fastapi").current == "flask"
    assert engine.parser.parse("brand new api: flask or fastapi? we'll size the gunicorn workers later").current is None


def test_a_dot_inside_a_word_does_not_end_the_clause() -> None:
    assert clauses("blocked on app.run. next") == ["blocked on app run", " next"]
    assert clauses("django 4.2 app") == ["django 4", "2 app"]  # a version still splits at the dot


def test_a_package_said_to_fail_does_not_answer_its_need(engine: Engine) -> None:
    working = engine.parser.parse("our flask-admin back office works fine")
    failing = engine.parser.parse("our flask-admin back office keeps crashing")
    assert ("flask", "admin-panel") in {(fw, need) for fw, need, _ in working.library_covers}
    assert not failing.library_covers


def test_only_a_stay_rule_settles_needs(kb_copy: Path) -> None:
    path = kb_copy / "incumbents.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    target: fastapi\n    unless_any: [no-new-framework, in-running-app]\n    # The seeds' reasons to move"
    assert old in text
    path.write_text(
        text.replace(old, old.replace("    target: fastapi\n", "    target: fastapi\n    settles: [async]\n"))
    )
    with pytest.raises(KnowledgeBaseError, match=r"incumbents\.yaml: .*flask-to-fastapi.*only a 'stay' rule"):
        load_knowledge_base(kb_copy)


def test_a_maintainer_adds_a_server_word_in_yaml(kb_copy: Path) -> None:
    path = kb_copy / "requirements.yaml"
    text = path.read_text(encoding="utf-8").replace("max requests jitter,", "max requests jitter, hypercorn workers,")
    path.write_text(text, encoding="utf-8")
    engine = Engine(load_knowledge_base(kb_copy))
    advice = engine.ask("our flask api needs more throughput, we are sizing the hypercorn workers. go fastapi?")
    assert advice.recommendation is not None and advice.recommendation.framework == "flask"
