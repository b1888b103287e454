"""What runs is a framework with no scores: a niche Python framework (read by its family, moved where the needs
point) or a stack outside Python (the move into Python is a new build, chosen on the needs)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.answer.jsonout import advice_json
from knowledge.base.loader import DATA_DIR, KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine, default_engine
from knowledge.reasoning.conversation import Conversation, Turn


def _turn(text: str) -> Turn:
    return Conversation(default_engine()).turn(text)


def _pick(text: str) -> str | None:
    rec = _turn(text).advice.recommendation
    return rec.framework if rec else None


def test_family_rules_bind_to_every_member() -> None:
    kb = default_engine().kb
    assert kb.frameworks["cherrypy"].family == "sync-micro"
    assert {r.current for r in kb.incumbents["cherrypy"]} == {"cherrypy"}
    assert any(r.verdict == "stay" and r.yields_to_named for r in kb.incumbents["tornado"])


def test_a_working_bottle_app_stays_and_moves_on_needs() -> None:
    assert _pick("our little bottle service is fine, we only want one more endpoint") == "bottle"
    assert _pick("our cherrypy app is hard to hire for") == "flask"
    assert _pick("we run masonite and it has become hard to staff") == "django"
    assert _pick("tornado server here, it now needs typed validation and generated api docs") == "fastapi"


def test_a_named_mainstream_move_from_a_niche_app_is_taken() -> None:
    turn = _turn("the site is split between web.py and flask; should we move it all onto flask?")
    assert turn.parsed.current == "webpy"
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "flask"


def test_a_move_named_after_its_destination_is_under_way() -> None:
    turn = _turn("the shop still runs on cherrypy; the fastapi rewrite has started. keep at it?")
    assert (turn.parsed.current, turn.parsed.targets, turn.parsed.migration_underway) == (
        "cherrypy",
        ("fastapi",),
        True,
    )


def test_a_conversation_passes_named_options_to_the_stay_decision() -> None:
    # the niche app would stay, but the asker weighs an alternative: the needs decide
    assert _pick("our tornado gateway works, though something async-first like starlette might suit it") != "tornado"


def test_a_stack_outside_python_is_a_new_build_on_the_needs() -> None:
    turn = _turn("the api is spring boot today; we are porting to python and want typed request validation")
    assert turn.advice.query.outside_python == ("Spring Boot",)
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "fastapi"
    data = advice_json(turn.advice, "")
    assert data["outside_python"] == ["Spring Boot"]
    assert _pick("laravel shop moving to python: we want an admin back office and schema migrations") == "django"


def test_what_a_negated_thing_fails_to_yield_is_wanted() -> None:
    read = _turn("no tool gives us an openapi spec for the go service").parsed.requirements
    assert {m.id: m.negated for m in read}.get("api-docs") is False
    read = _turn("no admin panel gets built here, it is an api").parsed.requirements
    assert {m.id: m.negated for m in read}.get("admin-panel") is True


def test_a_family_rule_mistake_names_the_file_and_entry(tmp_path: Path) -> None:
    shutil.copytree(DATA_DIR, tmp_path / "data")
    niche = tmp_path / "data" / "niche.yaml"
    niche.write_text(
        niche.read_text(encoding="utf-8")
        + "  - {id: odd-rule, family: no-such-family, current: bottle, verdict: stay,"
        + " reason: x, sources: [{seed: 003_62bcff1249fe9efb.txt, section: FAQ}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(tmp_path / "data")
    problems = "\n".join(err.value.problems)
    assert "niche.yaml: incumbents entry" in problems and "odd-rule" in problems
    assert "unknown family 'no-such-family'" in problems and "exactly one of 'current' and 'family'" in problems


def test_a_move_named_before_what_runs_is_settled_once_something_runs(engine: Engine) -> None:
    parsed = engine.parser.parse("flask migration, phase 3: the old web.py code is gone")
    assert (parsed.current, parsed.targets) == ("webpy", ("flask",))
    nothing_runs = engine.parser.parse("a sanic migration? we have nothing yet, small api")
    assert "sanic" not in nothing_runs.targets
