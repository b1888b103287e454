"""Context that names no need gets the question back: criteria listed for a scorecard without their values,
durations of the team or of a process, a line of business, broker names, juniors on the team, framework praise.
The same words beside a need that decides leave that need deciding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine, default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(text: str) -> str | None:
    rec = Conversation(default_engine()).turn(text).advice.recommendation
    return rec.framework if rec else None


def _needs(text: str) -> set[str]:
    return {m.id for m in Conversation(default_engine()).turn(text).parsed.requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        # criteria named for a scorecard or a matrix, with no value said for any of them
        "For the bake-off we are weighing throughput, community size and onboarding. Thoughts on a framework?",
        "Our selection criteria: maturity, admin tooling, async story. Which python framework wins?",
        "Please draft a decision matrix with rows for performance, batteries, learning curve. Which one?",
        # durations of people or process, not of the system
        "Four of us, together about five years now, want to move to Python. Which framework?",
        "Over the past two years we shipped Go; now the company wants Python. Which framework?",
        "We joined over the last three weeks and the lead asked us to choose a framework. Which?",
        "There is a three-week review period before anything is approved. Which framework do we propose?",
        # the framework's own qualities praised, as any team would
        "It just needs to be stable, well documented and have LTS releases. Which framework?",
        # a line of business, a broker, the org, the people: no system named
        "We are a pharmacy chain with 40 stores. What Python framework should our new team use?",
        "Kafka vs SQS is settled next week; which Python framework goes with it?",
        "Two interns and a new grad join us in June. Which Python web framework should we use?",
        "The engineering department asked me to choose a Python web framework for next year.",
        "Structured logging and tracing are mandatory here. Which web framework?",
        "We sell our loans through partner retailers. Which framework should our backend use?",
        "Our co-op has 300 member farms and one developer. Which framework?",
    ],
)
def test_context_alone_gets_the_question_back(text: str) -> None:
    assert _pick(text) is None, text


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        # the same context words, with the one need that decides
        (
            "Our scorecard covers performance, ecosystem and onboarding. The service is a websocket chat backend "
            "for thousands of users at once.",
            "fastapi",
        ),
        ("We are a pharmacy chain; the first system is a back office where staff edit stock records.", "django"),
        ("A public api our partner companies integrate with, well documented. Which framework?", "fastapi"),
        ("Kafka vs SQS is settled; the Python side serves our ranking model's predictions over HTTP.", "fastapi"),
    ],
)
def test_context_beside_a_deciding_need_leaves_it_deciding(text: str, pick: str) -> None:
    assert _pick(text) == pick, text


def test_a_criterion_said_with_a_value_elsewhere_still_counts() -> None:
    needs = _needs("We will weigh performance and hiring. Latency under 20 ms at p99 is a hard requirement.")
    assert "low-latency" in needs


def test_weigh_in_asks_an_opinion_and_opens_no_list() -> None:
    assert _pick("Can you weigh in? Ops staff need an admin panel to edit orders.") == "django"


def test_a_lifetime_is_still_read_beside_team_tenure() -> None:
    needs = _needs("We have been together for two years; the system itself must run for ten years.")
    assert "long-horizon" in needs


def test_a_maintainer_adds_a_criteria_cue_in_yaml_alone(kb_copy: Path) -> None:
    text = "Our shortlist will be ranked by: performance, ecosystem, hiring. Which framework?"
    assert _pick(text) is not None
    path = kb_copy / "vocabulary.yaml"
    said = path.read_text(encoding="utf-8")
    path.write_text(said.replace("    cues: [weigh, weighing,", "    cues: [ranked by, weigh, weighing,", 1), "utf-8")
    rec = Conversation(Engine(load_knowledge_base(kb_copy))).turn(text).advice.recommendation
    assert rec is None


def test_a_criteria_mistake_names_the_file_and_entry(kb_copy: Path) -> None:
    path = kb_copy / "vocabulary.yaml"
    said = path.read_text(encoding="utf-8")
    path.write_text(said.replace("    item_words: 6\n", "    item_words: 60\n", 1), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert re.search(r"vocabulary\.yaml.*criteria.*item_words", str(raised.value), re.S)
