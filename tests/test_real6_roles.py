"""Roles misread in real posted questions (round 6): a bare 'out' that is a verb's particle, a dislike of a thing a
framework has, the framework's own shell, a system said to be built of a framework's parts, and a named move
carried on (003 "Migration between them", "FAQ"; 000 "Performance")."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("in our load test sanic and flask came out neck and neck; what should the queue service use?", "flask"),
        ("flask tops out at 300 requests a second on our tiny box, is that normal?", "flask"),
        ("django maxes out the single core during imports", "django"),
    ],
)
def test_out_after_a_verb_is_its_particle_not_a_ban(engine: Engine, text: str, named: str) -> None:
    assert named not in engine.parser.parse(text).excluded


def test_a_bare_out_after_the_name_still_bans_it(engine: Engine) -> None:
    assert "flask" in engine.parser.parse("flask is out, so django or fastapi for the portal").excluded


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("honestly i dislike django's template language, but the team knows it well", "django"),
        ("we can't stand flask's blueprint registration, any tips for the invoicing app?", "flask"),
        ("i hate fastapi's release cadence lately", "fastapi"),
    ],
)
def test_a_dislike_of_a_frameworks_part_does_not_ban_the_framework(engine: Engine, text: str, named: str) -> None:
    assert named not in engine.parser.parse(text).excluded


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        ("we want litestar without fastapi's layers on top", "fastapi"),
        ("we hate flask, pick something else for the booking api", "flask"),
    ],
)
def test_other_bans_of_a_framework_stand(engine: Engine, text: str, banned: str) -> None:
    assert banned in engine.parser.parse(text).excluded


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the query comes back with no delay in the flask shell, but the endpoint takes seconds", "flask"),
        ("serving 800 rows through drf is slow, yet there is no lag at all inside the django shell", "django"),
    ],
)
def test_the_frameworks_own_shell_is_no_ban(engine: Engine, text: str, runs: str) -> None:
    assert runs not in engine.parser.parse(text).excluded


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the volunteer portal is django templates plus some jquery; should we add vue?", "django"),
        ("our partner api is flask blueprints glued together by one of the founders", "flask"),
    ],
)
def test_a_system_built_of_a_frameworks_parts_runs_it(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("today we continue the flask to fastapi port with the billing routes", "fastapi"),
        ("this sprint wraps up the django to litestar migration, only the reports module is left", "litestar"),
    ],
)
def test_a_named_move_carried_on_is_under_way(engine: Engine, text: str, target: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.migration_underway
    assert target in parsed.targets
    assert first_pick(engine, text) == target


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("each billing api pod (django) pins a cpu at night; more gunicorn workers?", "django"),
        ("the ingest containers (flask) restart every few hours", "flask"),
    ],
)
def test_a_deployment_unit_named_with_its_framework_runs_it(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs
