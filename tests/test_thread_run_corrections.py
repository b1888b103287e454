"""In a thread, a follow-up that corrects which framework runs ("oops, it's flask, not django") changes what runs
and nothing else: the framework first named is not banned, and the needs said so far stay. Also: a place that
refuses to run a framework ("the host can't run django") rules it out; another company's team says nothing of
ours; a life said as "the next few years" is a long one; "typos" is a word, not a typo of "types"."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import picked, turn_by_turn, wanted

_PARTNER_DOCS = "our django app is stable; partners now ask for a documented REST API with typed request schemas"
_SUPPORT_PAGES = (
    "our core api runs on fastapi. the support desk wants a back office to look up and edit customer orders"
)


@pytest.mark.parametrize(
    "correction",
    [
        "oops, it's flask, not django. the app is a flask monolith",
        "my bad, we're on flask not django",
        "correction: the app is flask, not django",
        "sorry, it's actually flask not django",
    ],
)
def test_correcting_what_runs_keeps_the_needs_and_bans_nothing(engine: Engine, correction: str) -> None:
    _, fixed = turn_by_turn(engine, _PARTNER_DOCS, correction)
    query = fixed.advice.query
    assert query.current == "flask"
    assert "django" not in query.excluded and "flask" not in query.excluded
    needs = {m.id for m in query.requirements if not m.negated}
    assert {"typed-validation", "api-docs"} <= needs, needs


@pytest.mark.parametrize(
    "correction",
    [
        "hold on, I misspoke: the core api is django already, not fastapi",
        "my bad, it's django not fastapi",
        "i was wrong, the api runs on django, not fastapi",
    ],
)
def test_correcting_what_runs_mid_thread_keeps_the_admin_need(engine: Engine, correction: str) -> None:
    turns = turn_by_turn(engine, _SUPPORT_PAGES, correction, "and nothing extra to install for that?")
    assert [picked(t) for t in turns] == ["django", "django", "django"]
    assert turns[1].advice.query.current == "django"
    assert "fastapi" not in turns[1].advice.query.excluded


def test_a_new_ban_beside_what_runs_is_still_a_ban(engine: Engine) -> None:
    """'we run django; not flask for the new service' names no correction: django still runs, flask is out."""
    turns = turn_by_turn(engine, "we run django for the shop", "for the new sync worker: not flask, please")
    query = turns[1].advice.query
    assert "flask" in query.excluded


@pytest.mark.parametrize(
    "text",
    [
        "blog for our magazine with editors and scheduled posts; the host won't run django",
        "news site with an editorial workflow, but our cluster cannot run django",
        "content site for the newsroom. the platform doesn't host django, sorry",
    ],
)
def test_a_place_that_will_not_run_a_framework_rules_it_out(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert "django" in advice.query.excluded
    assert advice.query.current is None


@pytest.mark.parametrize(
    "text",
    [
        "the hosting provider's platform team only allows flask or fastapi for our news site",
        "the cloud vendor's platform team picks the base images; we just need a small api",
    ],
)
def test_another_companys_team_is_not_ours(engine: Engine, text: str) -> None:
    assert "large-team" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "this will be our flagship app for the next few years, with logins and roles",
        "it should keep running over the coming years with the same codebase",
    ],
)
def test_the_next_few_years_is_a_long_life(engine: Engine, text: str) -> None:
    assert "long-horizon" in wanted(engine, text)


def test_a_small_start_that_becomes_the_product_is_no_longer_small(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "tiny internal page to paste a spreadsheet and download it deduplicated, nothing fancy",
        "news from leadership: it becomes our main customer product for the next few years, with logins and roles",
    )
    assert [picked(t) for t in turns] == ["flask", "django"]


def test_typos_is_not_read_as_types(engine: Engine) -> None:
    assert "typed-validation" not in wanted(engine, "the editors only need a small screen to fix typos in titles")
