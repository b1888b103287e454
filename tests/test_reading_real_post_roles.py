"""Real posts name several parties and frameworks in different roles: those the system serves asking for a thing,
a colleague proposing a move, a framework tried and dropped, another team's stack, a lack given as the cause of a
pain, and fragments in other languages."""

from __future__ import annotations

from knowledge.base.text import normalize
from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _pick(text: str) -> str | None:
    rec = Conversation(default_engine()).turn(text).advice.recommendation
    return rec.framework if rec else None


def _wanted(text: str) -> set[str]:
    return {m.id for m in default_engine().parser.parse(text).requirements if not m.negated}


def test_what_the_clients_keep_asking_for_is_the_teams_need() -> None:
    text = "our clients keep asking for a swagger spec of the flask service"
    assert "api-docs" in _wanted(text)


def test_a_colleague_proposing_we_switch_is_a_pitch_not_a_decision() -> None:
    text = "the codebase is django 4 with drf. our designer suggests we port all of it to fastapi. good idea?"
    assert _pick(text) == "django"
    text = "we run django with drf; the android dev proposes we switch to fastapi for the next endpoints"
    assert _pick(text) == "django"


def test_a_framework_tried_and_dropped_takes_the_framework_back_not_the_needs() -> None:
    text = "we tested flask for a streaming relay with thousands of concurrent clients and dropped it"
    parsed = default_engine().parser.parse(text)
    assert "flask" in parsed.excluded
    assert "high-concurrency" in _wanted(text)


def test_a_need_tried_and_dropped_without_a_framework_is_still_taken_back() -> None:
    assert "admin-panel" not in _wanted("we tried a homemade admin panel and dropped it. now we need a json api")


def test_a_lack_given_as_the_cause_of_a_pain_is_wanted() -> None:
    assert "typed-validation" in _wanted("our endpoints crash on bad input since nothing validates the requests")
    assert "admin-panel" not in _wanted("we need only an api because there is no admin to build")


def test_another_teams_framework_is_not_what_runs_here() -> None:
    text = "the sister team is on flask. we need a back office with roles and an admin for the finance people"
    assert default_engine().parser.parse(text).current is None
    assert _pick(text) == "django"


def test_accents_fold_and_common_non_english_terms_read_as_the_kb_words() -> None:
    assert normalize("Documentación automática") == "documentacion automatica"
    assert _pick("Queremos una herramienta interna con panel de administración y roles") == "django"
    assert _pick("Il nous faut une API publique pour les partenaires, avec documentation automatique") == "fastapi"
