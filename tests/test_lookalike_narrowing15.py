"""Look-alikes the ban, sole-list and new-subject readers must not fire on: a library's name before another noun
('pydantic schemas') bans no package, 'X on it and nothing else' fixes X only when a rule is spoken of, and an
opener followed by 'same <system>' adds to the subject under discussion."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import thread_picks

_SOCKETS = "Realtime scoreboard backend: thousands of websocket clients, async all the way, JSON only."
_TYPED_API = "Typed async JSON API for a courier app, OpenAPI docs for the mobile devs, heavy concurrent traffic."


@pytest.mark.parametrize(
    "aside",
    [
        "heads up, our pydantic models are banned from the public gist, legal wants them private.",
        "note: the pydantic models are not allowed in the onboarding slides anymore.",
        "Starlette stickers are banned at the booth this year, marketing decision.",
    ],
)
def test_a_library_name_before_another_noun_bans_no_package(engine: Engine, aside: str) -> None:
    assert thread_picks(engine, _SOCKETS, aside) == ["fastapi", "fastapi"]


def test_the_library_itself_denied_still_rules_out_what_is_built_on_it(engine: Engine) -> None:
    picks = thread_picks(engine, _SOCKETS, "compliance update: pydantic is forbidden on our servers.")
    assert picks[1] not in (None, "fastapi")


@pytest.mark.parametrize(
    "question",
    [
        "My laptop has Flask on it and nothing else since the reinstall. Need a SaaS with tenants, billing, roles "
        "and an admin. What should we build it on?",
        "The old VM has flask on it but nothing else after the cleanup; we're planning a staff back office with "
        "permissions and an admin. Framework?",
    ],
)
def test_a_machine_holding_only_one_framework_fixes_nothing(engine: Engine, question: str) -> None:
    assert thread_picks(engine, question) == ["django"]


def test_an_approved_list_of_one_still_fixes_it(engine: Engine) -> None:
    question = "Governance says the sanctioned stack has Flask on it and nothing else. Staff back office, roles, admin."
    assert thread_picks(engine, question) == ["flask"]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Separate bit: same app, one more endpoint for signature capture.",
        "a different part: same service, it also needs rate limits per courier.",
        "Distinct module: same backend, an endpoint to export the day's routes.",
    ],
)
def test_an_opener_pointing_back_with_same_system_keeps_the_subject(engine: Engine, follow_up: str) -> None:
    assert thread_picks(engine, _TYPED_API, follow_up) == ["fastapi", "fastapi"]
