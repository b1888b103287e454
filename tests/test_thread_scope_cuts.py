"""A follow-up that cuts the project down ("the scope got reduced, it is now only a status screen", "drop the
live feed, refreshing every minute is enough") re-describes it: the needs of the part cut go, the people facts
stay, and what is left is a narrow job."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn, wanted_in


def test_a_scope_cut_drops_the_old_product_needs_and_reads_narrow(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "Finance wants an expense portal: staff submit claims with receipts, team leads sign off, admins manage "
        "users. Three of us will build it.",
        "Scope got reduced: no sign-off any more. It's now just a screen listing each person's open claims.",
    )
    ids = wanted_in(turns[1])
    assert "small-scope" in ids
    assert "small-team" in ids  # who builds it is not part of the scope that was cut
    assert not {"forms-crud", "admin-panel", "user-auth"} & ids
    assert picked(turns[1]) == "flask"


def test_a_budget_cut_to_one_endpoint_keeps_the_team_said_then(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "new member portal with accounts, billing and a CMS, ~25 engineers over two years",
        "heads up: budget got cut. we're 3 people now and the scope is a single endpoint that takes sign-ups",
    )
    ids = wanted_in(turns[1])
    assert "large-team" not in ids and "small-team" in ids
    assert not {"full-stack", "content-site", "user-auth"} & ids
    assert picked(turns[1]) == "flask"


def test_dropping_a_feature_takes_the_needs_its_message_brought(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "small api on a pi that reports the greenhouse temperature",
        "it now has to push live readings to ~40 open browser tabs over websockets, many concurrent connections",
        "drop the live push, refreshing every minute is enough for the growers",
    )
    assert picked(turns[1]) == "fastapi"
    ids = wanted_in(turns[2])
    assert not {"realtime", "high-concurrency"} & ids
    assert picked(turns[2]) == "flask"


def test_a_head_count_of_the_company_is_not_the_team(engine: Engine) -> None:
    turns = turn_by_turn(engine, "we are two developers at a 900-person logistics firm, building a small internal tool")
    ids = wanted_in(turns[0])
    assert "large-team" not in ids


def test_an_unrelated_follow_up_keeps_the_earlier_needs(engine: Engine) -> None:
    turns = turn_by_turn(engine, "a storefront with an admin panel and user accounts", "we also need a search page")
    assert {"admin-panel", "ecommerce"} <= wanted_in(turns[1])


def test_a_scope_cut_cue_added_in_yaml_re_describes(kb_copy: Path) -> None:
    texts = (
        "an online shop with an admin panel and accounts",
        "management shelved most of it: a page of opening hours",
    )
    assert "ecommerce" in wanted_in(turn_by_turn(Engine(load_knowledge_base(kb_copy)), *texts)[1])
    vocabulary = kb_copy / "vocabulary.yaml"
    raw = vocabulary.read_text(encoding="utf-8")
    vocabulary.write_text(raw.replace("scope_cut_cues: [", "scope_cut_cues: [shelved most of it, ", 1), "utf-8")
    assert "ecommerce" not in wanted_in(turn_by_turn(Engine(load_knowledge_base(kb_copy)), *texts)[1])


def test_an_unknown_category_kept_by_a_scope_cut_names_the_file(kb_copy: Path) -> None:
    vocabulary = kb_copy / "vocabulary.yaml"
    raw = vocabulary.read_text(encoding="utf-8")
    vocabulary.write_text(raw.replace("scope_cut_keeps: [team]", "scope_cut_keeps: [teem]", 1), "utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"vocabulary\.yaml.*scope_cut_keeps.*'teem'"):
        load_knowledge_base(kb_copy)
