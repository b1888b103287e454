"""Thread classes TV, TR, TS, TP: a banned library rules out the frameworks built on it, an approved list of
one fixes the framework, a dropped list drops every item, a correction about one part leaves the rest, a phase
change supersedes the earlier phase, and 'different piece:' opens another subject."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import thread_picks

_ASYNC_API = "Async JSON service for a telemetry relay: concurrent uploads from field units, typed payloads."


@pytest.mark.parametrize(
    "ban",
    [
        "pydantic is banned in this org after an audit.",
        "Security put pydantic on the denylist last week.",
        "we cannot use pydantic on the appliance image",
        "Our scanner won't let starlette into the container.",
    ],
)
def test_a_banned_core_library_rules_out_the_framework_built_on_it(engine: Engine, ban: str) -> None:
    picks = thread_picks(engine, _ASYNC_API, ban)
    assert picks[0] == "fastapi"
    assert picks[1] not in (None, "fastapi", "django", "flask")


def test_a_framework_named_beside_the_banned_library_keeps_its_role(engine: Engine) -> None:
    assert thread_picks(engine, "FastAPI please, not bare Starlette, for a small async json relay.") == ["fastapi"]


@pytest.mark.parametrize(
    "rule",
    [
        "Compliance update: the approved list has Django on it and nothing else.",
        "The runtime catalogue holds Django images and no others.",
    ],
)
def test_an_approved_list_of_one_fixes_the_framework(engine: Engine, rule: str) -> None:
    assert thread_picks(engine, _ASYNC_API, rule)[-1] == "django"


@pytest.mark.parametrize(
    "cut",
    [
        "Scrap the back office, the member roles and the billing; the club's booking vendor covers them.",
        "Forget the staff admin, the user accounts and the payments, the vendor does all of it.",
    ],
)
def test_every_item_of_a_dropped_list_goes(engine: Engine, cut: str) -> None:
    c = Conversation(engine)
    c.turn("Climbing club site: members log in, staff admin back office, card payments for passes.")
    c.turn(cut)
    held = {rid for rid, negated in c.state.requirements.items() if not negated}
    assert not held & {"admin-panel", "user-auth"}


@pytest.mark.parametrize(
    "fix",
    [
        "Correction on the admin: it is a single toggle to pause the service.",
        "Correction about the back office: it's one switch for read-only mode.",
    ],
)
def test_a_correction_about_one_part_keeps_the_rest(engine: Engine, fix: str) -> None:
    c = Conversation(engine)
    c.turn("Pricing API that partner apps call: typed contracts, generated docs. Staff want an admin panel too.")
    c.turn(fix)
    assert {"api-docs", "typed-validation"} <= set(c.state.requirements)
    assert "admin-panel" not in c.state.requirements


@pytest.mark.parametrize(
    "phase",
    [
        "For the capstone, every team ships a complete app with sign-up, roles and a staff admin.",
        "It is the real product now: customer accounts, roles, an admin for support staff.",
    ],
)
def test_a_phase_change_supersedes_the_earlier_phase(engine: Engine, phase: str) -> None:
    picks = thread_picks(engine, "Teaching a beginners' class how HTTP requests work, nothing hidden.", phase)
    assert picks == ["flask", "django"]


@pytest.mark.parametrize("opener", ["Different piece:", "A separate component:", "Unrelated part:"])
def test_a_marked_opener_starts_another_subject(engine: Engine, opener: str) -> None:
    picks = thread_picks(
        engine,
        "Partner-facing JSON API for parcel lockers: typed schemas, async, OpenAPI docs.",
        f"{opener} support staff need an admin screen to edit locker records and user accounts.",
    )
    assert picks == ["fastapi", "django"]


def test_a_correction_to_the_last_message_still_redescribes_the_whole(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("Inventory tool: staff roles, an admin for the warehouse team, lots of forms.")
    c.turn("Correction to my earlier message: it's just a read-only JSON feed for the mobile app.")
    assert not {"admin-panel", "forms-crud", "user-auth"} & set(c.state.requirements)


@pytest.mark.parametrize(
    "text",
    [
        "Skip raw Starlette, too bare for us; async API with generated docs for a React app.",
        "starlette on its own? no thanks, we won't hand-write validation. async api for two mobile apps",
    ],
)
def test_ruling_out_bare_starlette_leaves_fastapi(engine: Engine, text: str) -> None:
    assert thread_picks(engine, text) == ["fastapi"]


def test_a_pydantic_ban_leaves_the_toolkit_under_fastapi(engine: Engine) -> None:
    text = "Async relay at the edge that shovels raw bytes between sockets; pydantic is not allowed on these boxes."
    assert thread_picks(engine, text) == ["starlette"]
