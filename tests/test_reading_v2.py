"""Understanding v2: the lexicon, stems, shorthand, the fuzzy floor, numbers, and incumbents said in passing."""

from __future__ import annotations

import pytest

from knowledge.base.text import phrase_words
from knowledge.engine import Engine


def test_every_lexicon_term_reads_as_its_concept(engine: Engine) -> None:
    """Each concept's own test: every term, alone and in a sentence, yields the needs the concept implies."""
    failures = []
    for concept in engine.kb.concepts.values():
        for term in concept.terms:
            for text in (term, f"we need something for {term} next quarter"):
                found = {m.id: m for m in engine.parser.parse(text).requirements}
                # a concept implying nothing ("a third-party cms") reads as the needs it hands off
                expected = concept.implies or concept.hands_off
                if not set(expected) <= set(found) or found[expected[0]].via != concept.label:
                    failures.append(f"{concept.id}: {text!r} -> {sorted(found)}")
    assert not failures, "\n".join(failures[:20])


def test_lexicon_terms_show_the_words_that_produced_them(engine: Engine) -> None:
    mention = next(m for m in engine.parser.parse("json api for our react native app").requirements if m.via)
    assert mention.reading.startswith("react native → ") and not mention.fuzzy


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("receiving webhooks from github", "webhooks"),  # plural and -ing need no entries of their own
        ("serving predictions", "ml-serving"),
        ("user mgmt and reqs are clear", "user-auth"),  # shorthand
        ("realtime msgs", "realtime"),
    ],
)
def test_stems_and_shorthand(engine: Engine, text: str, need: str) -> None:
    assert need in {m.id for m in engine.parser.parse(text).requirements}


def test_fuzzy_matches_need_length_and_are_marked_weak(engine: Engine) -> None:
    parsed = engine.parser.parse("we need websokets")
    ws = next(m for m in parsed.requirements if m.id == "realtime" and m.text == "websokets")
    assert ws.fuzzy and ("websokets", "websockets") in parsed.corrections
    # Short tokens are never typo-corrected into needs: a three-letter acronym stays unknown.
    for text in ("the kpi report", "our sla is fine", "ops on call rota"):
        assert not any(m.fuzzy for m in engine.parser.parse(text).requirements)


def test_one_fuzzy_signal_never_gives_more_than_low_confidence(engine: Engine) -> None:
    advice = engine.ask("machne lerning inferense")
    assert advice.recommendation is None or advice.recommendation.confidence == "low"


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("we expect 50k req/s at peak", "high-concurrency"),
        ("about 2000 requests per second", "high-concurrency"),
        ("p99 below 40 ms", "low-latency"),
        ("latency budget of 25ms", "low-latency"),
    ],
)
def test_numbers_carry_needs(engine: Engine, text: str, need: str) -> None:
    assert need in {m.id for m in engine.parser.parse(text).requirements}


def test_small_numbers_do_not(engine: Engine) -> None:
    ids = {
        m.id for m in engine.parser.parse("we're at 20 req/s and the ticket is JIRA-4521").requirements if not m.negated
    }
    assert "high-concurrency" not in ids and "large-team" not in ids


def test_years_team_and_horizon_phrasings(engine: Engine) -> None:
    assert engine.parser.parse("it lives until the contract ends in 2099").horizon_years
    assert engine.parser.parse("two of us on it").team_size == 2


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("our django monolith needs a mobile api", "django"),
        ("the flask app from 2019 is getting slow", "flask"),
        ("legacy django 3 codebase, what now", "django"),
        ("we've been on flask for years", "flask"),
        ("torn between django-ninja and DRF for the api", "django"),
    ],
)
def test_current_framework_said_in_passing(engine: Engine, text: str, current: str) -> None:
    assert engine.parser.parse(text).current == current


@pytest.mark.parametrize("text", ["should we build a new flask app or a fastapi app?", "is flask or django better"])
def test_naming_a_framework_is_not_running_it(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


def test_rewrites_apply_to_whole_words_only(engine: Engine) -> None:
    assert phrase_words("w/o an admin", engine.kb.vocabulary.rewrites) == ("without", "an", "admin")
    assert "without" not in phrase_words("show/o", engine.kb.vocabulary.rewrites)


def test_a_thread_keeps_the_words_each_need_was_read_from(engine: Engine) -> None:
    from knowledge.reasoning.conversation import Conversation
    from knowledge.reasoning.thread_state import ConversationState

    conversation = Conversation(engine)
    conversation.turn("json api for our react native app")
    conversation.turn("also websokets")
    restored = Conversation(engine, ConversationState.from_json(conversation.state.to_json()))
    readings = {m.id: m for m in restored.query().requirements}
    assert readings["spa-backend"].reading.startswith("react native → mobile client of an API")
    assert readings["realtime"].fuzzy and readings["realtime"].text == "websokets"


def test_a_long_paste_has_a_typo_search_budget_and_later_messages_still_repair(engine: Engine) -> None:
    from knowledge.base.loader import load_knowledge_base
    from knowledge.engine import Engine as FreshEngine

    fresh = FreshEngine(load_knowledge_base())  # its own caches
    filler = " ".join(f"zqwx{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}yy" for i in range(300))
    fresh.parser.parse(filler + " websokets")
    assert fresh.parser.index.typos.fuzzy_budget == 0  # 300 unknown words, 96 searches, then no more
    parsed = fresh.parser.parse("websokets please")
    assert ("websokets", "websockets") in parsed.corrections  # not cached as unknown by the budgeted paste


@pytest.mark.parametrize(
    ("text", "not_read_as"),
    [
        ("a glue service between our CRM and billing", {"large-app", "saas-product"}),  # integrating is not building
        ("barely any javascript", {"flexibility"}),  # "barely" stems to "bare"
        ("one page and one form to collect emails", {"forms-crud"}),  # a single form is a small thing
    ],
)
def test_ambiguous_words_do_not_invent_needs(engine: Engine, text: str, not_read_as: set[str]) -> None:
    assert not not_read_as & {m.id for m in engine.parser.parse(text).requirements}


@pytest.mark.parametrize("text", ["team knows flask well but not async", "avoid async, nobody here has written it"])
def test_an_exclusion_cue_before_a_need_negates_it(engine: Engine, text: str) -> None:
    found = {m.id: m for m in engine.parser.parse(text).requirements}
    assert found["async"].negated


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("payroll tool on django, twelve screens, it works", "django"),
        ("the inventory service (flask): should we add typing?", "flask"),
        ("our crm is flask with flask-login and flask-wtf", "flask"),
    ],
)
def test_a_thing_of_ours_on_or_beside_a_framework_names_what_runs(engine: Engine, text: str, current: str) -> None:
    assert engine.parser.parse(text).current == current


@pytest.mark.parametrize(
    "text",
    ["we want to build a new app on flask for invoices", "a fresh service (fastapi) for the partner feed"],
)
def test_a_new_thing_on_a_framework_is_still_to_be_built(engine: Engine, text: str) -> None:
    assert engine.parser.parse(text).current is None


def test_a_move_to_a_frameworks_own_package_keeps_the_framework(engine: Engine) -> None:
    parsed = engine.parser.parse("we are moving our swagger docs to flask-apispec")
    assert parsed.current == "flask" and not parsed.targets
    assert ("flask", "api-docs") in parsed.extension_needs


def test_a_framework_likeness_is_not_a_package(engine: Engine) -> None:
    parsed = engine.parser.parse("our flask codebase needs async; is there a flask-style async option?")
    assert parsed.current == "flask" and ("flask", "async") not in parsed.extension_needs


@pytest.mark.parametrize(
    ("text", "not_read_as"),
    [
        ("the ml squad keeps a small flask app for their notes", "ml-serving"),
        ("the security folks asked for a status page", "security"),
    ],
)
def test_a_need_word_naming_a_group_of_people_is_not_a_need(engine: Engine, text: str, not_read_as: str) -> None:
    assert not_read_as not in {m.id for m in engine.parser.parse(text).requirements}


def test_a_group_named_by_a_need_still_states_that_need_elsewhere(engine: Engine) -> None:
    assert "ml-serving" in {m.id for m in engine.parser.parse("the ml team needs to serve an ml model").requirements}


@pytest.mark.parametrize(
    ("text", "excluded", "not_excluded"),
    [
        ("ditch django and hand-roll everything on flask", {"django"}, "flask"),
        ("no django and also no flask", {"django", "flask"}, None),
        ("except django and flask", {"django", "flask"}, None),
    ],
)
def test_a_new_action_after_a_ruled_out_framework_ends_the_list(
    engine: Engine, text: str, excluded: set[str], not_excluded: str | None
) -> None:
    parsed = engine.parser.parse(text)
    assert excluded <= set(parsed.excluded) and not_excluded not in parsed.excluded


def test_never_having_heard_of_something_negates_nothing(engine: Engine) -> None:
    parsed = engine.parser.parse("a colleague suggested wagtail for our magazine; i had never heard of wagtail")
    assert all(not m.negated for m in parsed.requirements if m.id == "content-site")
    assert "content-site" in {m.id for m in parsed.requirements}


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ("a fraud score endpoint, used by the payments service", "the payments service"),
        ("a pricing model that gets called from our storefront app", "our storefront app"),
    ],
)
def test_the_system_that_calls_this_one_is_not_what_is_built(engine: Engine, text: str, caller: str) -> None:
    callers_needs = {m.id for m in engine.parser.parse(caller).requirements}
    assert callers_needs and not callers_needs & {m.id for m in engine.parser.parse(text).requirements}


def test_the_organisations_framework_is_known_not_this_codebase(engine: Engine) -> None:
    parsed = engine.parser.parse("a small webhook relay; the wider company is a flask shop")
    assert parsed.current is None and "flask" in parsed.known


def test_the_rest_of_something_is_not_a_rest_api(engine: Engine) -> None:
    assert "rest-api" not in {m.id for m in engine.parser.parse("the rest of the team is on holiday").requirements}
    assert "rest-api" in {m.id for m in engine.parser.parse("a rest api for orders").requirements}


@pytest.mark.parametrize("text", ["it is all in the requirements doc", "see the design document for the flows"])
def test_a_planning_document_is_not_api_docs(engine: Engine, text: str) -> None:
    assert "api-docs" not in {m.id for m in engine.parser.parse(text).requirements}


def test_reading_the_manuals_and_predictable_behaviour_are_no_needs(engine: Engine) -> None:
    """How the asker chose ('after reading the docs') is no need for API docs; 'predictable' is no model serving."""
    ids = {m.id for m in engine.parser.parse("after reading the docs of both, we picked one").requirements}
    assert "api-docs" not in ids
    ids = {m.id for m in engine.parser.parse("we want predictable behaviour and low cost").requirements}
    assert "ml-serving" not in ids
    assert "ml-serving" in {m.id for m in engine.parser.parse("a service that returns predictions").requirements}


def test_a_frameworks_part_appraised_is_said_of_it_not_asked_for(engine: Engine) -> None:
    """'litestar's docs look thin' judges Litestar; 'we need docs' and 'django's admin' (unjudged) still ask."""
    ids = {m.id for m in engine.parser.parse("litestar's docs look thin, and we care about stability").requirements}
    assert "api-docs" not in ids and "ecosystem" in ids
    assert "admin-panel" in {m.id for m in engine.parser.parse("we want django's admin for the ops team").requirements}


def test_a_names_hyphen_joined_need_word_is_part_of_the_name(engine: Engine) -> None:
    """'zorbly-ai needs …' names a project; 'non-blocking' and 'five-page' are compounds that still read."""
    ids = {
        m.id
        for m in engine.parser.parse("zorbly-ai needs to leave flask for a more production-grade setup").requirements
    }
    assert "ml-serving" not in ids
    assert "ml-serving" in {m.id for m in engine.parser.parse("we serve an ai model to customers").requirements}
    assert "async" in {m.id for m in engine.parser.parse("we want non-blocking io").requirements}
