"""The framework a team already runs decides first (the seeds' migration advice), with add-ons and patterns."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    "text",
    [
        "our django monolith now needs a REST API for the mobile app",
        "we run django; partners want a public API with docs",
        "existing django site, need json endpoints for a react frontend",
    ],
)
def test_django_that_needs_an_api_stays_and_adds_one(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    rec = advice.recommendation
    assert rec is not None and rec.framework == "django" and rec.confidence == "high"
    assert {a.framework for a in rec.addons} == {"django-ninja", "django-rest-framework"}
    assert advice.migration is not None and advice.migration.verdict == "avoid"  # why not a rewrite


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("our flask app works fine, cto asks if we should modernize", "flask"),
        ("flask api, we now need auto-generated openapi docs and typed schemas", "fastapi"),
        ("we're on flask and the ops team badly needs an admin panel", "django"),
    ],
)
def test_flask_moves_only_for_a_stated_need(engine: Engine, text: str, pick: str) -> None:
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == pick


def test_a_migration_under_way_is_finished(engine: Engine) -> None:
    advice = engine.ask("we're halfway through moving our flask services to fastapi, should we pause?")
    assert advice.query.migration_underway
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"
    assert advice.migration is not None and advice.migration.source == "flask"


def test_staying_put_offers_the_question_that_would_justify_moving(engine: Engine) -> None:
    advice = engine.ask("we run flask")
    assert advice.recommendation is not None and advice.recommendation.framework == "flask"
    question = advice.deciding_question
    assert question is not None and "fastapi" in {c.framework for c in question.choices}


def test_admin_plus_hot_api_names_the_seeds_split(engine: Engine) -> None:
    rec = engine.ask("public API at 20k req/s plus an admin panel for support staff").recommendation
    assert rec is not None and rec.pattern is not None
    assert {fw for fw, _ in rec.pattern.parts} == {"django", "fastapi"}


def test_an_excluded_incumbent_is_left(engine: Engine) -> None:
    rec = engine.ask("we run flask but flask is out, legal won't approve it; need websockets").recommendation
    assert rec is not None and rec.framework != "flask"


def test_one_term_is_one_piece_of_evidence(engine: Engine) -> None:
    advice = engine.ask("backend for our react native app")
    fastapi = next(s for s in advice.ranking if s.framework == "fastapi")
    from_term = [c for c in fastapi.contributions if c.requirement in {"spa-backend", "rest-api"}]
    assert len(from_term) == 1  # the term implies two needs, but votes once


def test_add_ons_cover_the_needs_they_answer(engine: Engine) -> None:
    advice = engine.ask("a content site for editors, plus a json api")
    django = next(s for s in advice.ranking if s.framework == "django")
    covered = next(c for c in django.contributions if c.requirement == "rest-api")
    assert covered.weight == 0 and covered.reason.startswith("Covered by django-ninja or Django REST Framework")


def test_why_not_mid_thread_leaves_the_requirements_alone(engine: Engine) -> None:
    from knowledge.reasoning.conversation import Conversation

    conversation = Conversation(engine)
    first = conversation.turn("content site with an admin for editors")
    before = dict(conversation.state.requirements)
    turn = conversation.turn("why not flask, it's smaller?")
    assert turn.intent == "why-not" and conversation.state.requirements == before
    assert turn.advice.recommendation and first.advice.recommendation
    assert turn.advice.recommendation.framework == first.advice.recommendation.framework


def test_a_ruled_out_winner_gets_its_stand_in(engine: Engine) -> None:
    advice = engine.ask("fastapi is off the table. we need async, typed schemas and openapi docs for a partner api")
    rec = advice.recommendation
    assert rec is not None and rec.framework == "litestar" and rec.confidence != "high"
    assert "fastapi" in advice.excluded


def test_a_stand_in_is_only_named_when_the_rest_still_fits(engine: Engine) -> None:
    advice = engine.ask("anything but fastapi: an admin panel for a content site with a small json api")
    assert advice.recommendation is not None and advice.recommendation.framework == "django"
    assert "litestar" in {a.framework for a in advice.alternatives}


@pytest.mark.parametrize(
    "text",
    [
        "our flask app works fine; the new hire keeps pushing fastapi because it's the fastest",
        "someone suggested porting our flask service to fastapi for perf. worth it?",
    ],
)
def test_a_third_partys_pitch_is_not_the_teams_need(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert advice.query.current == "flask" and "fastapi" in advice.query.targets
    assert advice.recommendation is not None and advice.recommendation.framework == "flask"
    assert not {r.id for r in advice.requirements} & {"low-latency", "high-concurrency"}


def test_a_need_is_dropped_by_the_words_it_was_said_in(engine: Engine) -> None:
    from knowledge.reasoning.conversation import Conversation

    conversation = Conversation(engine)
    conversation.turn("b2b saas with roles, and we serve a model for predictions")
    assert "ml-serving" in conversation.state.requirements
    turn = conversation.turn("scratch the model, a vendor does it now")
    assert "ml-serving" not in conversation.state.requirements and turn.intent != "clarify"
    assert "saas-product" in conversation.state.requirements  # the rest of the thread still counts


def test_a_low_request_rate_counts_against_high_concurrency(engine: Engine) -> None:
    found = {m.id: m for m in engine.parser.parse("load is modest, ~20 rps").requirements}
    assert found["high-concurrency"].negated and "low-latency" not in found


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("our starlette service has run for years and the team is happy with it", "starlette"),
        ("we run litestar in production, works fine, three people on it", "litestar"),
        ("our quart app has no problems; should we rewrite?", "quart"),
        ("legacy sanic api, the only person who knows it just quit and we can't hire for it", "fastapi"),
        ("our current litestar backend: nobody knows it any more and it is hard to staff", "fastapi"),
        ("we inherited a sanic codebase, anything to change?", "fastapi"),
    ],
)
def test_a_less_common_framework_stays_while_it_works_and_moves_when_it_cannot_be_staffed(
    engine: Engine, text: str, pick: str
) -> None:
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == pick


@pytest.mark.parametrize(
    "text",
    [
        "our django monolith: the data science team needs to serve a trained classifier to the app",
        "we run django; now a payment provider sends webhooks in bursts of thousands per second",
    ],
)
def test_model_serving_or_webhook_bursts_beside_django_get_a_fastapi_service(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    rec = advice.recommendation
    assert advice.query.current == "django"
    assert rec is not None and rec.framework == "fastapi" and "separate FastAPI service" in rec.reasons[0].label


def test_async_calls_to_a_hosted_model_stay_inside_django(engine: Engine) -> None:
    rec = engine.ask("our django app needs a few async views that call an llm api").recommendation
    assert rec is not None and rec.framework == "django"


def test_a_framework_shop_runs_that_framework_and_is_not_a_store(engine: Engine) -> None:
    parsed = engine.parser.parse("we are a flask shop with four engineers")
    assert parsed.current == "flask" and "ecommerce" not in {r.id for r in parsed.requirements}


def test_a_webhook_receiver_with_sale_day_peaks_beside_the_django_site(engine: Engine) -> None:
    from knowledge.reasoning.conversation import Conversation

    conversation = Conversation(engine)
    conversation.turn("an endpoint that takes payment webhooks; traffic jumps on sales days")
    turn = conversation.turn("the boss says django because our main site is django")
    assert conversation.state.current == "django"
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "fastapi"


def test_a_full_application_that_also_needs_an_api_keeps_its_home_framework(engine: Engine) -> None:
    from knowledge.reasoning.conversation import Conversation

    conversation = Conversation(engine)
    conversation.turn("a recipe blog with a cms for our writers")
    turn = conversation.turn("and later an api so the android app can read the recipes")
    rec = turn.advice.recommendation
    assert rec is not None and rec.framework == "django" and not rec.also
    assert {a.framework for a in rec.addons} == {"django-ninja", "django-rest-framework"}


def test_an_api_that_is_the_product_is_not_pulled_to_django(engine: Engine) -> None:
    rec = engine.ask("a typed json api for our android app, mostly crud").recommendation
    assert rec is not None and rec.framework != "django"


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("our old pyramid site: the port to django is in progress, should we carry on?", "django"),
        ("we have decided to move our flask api to fastapi, any objections?", "fastapi"),
    ],
)
def test_a_migration_decided_or_under_way_is_finished(engine: Engine, text: str, pick: str) -> None:
    advice = engine.ask(text)
    assert advice.query.migration_underway
    assert advice.recommendation is not None and advice.recommendation.framework == pick


def test_switching_halfway_through_a_project_is_not_a_migration_under_way(engine: Engine) -> None:
    assert not engine.parser.parse("started a blog in flask, tempted to switch to fastapi halfway").migration_underway


def test_a_dash_ends_a_clause(engine: Engine) -> None:
    assert engine.parser.parse("short question — flask app with two routes on a lambda").current == "flask"


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("the billing tool is django; it now needs to push invoices to a partner", "django"),
        ("our signage server is flask, want to add a small json feed", "flask"),
        ("the booking site is built in flask and needs a json endpoint", "flask"),
        ("four of us on a django marketplace, want a partner api", "django"),
        ("time to move the chat bit off flask?", "flask"),
    ],
)
def test_a_thing_of_ours_said_to_be_a_framework_is_what_runs(engine: Engine, text: str, current: str) -> None:
    assert engine.parser.parse(text).current == current


def test_a_habit_is_what_the_team_knows_not_this_codebase(engine: Engine) -> None:
    query = engine.parser.parse("we're a consultancy, every project is django. this one is a tiny proxy")
    assert query.current is None and "django" in query.known


def test_a_question_that_names_the_pick_does_not_make_it_current(engine: Engine) -> None:
    assert engine.parser.parse("the best choice for a chat api is fastapi?").current is None


def test_an_agreed_migration_is_under_way(engine: Engine) -> None:
    advice = engine.ask("we have agreed to move the orders api off flask to fastapi, any blockers?")
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "our django shop needs a partner api. ninja or a separate new service?",
        "existing django intranet, we need json endpoints: a fresh service or drf?",
    ],
)
def test_an_option_offered_beside_a_framework_is_not_a_stated_need(engine: Engine, text: str) -> None:
    query = engine.parser.parse(text)
    assert "greenfield" not in {r.id for r in query.requirements}
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == "django"


@pytest.mark.parametrize(
    "text",
    [
        "our flask app serves a few forms. the consultant says we need high concurrency, but traffic is tiny",
        "flask site for the library, works well. our cto wants fastapi for performance",
    ],
)
def test_a_pitch_the_team_answers_back_does_not_move_a_working_app(engine: Engine, text: str) -> None:
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == "flask"


def test_nothing_we_do_negates_what_follows(engine: Engine) -> None:
    query = engine.parser.parse("nothing we do waits on external calls")
    assert [(r.id, r.negated) for r in query.requirements] == [("io-heavy", True)]


def test_a_need_met_by_the_frameworks_own_extension_does_not_move_it(engine: Engine) -> None:
    text = "our flask app has flask-admin for the two support people; they want one more admin screen"
    assert ("flask", "admin-panel") in engine.parser.parse(text).extension_needs
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == "flask"
    rec = engine.ask("we're on flask and support staff badly need a real admin panel").recommendation
    assert rec is not None and rec.framework == "django"  # no extension named: the rare move stands


@pytest.mark.parametrize(
    "text",
    [
        "our flask api fans out to 9 partner apis and it's choking at lunch peaks",
        "the flask websocket piece keeps dropping connections at a few thousand people. get it off flask?",
    ],
)
def test_the_running_app_failing_under_load_moves_flask_to_fastapi(engine: Engine, text: str) -> None:
    query = engine.parser.parse(text)
    assert query.current == "flask" and "high-concurrency" in {r.id for r in query.requirements if not r.negated}
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_a_thing_described_as_a_framework_service_is_what_runs(engine: Engine) -> None:
    query = engine.parser.parse("the billing bridge is a small single-purpose flask service with two routes")
    assert query.current == "flask"
    assert engine.parser.parse("the plan is a new fastapi service for billing").current is None


def test_a_starter_preconfigured_with_a_framework_is_what_runs(engine: Engine) -> None:
    assert engine.parser.parse("the agency's starter kit comes preconfigured with flask").current == "flask"


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("our billing tool was flask; i ported it to django last spring and we like the admin", "django"),
        ("the scraper api ran on flask, i am converting it to fastapi now", "fastapi"),
        ("we switched our chat relay from flask to quart a while ago", "quart"),
        ("the uploader used to be flask but i moved it to sanic for the async handlers", "sanic"),
        ("our reporting site is fastapi; im rewriting it in django for the templates", "django"),
    ],
)
def test_a_move_the_asker_made_or_is_making_is_finished(engine: Engine, text: str, pick: str) -> None:
    advice = engine.ask(text)
    assert advice.query.migration_underway
    rec = advice.recommendation
    assert rec is not None and rec.framework == pick


def test_a_finished_move_to_a_niche_framework_still_yields_to_its_own_move_rules(engine: Engine) -> None:
    rec = engine.ask(
        "i moved our queue api from flask to sanic, but now we can't hire anyone who knows it"
    ).recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_the_askers_own_wish_to_migrate_keeps_its_reasons(engine: Engine) -> None:
    advice = engine.ask("our ticketing backend is flask; i want to migrate it to fastapi for async io")
    assert "async" in {r.id for r in advice.query.requirements if not r.negated}
    rec = advice.recommendation
    assert rec is not None and rec.framework == "fastapi"
    # someone else's wish is still a pitch whose reasons are theirs
    pitched = engine.ask("our flask app is fine; the new guy wants to migrate it to fastapi for async")
    assert pitched.recommendation is not None and pitched.recommendation.framework == "flask"


@pytest.mark.parametrize(
    "text",
    [
        "every page of our flask app waits on four slow third party apis in a row and the workers are all stuck",
        "the flask service is mostly downstream calls to the billing and shipping systems, requests pile up",
    ],
)
def test_a_flask_app_waiting_on_other_services_moves_to_fastapi(engine: Engine, text: str) -> None:
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_the_running_app_lacking_docs_is_a_need_not_a_negation(engine: Engine) -> None:
    query = engine.parser.parse("customers complain our flask api has no docs at all")
    assert "api-docs" in {r.id for r in query.requirements if not r.negated}
    rec = engine.ask("customers complain our flask api has no docs at all").recommendation
    assert rec is not None and rec.framework == "fastapi"
    plain = engine.parser.parse("an internal flask tool, no docs needed")
    assert "api-docs" in {r.id for r in plain.requirements if r.negated}


def test_no_new_framework_allowed_keeps_what_runs(engine: Engine) -> None:
    rec = engine.ask("our flask api needs swagger docs, but there's a tech freeze: no new frameworks").recommendation
    assert rec is not None and rec.framework == "flask"
    rec = engine.ask("our flask api needs swagger docs").recommendation
    assert rec is not None and rec.framework == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "our flask glue between the crm and the warehouse has run for years; the cto wants everything on django",
        "the flask bot that posts build results is fine, someone wants to port it to django",
    ],
)
def test_a_framework_before_a_tool_or_glue_noun_is_what_runs(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert advice.query.current == "flask"
    assert advice.recommendation is not None and advice.recommendation.framework == "flask"


def test_a_slow_app_is_not_a_retired_one(engine: Engine) -> None:
    query = engine.parser.parse("our django app times out on large exports, would fastapi fix that?")
    assert query.current == "django" and not query.excluded


def test_a_move_under_way_leaves_the_part_the_sources_keep_on_the_old_framework(engine: Engine) -> None:
    kept = engine.ask("we're midway through moving our django services to fastapi; next up is the staff admin panel")
    assert kept.recommendation is not None and kept.recommendation.framework == "django"
    moved = engine.ask("we're midway through moving our django services to fastapi; next up is the public partner api")
    assert moved.recommendation is not None and moved.recommendation.framework == "fastapi"


@pytest.mark.parametrize(
    ("text", "current", "target"),
    [
        ("thinking of swapping flask for fastapi, worth it?", "flask", "fastapi"),
        ("should we ditch django for fastapi?", "django", "fastapi"),
        ("replace flask with django, yes or no?", "flask", "django"),
    ],
)
def test_swap_x_for_y_names_what_runs_and_where_it_would_go(
    engine: Engine, text: str, current: str, target: str
) -> None:
    query = engine.parser.parse(text)
    assert query.current == current and query.targets == (target,) and not query.excluded
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == current  # no reason given: the seeds keep what runs


def test_a_swap_already_made_is_finished(engine: Engine) -> None:
    advice = engine.ask("i swapped flask for fastapi in the spring; now the mobile app needs push over websockets")
    assert advice.query.migration_underway
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"


def test_drop_x_for_y_keeps_x_as_what_runs_even_when_y_is_unread(engine: Engine) -> None:
    query = engine.parser.parse("would you drop django for some homegrown thing?")
    assert query.current == "django" and not query.excluded
    assert engine.parser.parse("drop django, too heavy").excluded == ("django",)


def test_parts_joined_to_the_framework_with_plus_are_its_stack(engine: Engine) -> None:
    text = "our chat relay is flask + socketio + swagger and it runs fine, should it be fastapi?"
    query = engine.parser.parse(text)
    assert {("flask", "realtime"), ("flask", "api-docs")} <= set(query.extension_needs)
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == "flask"
    rec = engine.ask("our chat relay is flask and we now need socketio and swagger").recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_a_hedged_wish_does_not_move_a_running_app(engine: Engine) -> None:
    """'would let us stream later' is a wish: a Flask app moves only for a stated need (seed 003)."""
    hedged = engine.ask("our flask app works; fastapi would let us do websockets someday")
    assert hedged.recommendation is not None and hedged.recommendation.framework == "flask"
    stated = engine.ask("our flask app works, but we need websockets for live updates now")
    assert stated.recommendation is not None and stated.recommendation.framework == "fastapi"


@pytest.mark.parametrize(
    ("text", "current", "target"),
    [
        ("ledger-svc: migrate the flask backend over to django.", "flask", "django"),
        ("payroll tool: port from django to fastapi.", "django", "fastapi"),
        ("converting our reports api from quart to fastapi, one router at a time.", "quart", "fastapi"),
        ("the plan is to move the kiosk server off flask onto django", "flask", "django"),
        ("replace the flask service with a django one.", "flask", "django"),
        ("replace the django rest framework with fastapi. merged already", "django", "fastapi"),
    ],
)
def test_a_move_stated_as_a_task_or_a_settled_plan_is_finished(
    engine: Engine, text: str, current: str, target: str
) -> None:
    """A message that asks nothing and opens with a move verb (or says 'the plan is to …') states a task decided."""
    query = engine.parser.parse(text)
    assert query.current == current and query.targets == (target,) and query.migration_underway
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == target


@pytest.mark.parametrize(
    "text",
    [
        "migrate the flask backend over to django?",  # asked, not stated
        "replace flask with fastapi.",  # frameworks alone: a slogan, not a task on a thing of ours
        'our lead keeps saying: "migrate the flask app to fastapi"',  # quoted: someone's pitch
    ],
)
def test_a_move_asked_about_or_sloganeered_is_no_task(engine: Engine, text: str) -> None:
    assert not engine.parser.parse(text).migration_underway


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("inventory api: migrated from django to fastapi last sprint. anything left to check?", "fastapi"),
        ("rewrote it with async views, flask -> quart, last month.", "quart"),
        ("we did a migration of the billing backend from flask to django over the summer", "django"),
        ("the intranet: starting over with a django project instead of flask.", "django"),
        ("the old flask portal is being archived and moved to django", "django"),
    ],
)
def test_a_move_reported_done_or_restarted_is_finished(engine: Engine, text: str, target: str) -> None:
    query = engine.parser.parse(text)
    assert query.targets == (target,) and query.migration_underway
    rec = engine.ask(text).recommendation
    assert rec is not None and rec.framework == target


def test_a_participle_after_someones_wish_is_no_move_made(engine: Engine) -> None:
    """'wants our tool (flask underneath) moved to fastapi': 'moved' opens a clause but reports nothing done."""
    assert not engine.parser.parse("the vp wants our tool (flask underneath) moved to fastapi").migration_underway


def test_a_framework_in_brackets_after_the_opening_name_is_what_runs(engine: Engine) -> None:
    """'tworavens (django): …' names what runs like 'charts server (flask): …' does."""
    query = engine.parser.parse("tworooms (django): adding live updates over websockets")
    assert query.current == "django"
    assert engine.parser.parse("we need live updates (django or fastapi?)").current is None


def test_a_spaced_hyphen_ends_a_clause(engine: Engine) -> None:
    query = engine.parser.parse("kiosk: shipping the new server - switching from the flask backend to the django one")
    assert query.current == "flask" and query.targets == ("django",) and query.migration_underway


def test_an_infinitive_about_a_framework_is_no_destination(engine: Engine) -> None:
    """'a small flask app i built to teach myself about flask; im porting it to django' heads for Django."""
    query = engine.parser.parse("a tiny flask api i built to teach myself about flask; im porting it to django")
    assert query.targets == ("django",) and query.migration_underway


def test_served_through_names_what_runs_and_a_symptom_through_it_rules_nothing_out(engine: Engine) -> None:
    query = engine.parser.parse(
        "the search endpoint is served through fastapi. streaming works locally but not through fastapi requests"
    )
    assert query.current == "fastapi" and not query.excluded
    assert engine.parser.parse("we want streaming but not django").excluded == ("django",)


def test_dropping_the_framework_that_runs_is_the_move_asked_about(engine: Engine) -> None:
    """'runs on fastapi … thinking of dropping fastapi and using starlette directly': FastAPI still runs."""
    query = engine.parser.parse(
        "our internal api runs on fastapi. thinking of dropping fastapi and using starlette directly"
    )
    assert query.current == "fastapi" and not query.excluded
    assert engine.parser.parse("a new internal api, dropping fastapi from the options").excluded == ("fastapi",)


def test_a_move_only_longed_for_is_not_under_way(engine: Engine) -> None:
    """'halfway through the build and itching to jump to django': the progress is the project's, not a move's."""
    longed = engine.parser.parse("started the shop in flask, halfway through now and itching to jump to django")
    assert longed.targets == ("django",) and not longed.migration_underway
    made = engine.parser.parse("we are halfway through moving the shop from flask to django")
    assert made.migration_underway
