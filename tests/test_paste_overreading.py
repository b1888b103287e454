"""Words in a pasted paragraph that said more than they mean: an adverb read as its adjective ('explicitly'), one
squad read as a big org, a missing requirement read as a felt lack, 'consumers' of an api read as a queue's, a
colleague's wish read as what runs, and a colleague's pitch of a side service read as the team's plan."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _read(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> wanted (True) or negated (False)."""
    return {r.id: not r.negated for r in engine.ask(text).query.requirements}


@pytest.mark.parametrize(
    "text",
    [
        "the auditors explicitly asked for an export of every change",
        "legal explicitly said the data stays in the eu",
        "the designers were explicitly told to keep the old look",
    ],
)
def test_the_adverb_explicitly_is_no_wish_for_full_control(engine: Engine, text: str) -> None:
    assert "flexibility" not in _read(engine, text)


def test_the_adjective_explicit_still_asks_for_control(engine: Engine) -> None:
    assert _read(engine, "we like small and explicit code where we choose each piece").get("flexibility") is True


@pytest.mark.parametrize(
    "text",
    [
        "my squad owns the invoice exporter",
        "the payments squad will maintain it",
        "one squad of four people builds this",
    ],
)
def test_one_squad_is_not_a_large_team(engine: Engine, text: str) -> None:
    assert "large-team" not in _read(engine, text)


def test_many_squads_still_make_a_large_team(engine: Engine) -> None:
    assert _read(engine, "several squads will commit to the same codebase").get("large-team") is True


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("there is no async requirement, and the team is tiny", "async"),
        ("there's no realtime need, and our users are happy with a refresh", "realtime"),
        ("we have no admin requirement and the ops people use sql", "admin-panel"),
    ],
)
def test_a_missing_requirement_is_declined_not_felt(engine: Engine, text: str, need: str) -> None:
    assert _read(engine, text).get(need) is False


def test_a_missing_thing_with_a_pain_is_still_wanted(engine: Engine) -> None:
    assert _read(engine, "there are no api docs and integrators keep guessing the fields").get("api-docs") is True


@pytest.mark.parametrize(
    "text",
    [
        "a read-only api for the finance dashboards; its consumers only want plain json",
        "the consumers of this endpoint are two internal reports",
    ],
)
def test_api_consumers_alone_are_no_event_system(engine: Engine, text: str) -> None:
    said = [r for r in engine.ask(text).query.requirements if r.id == "event-driven"]
    assert all(r.weak for r in said)  # a loose word: counts only beside a need that decides


@pytest.mark.parametrize(
    "text",
    [
        "Priya would rather we used Django for the new billing api",
        "Jo would rather we were using Flask on this one",
        "Marco wishes we used FastAPI here",
    ],
)
def test_a_wish_for_a_framework_is_not_what_runs(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.current is None


def test_preferring_to_stay_still_says_what_runs(engine: Engine) -> None:
    assert engine.ask("we'd rather stay on django for the admin").query.current == "django"


@pytest.mark.parametrize(
    "text",
    [
        "Our shop runs on a Django monolith with the ORM models and staff admin. The Android app now needs the "
        "same carts over json. Lena proposed spinning up a separate FastAPI service reusing the models, but "
        "that would share the database behind Django's back.",
        "The portal is an old Django app with its ORM models and the admin. Mobile clients need the orders too. "
        "Sam suggested setting up a new FastAPI service next to it that shares the database.",
    ],
)
def test_a_colleagues_side_service_pitch_is_not_the_teams_split(engine: Engine, text: str) -> None:
    assert engine.ask(text).query.beside is None


def test_the_askers_own_side_service_still_splits(engine: Engine) -> None:
    text = "We run a Django app with its ORM models. We will build a new FastAPI service reusing the Django models."
    assert engine.ask(text).query.beside == "fastapi"
