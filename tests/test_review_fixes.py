"""Mends from a fresh-eyes review: what runs against a choice asked, a retired service, pitch wordings, a no
answer, intended moves, negated subjects, kinds of organisation and the loader's cross-checks."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reading.phrases import says


def test_says_finds_any_cue_in_order() -> None:
    words = ["the", "upload", "keeps", "breaking", "today"]
    assert says(words, [("falls", "over"), ("keeps", "breaking")])
    assert not says(words, [("breaking", "keeps")])


def test_tuning_asked_while_weighing_two_frameworks_names_none_running(engine: Engine) -> None:
    parsed = engine.parser.parse("flask or litestar: how many gunicorn workers per core would we need?")
    assert parsed.current is None


def test_a_database_question_asking_which_framework_names_none_running(engine: Engine) -> None:
    assert engine.parser.parse("what copes best with heavy joins and slow queries, flask?").current is None


def test_one_framework_beside_a_tuned_server_still_runs(engine: Engine) -> None:
    assert engine.parser.parse("requests block on the flask dev server under load").current == "flask"
