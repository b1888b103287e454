"""Stay-or-move signals said indirectly: the people who knew the app gone (vocabulary.yaml `departed`), a
package the team tried and gave up on (`failing_cues`), and async wanted with the Flask code kept as it is
(requirements.yaml `keep-codebase`, incumbents.yaml `flask-async-keep-code`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from tests.talk import first_pick, wanted


@pytest.mark.parametrize(
    "text",
    [
        "the freelancer who wrote our cherrypy reporting api moved on in june, nobody else has opened the repo",
        "our hug service: the only dev who knew how it hangs together resigned last month",
        "original developers of the tornado gateway are long gone and deploys are scary",
        "the agency that built our web.py backend went bust",
    ],
)
def test_the_makers_gone_is_a_staffing_risk(engine: Engine, text: str) -> None:
    assert "staffing-risk" in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "the maintainer hasn't left, our cherrypy app is fine",
        "we left the old admin as it was",
        "who built the left sidebar widget?",
    ],
)
def test_no_departure_no_staffing_risk(engine: Engine, text: str) -> None:
    assert "staffing-risk" not in wanted(engine, text)


def test_a_niche_api_whose_maker_quit_moves_to_the_mainstream(engine: Engine) -> None:
    text = "the contractor who set up our tornado order api quit last spring and every release breaks something"
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "support keeps asking for a back office in our flask shop; we bolted on flask-admin and it was a "
            "nightmare. time to look at django?",
            "django",
        ),
        (
            "our django site needs 20k open websocket connections for live scores. will channels hold up, or "
            "should this be a separate service?",
            "fastapi",
        ),
    ],
)
def test_a_package_given_up_on_answers_nothing(engine: Engine, text: str, expected: str) -> None:
    assert first_pick(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "our flask app needs async for a few slow upstream calls but we can't afford a rewrite",
        "need asyncio in our flask monolith with minimal changes to the existing blueprints",
        "how do we get async views into our flask codebase and keep most of the code?",
    ],
)
def test_async_for_flask_with_the_code_kept_is_quart(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "quart"


def test_a_stepwise_move_is_not_keeping_the_code(engine: Engine) -> None:
    assert "keep-codebase" not in wanted(engine, "can we move our flask api without rewriting it all in one go?")


def test_keeping_the_code_does_not_stop_a_move_for_docs(engine: Engine) -> None:
    text = "our flask api needs typed request models and openapi docs for partners, minimal changes please"
    assert first_pick(engine, text) == "fastapi"


def test_a_bad_departed_entry_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "vocabulary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    reach: 8\n    need: staffing-risk", "    reach: 80\n    need: staffing-risk"))
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml.*departed"):
        load_knowledge_base(kb_copy)
