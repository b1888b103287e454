"""Wordings that point at something said elsewhere or said another way: a negation after a list that refers back
to it ('… = none of that'), a ban said with a verb of forbidding, 'rather than' setting a need aside, 'its'
standing for the framework just named, spelled counts inside a phrase, 'website' for 'site', a framework being
learned, and a choice asked with 'should we use'."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def _read(engine: Engine, text: str) -> tuple[set[str], set[str]]:
    """The needs read as wanted and those read as not wanted."""
    requirements = engine.ask(text).query.requirements
    return {r.id for r in requirements if not r.negated}, {r.id for r in requirements if r.negated}


@pytest.mark.parametrize(
    "text",
    [
        "json only for the partner integration. server side html (templates, forms) = we want none of that",
        "we ship a rest api. templates, forms and sessions: dont need any of it",
    ],
)
def test_a_negation_pointing_back_reaches_the_list_before_it(engine: Engine, text: str) -> None:
    wanted, unwanted = _read(engine, text)
    assert {"server-rendered", "forms-crud"} <= unwanted
    assert not {"server-rendered", "forms-crud"} & wanted


def test_a_negation_pointing_back_does_not_reach_another_sentence(engine: Engine) -> None:
    wanted, _ = _read(engine, "we need a few forms. the old portal had reports: nobody used any of it")
    assert "forms-crud" in wanted


@pytest.mark.parametrize(
    "text",
    [
        "compliance has prohibited any admin panel reachable from outside the office",
        "our ciso forbids an admin backoffice on a public host",
    ],
)
def test_a_verb_of_forbidding_negates_what_follows(engine: Engine, text: str) -> None:
    wanted, unwanted = _read(engine, text)
    assert "admin-panel" in unwanted and "admin-panel" not in wanted


def test_rather_than_sets_a_need_aside(engine: Engine) -> None:
    wanted, unwanted = _read(engine, "one monolith rather than a set of microservices, with a staff admin")
    assert "microservice" in unwanted and "admin-panel" in wanted


def test_rather_than_between_ways_of_one_need_keeps_it(engine: Engine) -> None:
    wanted, _ = _read(engine, "the dashboard updates over server sent events rather than websockets")
    assert "realtime" in wanted


def test_instead_of_a_framework_compares_it_without_ruling_it_out(engine: Engine) -> None:
    advice = engine.ask("is quart worth it instead of flask for our internal api?")
    assert "flask" not in advice.query.excluded


@pytest.mark.parametrize(
    "text",
    [
        "we know flask well, but its extensions and admin look like overkill for a two-route service",
        "i did a course on django. for this small tool its admin and templates seem excessive",
    ],
)
def test_its_stands_for_the_framework_named_last(engine: Engine, text: str) -> None:
    _, unwanted = _read(engine, text)
    assert "admin-panel" in unwanted


def test_its_with_no_framework_named_owns_nothing(engine: Engine) -> None:
    wanted, _ = _read(engine, "the shop and its admin are busy, we need an admin panel for staff")
    assert "admin-panel" in wanted


def test_a_spelled_count_inside_a_phrase_is_skipped_like_digits(engine: Engine) -> None:
    wanted, _ = _read(engine, "our analysts have to serve four models to the mobile team")
    assert "ml-serving" in wanted


def test_website_reads_as_site(engine: Engine) -> None:
    wanted, _ = _read(engine, "it is basically a portfolio website for my photos")
    assert "content-site" in wanted


def test_work_done_in_a_separate_job_is_not_asked_of_the_web_app(engine: Engine) -> None:
    _, unwanted = _read(engine, "a tiny upload page. the inference happens in a separate worker overnight")
    assert "ml-serving" in unwanted


def test_a_disposable_single_page_is_small_and_short_lived(engine: Engine) -> None:
    wanted, _ = _read(engine, "it's disposable: a single page with one upload form")
    assert {"short-horizon", "small-scope"} <= wanted


def test_learning_a_framework_is_not_a_need_for_an_easy_one(engine: Engine) -> None:
    wanted, _ = _read(engine, "i am learning flask in the evenings and need a json api for my app")
    assert "easy-learning" not in wanted


def test_should_we_use_asks_a_choice_not_what_runs(engine: Engine) -> None:
    advice = engine.ask("we need forms and a staff admin. should we use django or flask?")
    assert advice.query.current is None
