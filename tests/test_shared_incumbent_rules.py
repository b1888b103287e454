"""A rule the seeds give alike for several frameworks is written once (`current_any`): it takes its place in each
framework's rules as '<framework>-<id>', its reason naming that framework; a new framework joins by YAML alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine


def test_a_shared_rule_is_bound_to_each_framework_in_its_place(engine: Engine) -> None:
    kb = engine.kb
    for fw in ("django", "flask", "pyramid"):
        ids = [rule.id for rule in kb.incumbents[fw]]
        assert ids[0] == f"{fw}-tune-in-place"
        assert kb.incumbents[fw][0].current == fw
        assert f"keep the {kb.name(fw)} codebase" in kb.incumbents[fw][0].reason
        assert ids[-1].endswith("stay")  # the catch-all stay still comes last
    assert [rule.id for rule in kb.incumbents["flask"]][:2] == ["flask-tune-in-place", "flask-slow-measure-first"]


def test_the_answer_names_the_framework_that_runs(engine: Engine) -> None:
    rec = engine.ask("our quart chat backend is fine but we cannot find anyone to hire for it").recommendation
    assert rec is not None and rec.framework == "fastapi"
    assert "Quart codebase" in rec.reasons[0].reason and "{framework}" not in rec.reasons[0].reason


def test_a_new_framework_joins_a_shared_rule_in_yaml_alone(kb_copy: Path) -> None:
    frameworks = kb_copy / "frameworks.yaml"
    frameworks.write_text(
        frameworks.read_text(encoding="utf-8")
        + "  - id: cornice\n    name: Cornice\n    ranked: false\n    summary: A REST layer for Pyramid.\n"
        + "    sources: [{seed: 003_62bcff1249fe9efb.txt, section: FAQ}]\n",
        encoding="utf-8",
    )
    rules = kb_copy / "incumbents.yaml"
    text = rules.read_text(encoding="utf-8")
    old = "current_any: [django, flask, web2py, pyramid, falcon]"
    assert old in text
    rules.write_text(text.replace(old, old.replace("falcon]", "falcon, cornice]")), encoding="utf-8")
    joined = load_knowledge_base(kb_copy).incumbents["cornice"]
    assert [rule.id for rule in joined] == ["cornice-tune-in-place"]
    assert "keep the Cornice codebase" in joined[0].reason


def _broken(kb_copy: Path, old: str, new: str) -> str:
    path = kb_copy / "incumbents.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_knowledge_base(kb_copy)
    return "\n".join(err.value.problems)


def test_an_unknown_slot_in_a_shared_reason_names_file_and_entry(kb_copy: Path) -> None:
    problems = _broken(kb_copy, "before rewriting a working {framework} app", "before rewriting a working {fw} app")
    assert "incumbents.yaml: incumbents entry" in problems and "slow-measure-first" in problems
    assert "unknown slot ['{fw}']" in problems


def test_the_slot_in_a_one_framework_rule_is_an_error(kb_copy: Path) -> None:
    problems = _broken(kb_copy, "A team that already knows Django", "A team that already knows {framework}")
    assert "django-stay" in problems and "{framework} in the reason of a rule for one framework" in problems


def test_a_shared_rule_whose_bound_id_is_taken_is_an_error(kb_copy: Path) -> None:
    problems = _broken(kb_copy, "  - id: slow-measure-first\n", "  - id: stay\n")
    assert "its rule for 'django' is 'django-stay', the id of another rule" in problems


def test_a_shared_rule_for_an_unknown_framework_is_an_error(kb_copy: Path) -> None:
    problems = _broken(kb_copy, "current_any: [django, flask]", "current_any: [django, flsk]")
    assert "slow-measure-first" in problems and "unknown framework 'flsk'" in problems


def test_a_need_phrase_with_a_filler_inside_never_crashes_the_reading(kb_copy: Path) -> None:
    """A maintainer's phrase that a describing word can sit inside ("one stack" read in "one default stack") must
    read, not raise, whatever the word after the filler names."""
    from knowledge.reasoning.conversation import Conversation

    path = kb_copy / "requirements.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "phrases: [long term, long-term,", "phrases: [one stack, long term, long-term,", 1
    )
    path.write_text(text, encoding="utf-8")
    engine = Engine(load_knowledge_base(kb_copy))
    for said in ("one default stack for every team", "we want one stack", "one flask stack please"):
        Conversation(engine).turn(said)  # raised KeyError('concept') on the first
