"""A pitch said by a lead, a newcomer or a post reader, and its reasons said in a clause of their own."""

from __future__ import annotations

from knowledge.engine import Engine
from tests.talk import wanted


def test_reasons_in_their_own_clause_are_the_pitch(engine: Engine) -> None:
    text = "our cto wants to port the flask api to litestar, and the only reason is openapi docs"
    assert "api-docs" not in wanted(engine, text)


def test_nothing_else_about_it_is_a_problem_names_what_runs(engine: Engine) -> None:
    parsed = engine.parser.parse("a consultant says we need fastapi. nothing else about our django site is a problem")
    assert parsed.current == "django"
    assert "django" not in parsed.excluded


def test_someone_blaming_a_framework_is_a_pitch(engine: Engine) -> None:
    parsed = engine.parser.parse(
        "the profiler shows n+1 queries. a newly hired engineer is blaming drf and wants to rip drf out for fastapi"
    )
    assert not parsed.excluded
    assert "fastapi" in parsed.proposed
    assert "db-bound" in {m.id for m in parsed.requirements}


def test_a_post_read_online_is_a_pitch(engine: Engine) -> None:
    text = "my manager read online that django is slow at scale, and he wants our django crm moved to fastapi"
    assert "high-concurrency" not in wanted(engine, text)


def test_wants_to_switch_is_intended_not_under_way(engine: Engine) -> None:
    parsed = engine.parser.parse("a colleague wants to switch our flask portal to django")
    assert parsed.current == "flask"
    assert not parsed.migration_underway


def test_a_need_someone_keeps_demanding_is_their_pitch(engine: Engine) -> None:
    needs = {
        m.id
        for m in engine.ask(
            "the vp keeps demanding websockets, but it is an internal crud tool for five people"
        ).query.requirements
    }
    assert "realtime" not in needs
