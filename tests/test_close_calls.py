"""Close calls (closecalls.yaml): which of two frameworks within a point leads, and needs a question asked
about and then waved off, which count for nobody."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import default_engine
from knowledge.reading.parser import ParsedQuery
from knowledge.reasoning import close_call
from knowledge.reasoning.advice import Contribution, FrameworkScore
from knowledge.reasoning.conversation import Conversation


def _needs(text: str) -> dict[str, bool]:
    """Requirement id -> negated."""
    return {m.id: m.negated for m in default_engine().parser.parse(text).requirements}


def test_a_question_answered_no_negates_what_it_asked_about() -> None:
    assert _needs("sales dashboards for the team. websockets? nope, a reload each hour works")["realtime"] is True
    assert _needs("is an admin needed? nah. the ops folks use sql")["admin-panel"] is True
    assert _needs("do we need jwt auth? not really, it sits behind the vpn")["token-auth"] is True


def test_a_no_after_a_statement_or_a_yes_leaves_the_need() -> None:
    assert _needs("we need websockets. no admin panel though")["realtime"] is False
    assert _needs("do we need websockets? yes, for live bids")["realtime"] is False


def test_a_waved_off_need_does_not_make_a_close_call() -> None:
    rec = Conversation(default_engine()).turn(
        "plotly reports for finance; do they need websockets? nope, hourly is plenty"
    )
    assert rec.advice.recommendation is not None
    assert rec.advice.recommendation.framework == "flask" and not rec.advice.recommendation.also


def test_a_content_platform_is_a_content_site() -> None:
    assert "content-site" in _needs("we run a small content platform for three editors")


def test_in_a_tie_the_seeds_pick_for_a_need_leads_the_one_that_only_copes() -> None:
    turn = Conversation(default_engine()).turn(
        "mostly server-rendered pages for a catalogue, plus a few json endpoints"
    )
    rec = turn.advice.recommendation
    assert rec is not None and rec.framework == "django" and rec.also == ("flask",)
    assert turn.advice.deciding_question is not None  # still a close call, with its question
    assert any(c.section == "Decision matrix" for c in turn.advice.citations)


def _score(fw: str, *weights: int) -> FrameworkScore:
    return FrameworkScore(fw, fw, sum(weights), tuple(Contribution("x", "x", fw, w, "", ()) for w in weights))


def test_a_framework_the_message_names_keeps_the_lead() -> None:
    kb = default_engine().kb
    leans, pick = _score("flask", 1, 1), _score("django", 2)
    assert close_call.order(kb, leans, pick, ParsedQuery("t"))[0].framework == "django"
    assert close_call.order(kb, leans, pick, ParsedQuery("t", mentioned=("flask",)))[0].framework == "flask"
    # not a tie: the higher score keeps the lead
    assert close_call.order(kb, _score("flask", 1, 1, 1), pick, ParsedQuery("t"))[0].framework == "flask"


def test_a_bad_close_call_margin_names_the_file(kb_copy: Path) -> None:
    path = kb_copy / "closecalls.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("margin: 1", "margin: -1"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as raised:
        load_knowledge_base(kb_copy)
    assert "closecalls.yaml" in str(raised.value) and "margin" in str(raised.value)
