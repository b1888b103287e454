"""Moves reported made, decided or under way in other words: what ran, where it went, and that it is under way."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("text", "current", "target"),
    [
        # progress said in a later clause than the move
        (
            "we have refactored our quart service onto litestar; the merge went in yesterday, pr merged",
            "quart",
            "litestar",
        ),
        # "no longer uses": what ran; the merged pull request moves it
        ("the billing repo no longer uses django. the pull request porting it to flask got merged", "django", "flask"),
        # a replace verb said by the team, the replaced framework's thing between
        ("we are replacing the flask dashboard with the django one, staging first", "flask", "django"),
        # a decision reported, then the fresh thing said to be the destination
        ("the decision to migrate off our sanic api is made. the new api is fastapi on postgres", "sanic", "fastapi"),
        # "about" after the destination is no infinitive's topic
        ("the move of our bottle app to flask is about 70% done", "bottle", "flask"),
        # a negation before a reported move does not reach into it
        ("we already dropped marshmallow and are midway through moving our django app to fastapi", "django", "fastapi"),
    ],
)
def test_move_reported_done_or_under_way(engine: Engine, text: str, current: str, target: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current == current
    assert target in parsed.targets
    assert target not in parsed.excluded
    assert parsed.migration_underway


def test_replacing_it_with_keeps_the_asker_move(engine: Engine) -> None:
    parsed = engine.parser.parse("the portal was built on quart; im replacing it with django.")
    assert (parsed.current, parsed.targets, parsed.migration_underway) == ("quart", ("django",), True)


@pytest.mark.parametrize(
    "text",
    [
        "our tool runs on an in-house framework; we are moving to a well known framework such as flask",
        "the portal sits on a homegrown framework. we are moving to something boring and proven — flask.",
    ],
)
def test_destination_given_as_an_example_or_after_a_dash(engine: Engine, text: str) -> None:
    assert "flask" in engine.parser.parse(text).targets


def test_a_bare_to_does_not_carry_a_destination(engine: Engine) -> None:
    assert engine.parser.parse("we need to ship fast. django or flask?").targets == ()
