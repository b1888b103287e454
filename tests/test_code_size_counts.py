"""A count of the system's own code units says how big it is: many lines, models, tables or endpoints make a
large application, a handful of endpoints, screens or lines a small one; counts of other things (machine-learning
models served, endpoints added or called, a framework's own source) say nothing about the project's size."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine


def _ids(engine: Engine, text: str) -> set[str]:
    return {r.id for r in engine.ask(text).query.requirements if not r.negated}


@pytest.mark.parametrize(
    "text",
    [
        "the flask repo we maintain is about 180k lines",
        "we inherited a 250k-loc django codebase from the previous vendor",
        "our backend has roughly 120 sqlalchemy models",
        "the django project holds over 70 database tables",
        "the public api exposes 400 endpoints",
        "the service has hundreds of routes",
        "there are a few hundred views in that django app",
        "it's a 90 kloc python system",
        "the project has 1.2m lines of python",
        "we split the django project into 35 django apps",
    ],
)
def test_a_large_count_of_code_units_is_a_large_app(engine: Engine, text: str) -> None:
    assert "large-app" in _ids(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "an internal lookup api, four endpoints in total",
        "the whole thing is 2 routes behind a vpn",
        "a signup prototype with 3 screens",
        "the script is maybe 400 lines",
    ],
)
def test_a_small_count_of_code_units_is_a_small_scope(engine: Engine, text: str) -> None:
    assert "small-scope" in _ids(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "our analysts want to host 300 trained models behind one api",  # model serving, not an ORM
        "the data team will deploy 120 forecasting models",
        "we have a django app and are adding 150 new endpoints",  # a part being added
        "the gateway calls 200 partner endpoints",  # someone else's
        "we get 500k page views a month",  # traffic
        "our shop sells 5 product lines",  # not code
        "django looks enormous (300k lines of code) next to flask",  # the framework's own source
        "the team runs 60 microservices",  # many small services, not one large app
    ],
)
def test_large_counts_of_other_things_are_not_a_large_app(engine: Engine, text: str) -> None:
    assert "large-app" not in _ids(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "the crawler fetches 3 pages for every report",  # someone else's pages
        "the django app needs 2 new endpoints for the mobile team",  # a part being added
        "flask is just 4k lines, can it really be production ready?",  # the framework's own source
        "customers have a few json endpoints next to the html pages",  # vague: a part beside the rest
    ],
)
def test_small_counts_of_other_things_are_not_a_small_scope(engine: Engine, text: str) -> None:
    assert "small-scope" not in _ids(engine, text)


def test_a_large_flask_codebase_alone_stays_on_flask(engine: Engine) -> None:
    advice = engine.ask("our flask codebase is around 200k lines, should we switch frameworks?")
    assert "large-app" in {r.id for r in advice.query.requirements}
    assert advice.recommendation is not None and advice.recommendation.framework == "flask"


def test_a_large_count_is_said_with_its_words(engine: Engine) -> None:
    mention = next(r for r in engine.ask("a legacy django monolith of ~95 models").query.requirements)
    assert mention.id == "large-app" and mention.text == "95 models"


def _edit(kb_dir: Path, old: str, new: str) -> None:
    path = kb_dir / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_unit_added_in_yaml_is_counted(kb_copy: Path) -> None:
    said = "the portal has 400 viewsets"
    assert "large-app" not in _ids(Engine(load_knowledge_base(kb_copy)), said)
    _edit(kb_copy, "      - words: [modules, python modules]", "      - words: [modules, python modules, viewsets]")
    assert "large-app" in _ids(Engine(load_knowledge_base(kb_copy)), said)


def test_a_unit_without_a_threshold_names_the_file_and_entry(kb_copy: Path) -> None:
    _edit(kb_copy, "      - words: [modules, python modules]\n        large_min: 100", "      - words: [modules]")
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml: vocabulary entry: code_size\.units\.\d+.*modules"):
        load_knowledge_base(kb_copy)
