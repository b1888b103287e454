"""A need's word counts only in its sense ('a fastapi template' is a starter project, not html pages); cue
phrases hold an adverb inside ('we still run django'); 'just a simple web form' is one small thing; a part
said to be built 'as a separate service' is a new build beside what runs, while 'endpoints for the new app'
names the client; 'in front of our older apis' is a gateway."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import default_engine
from knowledge.reading.result import ParsedQuery


def _read(text: str) -> ParsedQuery:
    return default_engine().parser.parse(text)


def _needs(text: str) -> set[str]:
    return {m.id for m in _read(text).requirements if not m.negated}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("we keep a fastapi template that every new repo is copied from", "server-rendered"),
        ("my discord bot template needs a web framework", "server-rendered"),
        ("the cookiecutter-django template we started from", "server-rendered"),
        ("the page shows the predicted price for each listing", "ml-serving"),
        ("users browse a molecule structure viewer in the browser", "batteries"),
        ("a tool to inspect the json structure of webhook payloads", "batteries"),
    ],
)
def test_a_word_in_its_other_sense_reads_no_need(text: str, absent: str) -> None:
    assert absent not in _needs(text), text


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("every page is a jinja template rendered on the server", "server-rendered"),
        ("we render html templates for the catalogue", "server-rendered"),
        ("a service that returns predictions from our churn model", "ml-serving"),
        ("with twelve devs the codebase needs real structure", "batteries"),
    ],
)
def test_the_word_in_its_own_sense_still_reads(text: str, present: str) -> None:
    assert present in _needs(text), text


@pytest.mark.parametrize(
    ("text", "role", "framework"),
    [
        ("we really know flask well, what about the new service?", "known", "flask"),
        ("our team mostly knows django", "known", "django"),
        ("we are still on django and need a json api", "current", "django"),
        ("we currently use flask for the storefront", "current", "flask"),
    ],
)
def test_a_cue_holds_an_adverb_inside(text: str, role: str, framework: str) -> None:
    parsed = _read(text)
    said = parsed.known if role == "known" else (parsed.current,)
    assert framework in said, (text, parsed)


def test_an_adverb_opens_no_need_phrase() -> None:
    # fillers sit inside cues only: "small legacy service" is not read through them as a need's wording
    assert "small-scope" not in _needs("a small legacy billing module")


@pytest.mark.parametrize(
    "text", ["only need a basic web form for the ops people", "just a single upload form for the lab, nothing more"]
)
def test_just_a_form_is_one_small_thing(text: str) -> None:
    needs = _needs(text)
    assert "small-scope" in needs, text
    assert "forms-crud" not in needs, text


def test_a_few_forms_are_not_one_form() -> None:
    needs = _needs("a site with a few forms and some static pages")
    assert "forms-crud" in needs
    assert "small-scope" not in needs


def test_a_part_built_as_its_own_service_is_a_new_build() -> None:
    text = "our shop runs on django; the pdf export should be rebuilt as a separate service with heavy async io"
    assert "greenfield" in _needs(text)
    assert default_engine().ask(text).recommendation is not None


def test_a_new_app_the_api_serves_is_the_client() -> None:
    text = "the backend is a big django project. the android team wants rest endpoints for our new app"
    assert "greenfield" not in _needs(text)
    assert _read(text).current == "django"


@pytest.mark.parametrize(
    "text", ["it sits in front of legacy backends, which framework?", "in front of several existing services"]
)
def test_a_layer_in_front_of_described_services_is_a_gateway(text: str) -> None:
    assert "api-gateway" in _needs(text), text


def test_a_sense_must_be_one_of_the_needs_words(kb_copy: Path) -> None:
    reqs = kb_copy / "requirements.yaml"
    reqs.write_text(reqs.read_text(encoding="utf-8").replace("- said: template", "- said: templet"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"requirements\.yaml: .*server-rendered.*sense 'templet'"):
        load_knowledge_base(kb_copy)
