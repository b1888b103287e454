"""The shipped knowledge base: valid, grounded in the seeds, in our own words, editable by YAML alone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from knowledge.base.loader import DATA_DIR, KnowledgeBaseError, json_schema, load_knowledge_base
from knowledge.base.models import Citation
from knowledge.engine import Engine
from knowledge.reading.parser import ParsedQuery, RequirementMention
from tests.conftest import SEEDS_DIR

needs_seeds = pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="../shared/seeds is not beside this checkout")


def _all_citations(engine: Engine) -> set[Citation]:
    from knowledge.base.checks import citations_in

    return set(citations_in(engine.kb.data))


def _own_texts(engine: Engine) -> list[str]:
    """Every sentence the knowledge base says in its own words."""
    d = engine.kb.data
    texts = [r.reason for r in d.rules] + [f.summary for f in d.frameworks]
    texts += [x.text for f in d.frameworks for x in (*f.strengths, *f.pitfalls)]
    texts += [f.incumbent.reason for f in d.frameworks if f.incumbent]
    texts += [v.text for x in d.disagreements for v in x.views] + [x.reading for x in d.disagreements]
    texts += [m.text for m in d.mistakes] + [m.summary for m in d.migrations]
    texts += [s.text for m in d.migrations for s in m.steps] + [q.answer for q in d.faq]
    texts += [c.text for c in (*d.benchmarks.caveats, *d.benchmarks.other_claims)] if d.benchmarks else []
    return texts


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("’", "'").replace("'", ""))


def test_shipped_knowledge_base_loads_with_every_section(engine: Engine) -> None:
    d = engine.kb.data
    assert engine.kb.ranked == ("django", "flask", "fastapi")
    expected = {
        "django",
        "flask",
        "fastapi",
        "starlette",
        "litestar",
        "quart",
        "sanic",
        "django-ninja",
        "django-rest-framework",
        "web2py",
        "pyramid",
        "falcon",
        "aiohttp",
        # niche.yaml: unranked, read by family
        *("bottle", "cherrypy", "webpy", "webapp2", "hug", "python-eve", "connexion", "tornado", "turbogears"),
        "masonite",
    }
    assert set(engine.kb.frameworks) == expected
    assert len(d.sources) == 4 and len(d.migrations) == 3 and len(d.stacks) == 3
    assert {r.id for r in d.comparison} >= {
        "learning-curve",
        "performance",
        "built-in-features",
        "async-support",
        "orm",
        "admin",
        "api-docs",
        "ecosystem",
        "security-defaults",
        "onboarding",
        "maintenance-cost",
        "consistency",
        "risk-of-chaos",
    }
    assert {s.kind for s in d.scenarios} == {
        "decision-matrix",
        "when-wins",
        "business-scenario",
        "project-type",
        "pick-when",
    }
    assert len(d.disagreements) >= 5


def test_every_fact_cites_a_seed_file_and_a_section_that_exists_in_it(engine: Engine) -> None:
    citations = _all_citations(engine)
    assert len(citations) > 50
    for c in citations:
        assert c.seed in engine.kb.sources
        assert c.section.split(" > ")[0] in engine.kb.sources[c.seed].sections


@needs_seeds
def test_cited_sections_are_real_headings_of_the_seed_text(engine: Engine) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS_DIR.glob("*.txt")}
    assert set(engine.kb.sources) <= set(texts), "sources.yaml names a seed file that is not in shared/seeds"
    for c in _all_citations(engine):
        for heading in c.section.split(" > "):
            assert heading in texts[c.seed], f"{c.seed} has no heading {heading!r}"


@needs_seeds
def test_knowledge_base_is_written_in_our_own_words(engine: Engine) -> None:
    """No run of 7 consecutive words in our prose appears in any seed."""
    seed_words = [_words(p.read_text(encoding="utf-8")) for p in SEEDS_DIR.glob("*.txt")]
    shingles = {tuple(w[i : i + 7]) for w in seed_words for i in range(len(w) - 6)}
    copied = []
    for text in _own_texts(engine):
        w = _words(text)
        copied += [" ".join(w[i : i + 7]) for i in range(len(w) - 6) if tuple(w[i : i + 7]) in shingles]
    assert not copied, f"copied from a seed: {copied}"


def test_sources_disagree_is_recorded_with_both_views(engine: Engine) -> None:
    ids = {d.id for d in engine.kb.disagreements}
    assert {"microservices-flask-or-fastapi", "django-learning-curve", "flask-async"} <= ids
    for d in engine.kb.disagreements:
        assert len({c.seed for v in d.views for c in v.sources}) >= 2, f"{d.id}: views need different sources"
    learning = next(r for r in engine.kb.comparison if r.id == "learning-curve")
    assert [c.value for c in learning.cells["django"]] == ["Medium", "Steep"]


@pytest.mark.parametrize(
    "scenario_id", [s.id for s in __import__("knowledge.engine").engine.default_engine().kb.scenarios]
)
def test_advisor_agrees_with_every_seed_scenario(engine: Engine, scenario_id: str) -> None:
    """Rules and seeds cannot drift apart: each seed recommendation comes out on top."""
    scenario = next(s for s in engine.kb.scenarios if s.id == scenario_id)
    mentions = tuple(RequirementMention(r, engine.kb.requirements[r].label, False, r) for r in scenario.requirements)
    advice = engine.advisor.advise(ParsedQuery(text=scenario.need, requirements=mentions))
    assert advice.recommendation is not None, advice.clarification
    assert advice.recommendation.framework in scenario.pick


def _break(kb_dir: Path, file: str, old: str, new: str) -> None:
    path = kb_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "rules.yaml",
            "    weight: 3\n",
            "    weight: 9\n",
            r"rules\.yaml: rules entry #1 \(id: admin-panel-django\): weight: Input should be less than or equal to 3",
        ),
        (
            "rules.yaml",
            "    framework: django\n",
            "    framework: djagno\n",
            r"rules\.yaml: rules entry #1 \(id: admin-panel-django\): unknown framework 'djagno'",
        ),
        (
            "rules.yaml",
            "    requirement: admin-panel\n",
            "    requirment: admin-panel\n",
            r"rules\.yaml: rules entry #1 \(id: admin-panel-django\): requirment: Extra inputs are not permitted",
        ),
        (
            "frameworks.yaml",
            'section: "Three frameworks, three philosophies > Django"',
            'section: "Chapter Nine"',
            r"frameworks\.yaml: frameworks entry #1 \(id: django\): cites section 'Chapter Nine'",
        ),
        (
            "scenarios.yaml",
            "requirements: [full-stack, admin-panel]",
            "requirements: [full-stack, admin-pannel]",
            r"scenarios\.yaml: scenarios entry #1 \(id: dm-fullstack-admin\): unknown requirement 'admin-pannel'",
        ),
        (
            "requirements.yaml",
            "phrases: [admin, ",
            "phrases: [microservice, admin, ",
            r"requirements\.yaml: requirements entry #\d+ \(id: microservice\): "
            r"phrase 'microservice' is already used by "
            r"requirement admin-panel \(requirements\.yaml: requirements entry #1 \(id: admin-panel\)\)",
        ),
        (
            "mistakes.yaml",
            "mistakes:\n",
            "mistakes:\n  - {id: x, text: [unclosed\n",
            r"mistakes\.yaml: YAML syntax error at line \d+",
        ),
        ("guides.yaml", "stacks:\n", "stackz: []\nstacks:\n", r"guides\.yaml: unknown section 'stackz'"),
    ],
)
def test_broken_knowledge_base_names_file_and_entry(
    kb_copy: Path, file: str, old: str, new: str, expected: str
) -> None:
    _break(kb_copy, file, old, new)
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert re.search(expected, str(raised.value)), str(raised.value)


def test_duplicate_ids_across_files_are_reported(kb_copy: Path) -> None:
    (kb_copy / "extra.yaml").write_text(
        "rules:\n  - id: async-fastapi\n    requirement: async\n    framework: fastapi\n    weight: 1\n"
        "    reason: dup\n    sources: [{seed: 003_62bcff1249fe9efb.txt, section: FAQ}]\n",
        encoding="utf-8",
    )
    pattern = r"rules\.yaml: rules entry #\d+ \(id: async-fastapi\): duplicate id 'async-fastapi' \(also in extra\.yaml"
    with pytest.raises(KnowledgeBaseError, match=pattern):
        load_knowledge_base(kb_copy)


def test_a_maintainer_adds_a_ranked_framework_and_rule_by_yaml_alone(kb_copy: Path) -> None:
    src = "sources: [{seed: 003_62bcff1249fe9efb.txt, section: FAQ}]"
    (kb_copy / "litestar-ranked.yaml").write_text(
        "frameworks:\n  - id: robynpy\n    name: Robyn\n    ranked: true\n    aliases: [robyn]\n"
        f"    summary: A single-file microframework.\n    {src}\n"
        "requirements:\n  - id: single-file\n    label: Single-file deployment\n    category: quality\n"
        "    phrases: [single file, one file]\n"
        "rules:\n  - id: single-file-bottle\n    requirement: single-file\n    framework: robynpy\n    weight: 3\n"
        f"    reason: Ships as one file.\n    {src}\n",
        encoding="utf-8",
    )
    text = (kb_copy / "vocabulary.yaml").read_text(encoding="utf-8").replace("    robyn: Robyn\n", "")
    (kb_copy / "vocabulary.yaml").write_text(text, encoding="utf-8")
    engine = Engine(load_knowledge_base(kb_copy))
    advice = engine.ask("it must deploy as a single file")
    assert "robynpy" in engine.kb.ranked
    assert advice.recommendation is not None and advice.recommendation.framework == "robynpy"
    assert [c.reason for c in advice.recommendation.reasons] == ["Ships as one file."]


def test_json_schema_describes_every_shipped_file() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted(DATA_DIR.glob("*.yaml")):
        errors = list(validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8"))))
        assert not errors, f"{path.name}: {errors[0].message}"
    assert json.dumps(schema)  # serialisable for `kb schema`
    assert list(validator.iter_errors({"rules": [{"id": "x", "weight": 7}]})) != []
