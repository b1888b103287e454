"""A thing described and then said to be all there is ("… posts a digest to slack. that's it") is a small,
single-purpose service, the seeds' Flask corner (003 "When each wins > Flask wins"; 001 "Recommended framework by
project type"). Said with no thing built beside it ("which framework? that's it"), the closer sizes nothing, and a
'that it' clause ("it must be python") is no closer at all."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick


def _ids(engine: Engine, text: str) -> set[str]:
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


@pytest.mark.parametrize(
    "text",
    [
        "a worker that pulls the exchange rates every morning and stores them. thats it",
        "endpoint returning the parking lot occupancy, that's literally it",
        "cron job that archives old invoices to glacier, that's all it does",
        "mini service telling the front desk which badge printer is jammed",
    ],
)
def test_a_thing_closed_as_all_there_is_is_small(engine: Engine, text: str) -> None:
    assert "small-scope" in _ids(engine, text)
    assert first_pick(engine, text) in {"flask", "fastapi"}


@pytest.mark.parametrize(
    "text",
    [
        "python web framework for us? that's it, that's my whole question",
        "ok that's it, we pick one today: django, flask or fastapi",
        "all the client asked is that it must run on python 3.12. what should we propose?",
    ],
)
def test_a_closer_with_no_thing_built_sizes_nothing(engine: Engine, text: str) -> None:
    assert "small-scope" not in _ids(engine, text)
    assert first_pick(engine, text) is None


def test_the_first_cut_of_a_growing_app_is_not_small(engine: Engine) -> None:
    text = "staff portal: holiday requests and an approvals admin. that's it for release one, more modules next year"
    assert "small-scope" not in _ids(engine, text)
