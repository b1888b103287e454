"""Back-office steps named as things, with no staff role and verb ('an approval step', 'a trail of who edited
what'), read as the internal tool the seeds give Django; the same words about code review, a decision approved, an
outside call or a bought product read nothing."""

from __future__ import annotations

import pytest

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _needs(text: str) -> set[str]:
    advice = Conversation(default_engine()).turn(text).advice
    return {m.id for m in advice.requirements if not m.negated}


def _pick(text: str) -> str | None:
    rec = Conversation(default_engine()).turn(text).advice.recommendation
    return rec.framework if rec else None


@pytest.mark.parametrize(
    "text",
    [
        "tool for the facilities dept: repair quotes above 2k go through two approvals before anyone orders parts",
        "mileage reimbursements, each one needs a sign-off from the line manager",
        "donations over 10k need a four eyes check before they hit the books",
    ],
)
def test_a_step_named_as_a_thing_reads_the_back_office(text: str) -> None:
    assert {"admin-panel", "forms-crud"} <= _needs(text)
    assert _pick(text) == "django"


def test_a_trail_of_who_did_what_reads_users_on_records() -> None:
    assert "user-auth" in _needs("for the tool library we want to see who borrowed and who edited which item, and when")


@pytest.mark.parametrize(
    "text",
    [
        "each merge request needs two approvals, the app is a small flask thing",
        "we got approval from the cto to try litestar",
        "sign-offs live in docusign; we only want a callback receiver",
        "no approvals needed, it is a read-only page",
        "the intern who edited the nginx config left last week",
    ],
)
def test_the_builders_steps_decisions_and_bought_products_read_no_back_office(text: str) -> None:
    assert not {"admin-panel", "internal-tool"} & _needs(text)


def test_a_step_said_to_be_gone_reads_nothing() -> None:
    assert not {"admin-panel", "internal-tool"} & _needs("good news, the sign-offs were dropped from v1")


def test_a_cut_with_the_project_as_object_cuts_the_thread() -> None:
    talk = Conversation(default_engine())
    talk.turn("back office for 80 warehouse users: stock moves, two-step approvals, per-site permissions")
    rec = talk.turn("the director pared it down to one small read-only json endpoint for the bi team").advice
    assert rec.recommendation is not None and rec.recommendation.framework != "django"
