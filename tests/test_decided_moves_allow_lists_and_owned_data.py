"""Round 22 (cause classes 4, 6, 7, 8): a move's method asked is the move decided; going back offered on a path
the seeds advise against; allow-lists closed by 'only'; Flask's async stand-in only for async; whose framework
runs ('django is home for us', a supplier's codebase taken over, 'bare starlette'); the data a narrow piece
works on is no product."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _pick(engine: Engine, text: str) -> str | None:
    rec = Conversation(engine).turn(text).advice.recommendation
    return rec.framework if rec is not None else None


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        # the method of a move asked, both ends named, on the common path: the move is decided
        ("currently flask, switching to fastapi next sprint. big bang or route by route?", "fastapi"),
        ("flask => fastapi kicks off monday. one shot or gradually?", "fastapi"),
        # on the path the seeds advise against, the method question does not make it the advice
        ("our django app is moving to fastapi: big bang or view by view?", "django"),
        # no method asked, no pain: what runs stays
        ("currently flask, 12 routes, internal, works fine. is fastapi worth it for us?", "flask"),
    ],
)
def test_method_of_a_move_asked(engine: Engine, text: str, pick: str) -> None:
    assert _pick(engine, text) == pick


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        (
            "halfway through porting our django app to fastapi, models duplicated. push on or go back to django?",
            "django",
        ),
        # a common path is finished whatever is offered
        ("we're halfway from flask to fastapi and it's been smooth. push on or roll back?", "fastapi"),
        # a part split out toward the seeds' django + fastapi pattern is no avoided path
        (
            "Midway through splitting our public API out of the Django monolith into a FastAPI service (shared "
            "Postgres, Django keeps the admin). About 80% of endpoints moved. Finish or roll back?",
            "fastapi",
        ),
    ],
)
def test_going_back_offered_mid_move(engine: Engine, text: str, pick: str) -> None:
    assert _pick(engine, text) == pick


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("only django and flask are on our approved list. JSON backend for an android app", {"django", "flask"}),
        (
            "we may only use frameworks from the platform team's list, which is flask and fastapi. back-office app",
            {"flask", "fastapi"},
        ),
        # 'only' with no approval before it lists nothing
        (
            "is it flask only for new services here, or can we pick? internal tool with an admin, logins, approvals",
            {"django"},
        ),
    ],
)
def test_allow_lists(engine: Engine, text: str, allowed: set[str]) -> None:
    assert _pick(engine, text) in allowed


def test_flask_ruled_out_goes_to_a_mainstream_rest_unless_async_is_said(engine: Engine) -> None:
    assert _pick(engine, "not flask please, our CTO can't stand it. it's a throwaway demo for next week") != "quart"


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("Django is home for us. We need a REST API for a new react frontend", "django"),
        ("we've taken over the supplier's flask codebase and have to add a few endpoints to it", "flask"),
        ("we built it on plain starlette, 10 routes, and honestly it's fine. any reason to change?", "starlette"),
        ("the supplier's flask codebase needs a few endpoints", None),
    ],
)
def test_whose_framework_runs(engine: Engine, text: str, current: str | None) -> None:
    assert engine.parser.parse(text).current == current


def test_data_a_narrow_piece_works_on_is_no_product(engine: Engine) -> None:
    text = "a renderer that gets invoice JSON from the billing system and hands back a PDF. thats all it does"
    assert _pick(engine, text) in ("flask", "fastapi")
    # invoices as the product keep their reading
    assert (
        _pick(engine, "invoicing app where our bookkeepers create, edit and approve invoices, with logins") == "django"
    )


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        # waits on outside calls are the FAQ's case for async, whatever the load
        (
            "flask service, traffic is low, but every request waits on 3 slow upstream APIs and times out. go async?",
            "fastapi",
        ),
        # a bare wish for async with the load denied stays
        ("our flask app has 5 rps. someone asked to add async. should we port to fastapi?", "flask"),
    ],
)
def test_low_load_settles_a_wish_for_async_not_waits_on_outside_calls(engine: Engine, text: str, pick: str) -> None:
    assert _pick(engine, text) == pick
