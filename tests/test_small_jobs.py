"""Small or short-lived jobs (requirements.yaml `tempers`): a big framework's batteries and an API-first
framework's extras gain them one point at most, so a login, a form or "no ui" does not outvote the job's size;
and needs said in their own negated words ("no magic") are not negated again by a negation before them."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base.loader import KnowledgeBaseError, load_knowledge_base
from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _pick(engine: Engine, text: str) -> tuple[str | None, tuple[str, ...]]:
    rec = Conversation(engine).turn(text).advice.recommendation
    return (rec.framework, rec.also) if rec else (None, ())


def _needs(engine: Engine, text: str) -> dict[str, bool]:
    return {m.id: m.negated for m in engine.parser.parse(text).requirements}


@pytest.mark.parametrize(
    "text",
    [
        "a disposable rsvp form with sign up for the office party, deleted once the party is over",
        "a tiny one-off app with a sign-in so the choir can book rehearsal slots this term",
    ],
)
def test_a_throwaway_job_with_a_login_goes_to_the_minimal_framework(engine: Engine, text: str) -> None:
    assert _pick(engine, text)[0] == "flask"


def test_a_job_denied_a_long_life_caps_the_forms_gain(engine: Engine) -> None:
    pick, _ = _pick(engine, "not meant to be long-lived: a pilot collecting questionnaire answers from a dozen nurses")
    assert pick == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "no frontend, no swagger, no pydantic needed. it's a one-off ping endpoint so the monitoring stops paging",
        "a tiny service that syncs rows from the crm into billing. no ui, nobody outside the team will call it",
    ],
)
def test_a_small_api_with_no_product_behind_it_goes_to_flask(engine: Engine, text: str) -> None:
    assert _pick(engine, text)[0] == "flask"


def test_the_cap_names_its_reason_and_sources(engine: Engine) -> None:
    advice = Conversation(engine).turn("a throwaway form with logins for a bake sale").advice
    django = next(s for s in advice.ranking if s.framework == "django")
    auth = next(c for c in django.contributions if c.requirement == "user-auth")
    assert auth.weight == 1
    assert any(c.section == "Decision matrix" for c in auth.citations)


def test_a_deadline_in_weeks_is_no_short_job(engine: Engine) -> None:
    # "six weeks" is how long the build takes, not how long the app lives: logins keep their full weight
    advice = Conversation(engine).turn("two devs, six weeks: member accounts with roles for our club's site").advice
    django = next(s for s in advice.ranking if s.framework == "django")
    assert next(c for c in django.contributions if c.requirement == "user-auth").weight == 2


def test_a_small_start_said_to_become_the_product_is_not_capped(engine: Engine) -> None:
    pick, _ = _pick(engine, "our throwaway demo is turning into the actual product now - user accounts, billing, teams")
    assert pick == "django"


def test_a_small_internal_page_of_charts_goes_to_flask(engine: Engine) -> None:
    assert _needs(engine, "a small internal page with charts of the nightly build times")["small-scope"] is False
    assert _pick(engine, "a small internal page with charts of the nightly build times")[0] == "flask"


def test_a_panel_named_for_a_staff_role_is_an_admin(engine: Engine) -> None:
    text = "school project: a gym booking site where members log in and a receptionist has a staff panel for classes"
    assert _needs(engine, text)["admin-panel"] is False
    assert _pick(engine, text)[0] == "django"


def test_in_draft_form_is_no_form_to_fill_in(engine: Engine) -> None:
    assert "forms-crud" not in _needs(engine, "the spec is still in draft form; we need a page of plotly charts")


def test_a_need_in_its_own_negated_words_is_not_negated_again(engine: Engine) -> None:
    needs = _needs(engine, "nothing bloated and no magic, please")
    assert needs["flexibility"] is False
    needs = _needs(engine, "it's for a class assignment; i must understand every single part, nothing heavy")
    assert needs["flexibility"] is False and needs["easy-learning"] is False


def test_a_tempering_naming_an_unknown_need_is_refused(kb_copy: Path) -> None:
    path = kb_copy / "requirements.yaml"
    text = path.read_text()
    path.write_text(text.replace("unless: [large-app, long-horizon, admin-panel]", "unless: [large-app, no-such-need]"))
    with pytest.raises(KnowledgeBaseError, match="no-such-need"):
        load_knowledge_base(kb_copy)
