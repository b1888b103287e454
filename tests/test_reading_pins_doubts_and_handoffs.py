"""What runs read from a package pin or a stack listed by its files; a project's own needs outweighing a wish said
before them; a need whose necessity is itself asked (the answer waits on it); content handed to a third-party CMS;
"nvm X" taking back X alone; a "non-goals:" heading; a wiki page and naming conventions that are no needs."""

from __future__ import annotations

from knowledge.engine import Engine
from tests.talk import negated_by_id, turn_by_turn


def test_a_pinned_version_names_what_runs(engine: Engine) -> None:
    assert engine.parser.parse("our requirements.txt pins django~=4.2 and celery. one more report page").current == (
        "django"
    )
    # what a lookup printed, after an arrow, is what is installed, not a move to it
    parsed = engine.parser.parse("ran pip list | grep flask -> flask==3.0.2. anything worth changing?")
    assert parsed.current == "flask"
    assert not parsed.targets


def test_a_framework_listed_with_the_codebase_files_runs_there(engine: Engine) -> None:
    parsed = engine.parser.parse("main.py + some util modules, Django, two of us look after it. add one view?")
    assert parsed.current == "django"


def test_the_actual_project_outweighs_the_wish_before_but(engine: Engine) -> None:
    text = (
        "something easy for our juniors to learn would be great, but the real project is a partner api with "
        "versioned contracts"
    )
    mentions = {m.id: m for m in engine.parser.parse(text).requirements}
    assert mentions["easy-learning"].wish
    assert not mentions["public-api"].wish
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_a_doubted_need_with_a_conditional_question_asks_back(engine: Engine) -> None:
    for text in (
        "does our bot even need an admin screen? if so, which framework should host it?",
        "Is an admin back office really necessary here? If it is, Django admin or Flask-Admin?",
    ):
        advice = engine.ask(text)
        assert "admin-panel" in advice.query.doubted, text
        assert advice.recommendation is None, text
        assert advice.clarification and "needed at all" in advice.clarification
    # asked plainly, with nothing hanging on the answer, the need is still read as wanted
    assert engine.ask("do we need an admin panel for the ops staff?").recommendation is not None


def test_a_third_party_cms_hands_the_content_off(engine: Engine) -> None:
    assert negated_by_id(engine, "marketing copy lives in Storyblok, the app only reads it") == {"content-site": True}
    assert negated_by_id(engine, "editors will work in an external CMS")["content-site"] is True
    assert "content-site" not in negated_by_id(engine, "we publish content weekly")  # "content" is not "contentful"
    turns = turn_by_turn(
        engine,
        "backend for our React Native running app",
        "plus an admin so trainers can edit the training plans",
        "no wait, the plans will live in an off-the-shelf CMS. admin not needed.",
    )
    ids = {m.id for m in turns[-1].advice.query.requirements if not m.negated}
    assert "content-site" not in ids and "admin-panel" not in ids
    rec = turns[-1].advice.recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_nvm_with_an_object_takes_back_that_need_only(engine: Engine) -> None:
    turns = turn_by_turn(
        engine, "quick api for a weekend game jam", "need an admin panel", "also swagger docs", "nvm swagger"
    )
    held = {m.id for m in turns[-1].advice.query.requirements if not m.negated}
    assert "admin-panel" in held  # the last message but one is not taken back
    assert "api-docs" not in held


def test_just_a_page_with_results_is_a_narrow_job(engine: Engine) -> None:
    assert negated_by_id(engine, "honestly its just a page with the scores") == {"small-scope": False}


def test_a_non_goals_heading_rules_out_what_follows(engine: Engine) -> None:
    assert negated_by_id(engine, "Non-goals: a public API.") == {"public-api": True}


def test_a_wiki_page_on_naming_conventions_is_no_need(engine: Engine) -> None:
    assert negated_by_id(engine, "the confluence page about our coding conventions is out of date") == {}
