"""What a thing of ours runs, said with a definite subject and a run verb ("the clinic runs django", "the depot
uses flask for its rota app"), and the subjects that own nothing of ours (a book, a proposal, another company)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("The clinic runs Django.", "django"),
        ("the depot uses flask for its rota app, 3 devs", "flask"),
        ("My employer runs FastAPI. we need a second service for exports", "fastapi"),
        ("the print shop uses django and wants a json api for the till", "django"),
    ],
)
def test_a_definite_subject_running_a_framework_is_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


@pytest.mark.parametrize(
    "text",
    [
        "the handbook uses flask for every example",
        "The proposal uses FastAPI.",
        "Spotify runs django, apparently",
        "the new clinic would use django",
    ],
)
def test_a_subject_that_is_not_ours_runs_nothing_of_ours(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("the flask rss poller we wrote breaks on big feeds", "flask"),
        ("our django intranet needs an api for the kiosk", "django"),
        ("the Flask pdf exporter takes 20s per report", "flask"),
        ("the django crm for the sales team is getting slow", "django"),
    ],
)
def test_a_framework_before_a_kind_of_system_names_what_runs(engine: Engine, text: str, runs: str) -> None:
    assert engine.parser.parse(text).current == runs


def test_a_kind_of_system_still_to_be_built_runs_nothing(engine: Engine) -> None:
    assert engine.parser.parse("we want to build a crm in django or flask").current is None


def test_everything_here_is_the_estate_that_runs(engine: Engine) -> None:
    assert engine.parser.parse("everything here is litestar; the next service is a tiny csv importer").current == (
        "litestar"
    )
