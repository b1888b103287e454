"""Review of round 21's situation readings with look-alikes (bench/eval/dev/probes_r21_revB.yaml): a batch acted on
at once is no crowd, records crunched a second are no request rate, a head count the message gives its own team is
not replaced by the other system's, a dashboard said as internal still takes its kind from data words, a dismissed
matter's 'handled in …' tail goes with it, and a framework's benchmark reply rate is no load."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.reading.loads import figure_owner, needs_from_numbers
from tests.talk import first_pick, wanted
from tests.talk import negated_by_id as _read


@pytest.mark.parametrize(
    "said",
    [
        "internal stock tool for 6 warehouse staff: they must bulk-edit thousands at once in the admin",
        "support leads approve tens of thousands at once from the review queue in the admin",
    ],
)
def test_a_batch_acted_on_at_once_is_no_crowd(engine: Engine, said: str) -> None:
    assert "high-concurrency" not in wanted(engine, said)


def test_clients_arriving_at_once_still_a_crowd(engine: Engine) -> None:
    assert "high-concurrency" in _read(engine, "at the final whistle tens of thousands at once reload the score")


def test_records_crunched_a_second_are_no_request_rate(engine: Engine) -> None:
    found = needs_from_numbers("the batch job crunches 50k records a second", None, None, engine.kb.vocabulary)
    assert not [f for f in found if f[0] == "high-concurrency"]


def test_a_framework_answering_in_a_benchmark_is_its_figure(engine: Engine) -> None:
    vocab = engine.kb.vocabulary
    owner = figure_owner(["flask", "fastapi", "django"], vocab.figure_links, tuple(vocab.figure_ours))
    said = "in my benchmark flask answered 4000 times a second"
    assert not needs_from_numbers(said, None, None, vocab, figure_owner=owner)


def test_own_head_count_beats_the_same_org_other_system(engine: Engine) -> None:
    said = (
        "the legacy django app has 60 engineers on it. new service, same org, but only 2 of us build it: "
        "a small async webhook receiver"
    )
    read = _read(engine, said)
    assert "large-team" not in read and "small-team" in read


def test_same_org_without_own_count_keeps_the_other_head_count(engine: Engine) -> None:
    said = "our old flask monolith turned into spaghetti once ~30 devs were in it. new product starting now, same org"
    assert "large-team" in _read(engine, said)


def test_an_analysts_internal_dashboard_is_a_data_dashboard(engine: Engine) -> None:
    said = "i'm an analyst with pandas forecasts in a notebook and want a small internal dashboard for my team"
    assert first_pick(engine, said) == "flask"


def test_a_dismissed_matter_handled_elsewhere_is_cut_whole(engine: Engine) -> None:
    said = (
        "we need a websocket feed for 10k live users, the admin for staff is a separate issue handled in the old "
        "django app"
    )
    read = _read(engine, said)
    assert "admin-panel" not in read
    assert first_pick(engine, said) == "fastapi"
