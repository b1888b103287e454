"""Free text -> advice, with phrasings written for these tests (never copied from the seeds).

Expected picks are read from the knowledge base's scenarios, i.e. from the seeds' own tables.
"""

from __future__ import annotations

import pytest

from knowledge.engine import Engine

# (scenario id in scenarios.yaml, a phrasing of ours)
PHRASINGS = [
    # decision matrix
    ("dm-fullstack-admin", "We're building a full-stack web app for customers plus a back office for staff"),
    ("dm-fullstack-admin", "FULLSTACK website with users and an admin dashboard"),
    ("dm-api-only", "Headless backend: just a REST API, maybe GraphQL later"),
    ("dm-api-only", "api only / json endpoints / no frontend at all"),
    ("dm-async-webhooks-ml", "asynchronous webhook receivers, realtime updates and ML model inference"),
    ("dm-async-webhooks-ml", "we serve predictions from a pytorch model and take in webhooks, all async"),
    ("dm-small-prototype", "a tiny prototype script with a small dashboard"),
    ("dm-small-prototype", "quick POC; small app; one dashboard"),
    ("dm-many-devs", "We have 40 python developers and more joining next quarter"),
    ("dm-many-devs", "large team, lots of new hires every month"),
    ("dm-typescript", "we might move the backend to TypeScript eventually"),
    ("dm-typescript", "needs to stay frontend-agnostic, could switch to typescript later"),
    ("dm-forms-crud", "lots of forms and CRUD screens for data entry"),
    ("dm-forms-crud", "invoicing app, form heavy"),
    ("dm-realtime", "chat with websockets and server-sent events"),
    ("dm-realtime", "live updates over SSE / websocket"),
    ("dm-static-rendering", "heavy server-side rendering of HTML pages"),
    ("dm-static-rendering", "mostly server rendered templates, SEO matters"),
    ("dm-api-docs", "must auto-generate OpenAPI docs"),
    ("dm-api-docs", "swagger docs for every endpoint are mandatory"),
    # when each wins
    ("win-django-content", "a news site with an editorial workflow"),
    ("win-django-content", "CMS for our magazine and blog"),
    ("win-django-internal", "internal tool for our customer support people"),
    ("win-django-internal", "intranet app for employees"),
    ("win-django-forms", "HR app with many forms"),
    ("win-django-forms", "ModelForms-style, form-heavy invoicing"),
    ("win-django-ecommerce", "an online store with a custom backend"),
    ("win-django-ecommerce", "e-commerce shop with checkout and a cart"),
    ("win-django-saas", "multi-tenant SaaS with billing"),
    ("win-django-saas", "subscription saas product, multi tenancy"),
    ("win-fastapi-public-api", "public REST API for third-party developers"),
    ("win-fastapi-public-api", "public graphql api for our partners"),
    ("win-fastapi-ml", "ML model serving"),
    ("win-fastapi-ml", "inference api for our huggingface models"),
    ("win-fastapi-websocket", "websocket chat app"),
    ("win-fastapi-websocket", "live dashboards pushed over websockets"),
    ("win-fastapi-webhooks", "webhook receivers that must scale to thousands of requests"),
    ("win-fastapi-webhooks", "Stripe webhooks at high volume"),
    ("win-fastapi-microservices", "microservices"),
    ("win-fastapi-microservices", "a set of micro-services"),
    ("win-fastapi-spa", "backend for a React SPA"),
    ("win-fastapi-spa", "API consumed by our Vue single page app and the mobile apps"),
    ("win-flask-prototypes", "prototype"),
    ("win-flask-prototypes", "quick proof of concept"),
    ("win-flask-data-dash", "data science dashboard with plotly"),
    ("win-flask-data-dash", "analytics dashboard for our data scientists"),
    ("win-flask-teaching", "teaching web development to students"),
    ("win-flask-teaching", "a course for beginners"),
    ("win-flask-single-purpose", "single-purpose microservice"),
    ("win-flask-single-purpose", "a tiny service that does one job, part of our microservices"),
]


@pytest.mark.parametrize(("scenario_id", "text"), PHRASINGS)
def test_each_seed_recommendation_in_our_own_phrasings(engine: Engine, scenario_id: str, text: str) -> None:
    scenario = next(s for s in engine.kb.scenarios if s.id == scenario_id)
    advice = engine.ask(text)
    assert advice.recommendation is not None, advice.clarification
    assert advice.recommendation.framework in scenario.pick, [(s.framework, s.score) for s in advice.ranking]


def test_every_decision_matrix_row_and_win_item_has_two_phrasings(engine: Engine) -> None:
    covered = [sid for sid, _ in PHRASINGS]
    for scenario in engine.kb.scenarios:
        if scenario.kind in ("decision-matrix", "when-wins"):
            assert covered.count(scenario.id) >= 2, scenario.id


def test_existing_flask_codebase_wins_for_flask(engine: Engine) -> None:
    for text in ("we have an existing flask codebase", "our flask app works fine today"):
        advice = engine.ask(text)
        assert advice.recommendation is not None and advice.recommendation.framework == "flask"
        assert advice.recommendation.confidence == "low"
        assert advice.migration is not None and advice.migration.verdict == "stay"


def test_the_default_query(engine: Engine) -> None:
    advice = engine.ask("microservice, high concurrency, 5-year horizon")
    assert [r.id for r in advice.requirements] == ["microservice", "high-concurrency", "long-horizon"]
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"
    assert advice.recommendation.confidence == "high"
    assert {w.framework for w in advice.why_not} == {"django", "flask"}
    assert "microservices-flask-or-fastapi" in {d.id for d in advice.disagreements}
    assert all(c.citations for c in advice.recommendation.reasons)
    assert advice.sources == tuple(sorted(advice.sources)) and len(advice.sources) >= 3


@pytest.mark.parametrize(
    ("text", "requirement"),
    [
        ("we need a back office", "admin-panel"),
        ("backoffice for ops", "admin-panel"),
        ("ML inference", "ml-serving"),
        ("serve our model", "ml-serving"),
        ("5yr", "long-horizon"),
        ("must live for 10 years", "long-horizon"),
        ("a five year horizon", "long-horizon"),
        ("long-lived system", "long-horizon"),
        ("hackathon, 2 weeks", "short-horizon"),
        ("Microservise", "microservice"),
        ("high concurency", "high-concurrency"),
        ("perfomance", "low-latency"),
        ("authetication", "user-auth"),
        ("WEBSOCKETS", "realtime"),
        ("team of 30", "large-team"),
        ("12 engineers", "large-team"),
        ("just me, solo dev", "small-team"),
        ("i/o bound workload", "io-heavy"),
        ("pub/sub events", "event-driven"),
    ],
)
def test_synonyms_typos_and_numbers(engine: Engine, text: str, requirement: str) -> None:
    parsed = engine.parser.parse(text)
    assert requirement in {r.id for r in parsed.requirements if not r.negated}


def test_typo_corrections_are_reported(engine: Engine) -> None:
    parsed = engine.parser.parse("Microservise with concurency")
    assert ("microservise", "microservice") in parsed.corrections
    assert ("concurency", "concurrency") in parsed.corrections


@pytest.mark.parametrize(
    ("text", "negated", "positive"),
    [
        ("no admin panel, high concurrency", {"admin-panel"}, {"high-concurrency"}),
        ("we do not need async", {"async"}, set()),
        ("we don't need async or an admin", {"async", "admin-panel"}, set()),
        ("websockets but no admin", {"admin-panel"}, {"realtime"}),
        ("async doesn't matter; we need forms", {"async"}, {"forms-crud"}),
        ("admin is not needed", {"admin-panel"}, set()),
        ("without auth and with high traffic", {"user-auth"}, {"high-concurrency"}),
    ],
)
def test_negation(engine: Engine, text: str, negated: set[str], positive: set[str]) -> None:
    parsed = engine.parser.parse(text)
    assert {r.id for r in parsed.requirements if r.negated} == negated
    assert {r.id for r in parsed.requirements if not r.negated} == positive


@pytest.mark.parametrize(
    ("text", "excluded"),
    [
        ("anything except django", {"django"}),
        ("not flask", {"flask"}),
        ("no django please, we need an API", {"django"}),
        ("anything but Django and Flask", {"django", "flask"}),
        ("except django, flask", {"django", "flask"}),
        ("flask is not an option; websockets", {"flask"}),
        ("avoid fastapi", {"fastapi"}),
    ],
)
def test_exclusions(engine: Engine, text: str, excluded: set[str]) -> None:
    assert set(engine.parser.parse(text).excluded) == excluded


def test_excluded_frameworks_are_never_recommended(engine: Engine) -> None:
    for text in ("websockets and ML inference, not fastapi", "admin panel, lots of forms, anything except django"):
        advice = engine.ask(text)
        assert advice.recommendation is None or advice.recommendation.framework not in advice.excluded
        assert all(s.framework not in advice.excluded for s in advice.ranking)
    advice = engine.ask("anything except django, flask and fastapi")
    assert advice.recommendation is None and advice.ranking == ()
    assert advice.clarification and "ruled out" in advice.clarification
    assert {a.framework for a in advice.alternatives} >= {"litestar", "starlette"}


@pytest.mark.parametrize(
    ("text", "current", "target"),
    [
        ("we run flask today, need websockets", "flask", None),
        ("migrating from flask to fastapi", "flask", "fastapi"),
        ("we're on Django and need a public API", "django", None),
        ("our existing flask codebase", "flask", None),
    ],
)
def test_current_framework(engine: Engine, text: str, current: str, target: str | None) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current == current
    assert (parsed.targets[0] if parsed.targets else None) == target


def test_migration_notes_follow_the_current_framework(engine: Engine) -> None:
    advice = engine.ask("we run flask today; need high concurrency, async and auto docs")
    assert advice.recommendation is not None and advice.recommendation.framework == "fastapi"
    assert advice.migration is not None and (advice.migration.source, advice.migration.target) == ("flask", "fastapi")
    assert any("Depends" in step.text for step in advice.migration.steps)
    assert advice.migration.example_after and "async def" in advice.migration.example_after
    django = engine.ask("we're on django; need a public API with docs and websockets")
    assert django.migration is not None and django.migration.verdict == "avoid"
    assert set(django.migration.alternatives) == {"django-rest-framework", "django-ninja"}
    unsourced = engine.ask("we use fastapi, need an admin panel, forms and a cms")
    assert unsourced.migration is not None and unsourced.migration.verdict == "unsourced"


@pytest.mark.parametrize("text", ["I like turtles", "🎉🎉🎉", "<!channel> hello", "the", "?" * 50])
def test_text_without_requirements_gets_a_question_not_a_guess(engine: Engine, text: str) -> None:
    advice = engine.ask(text)
    assert advice.recommendation is None
    assert advice.clarification and "What are you building" in advice.clarification


def test_unknown_frameworks_are_named_not_guessed(engine: Engine) -> None:
    advice = engine.ask("should we use robyn?")
    assert advice.query.unknown_frameworks == ("Robyn",)
    assert advice.recommendation is None and advice.clarification and "Robyn" in advice.clarification


def test_a_close_call_is_a_co_recommendation_with_the_deciding_question(engine: Engine) -> None:
    advice = engine.ask("an mvp")  # the seeds give an MVP to Flask or Django, on whether it may grow
    rec = advice.recommendation
    assert rec is not None and rec.confidence == "low" and rec.also and advice.clarification is None
    pair = {rec.framework, *rec.also}
    question = advice.deciding_question
    assert question is not None and {c.framework for c in question.choices} == pair
    # Pressing each choice settles the call on the framework it names.
    for choice in question.choices:
        settled = engine.ask(f"an mvp; {choice.follow_up}")
        assert settled.recommendation is not None and settled.recommendation.framework == choice.framework


def test_no_need_at_all_gets_the_opening_question_not_a_pick(engine: Engine) -> None:
    for text in ("which one should we use?", "django or fastapi?", "thoughts on python web frameworks"):
        advice = engine.ask(text)
        assert advice.recommendation is None and advice.clarification
    question = engine.ask("which one should we use?").deciding_question
    assert question is not None and len(question.choices) >= 3
    for choice in question.choices:  # every one-tap answer leads to a pick
        advice = engine.ask(choice.follow_up)
        assert advice.recommendation is not None and advice.recommendation.framework == choice.framework


def test_long_input_is_bounded_and_deterministic(engine: Engine) -> None:
    text = ("we need websockets and an admin panel, 🚀 <!here> & <@U123> " * 80)[:4000]
    first, second = engine.ask(text), engine.ask(text)
    assert first.ranking == second.ranking and first.recommendation == second.recommendation


def test_order_of_requirements_does_not_change_the_ranking(engine: Engine) -> None:
    a = engine.ask("admin panel, websockets, long term, large team")
    b = engine.ask("large team; long term; websockets; admin panel")
    assert [(s.framework, s.score) for s in a.ranking] == [(s.framework, s.score) for s in b.ranking]


def test_every_contribution_is_cited(engine: Engine) -> None:
    advice = engine.ask("admin, websockets, ML inference, 5yr, big team, security, prototype, flexibility")
    contributions = [c for s in advice.ranking for c in s.contributions]
    assert len(contributions) > 10
    assert all(c.citations and c.reason for c in contributions)
    assert set(advice.sources) <= set(engine.kb.sources)


def test_near_miss_framework_names_get_a_suggestion(engine: Engine) -> None:
    advice = engine.ask("should we use flsk?")
    assert advice.query.suggestions == ("Flask",)
    assert advice.clarification and "Did you mean Flask?" in advice.clarification
    assert engine.ask("I like turtles").query.suggestions == ()


def test_naming_frameworks_without_needs_points_to_compare(engine: Engine) -> None:
    advice = engine.ask("django or fastapi?")
    assert advice.recommendation is None
    assert advice.clarification and "compare django fastapi" in advice.clarification


PARAGRAPHS = [
    (
        "We're a team of 6 building a B2B SaaS. Customers integrate via our public REST API, and our ops team needs "
        "a back office to manage accounts. Expect it to live 5+ years.",
        "django",
    ),
    (
        "Our data scientists want to expose three sklearn models as an HTTP service. Low latency matters, traffic is "
        "spiky. We don't need any UI.",
        "fastapi",
    ),
    ("Internal HR tool, mostly forms, ~200 users, 2 devs, we know Django already", "django"),
    (
        "Greenfield microservices platform on kubernetes, event-driven with kafka, typed contracts between services, "
        "30 engineers",
        "fastapi",
    ),
    ("Just a weekend hackathon demo, one page", "flask"),
    ("Rewrite our legacy flask monolith? It has 300 endpoints, the team hates it, we want async and docs", "fastapi"),
    ("E-commerce site with product pages (SEO!), checkout, and an admin for the merch team", "django"),
]


@pytest.mark.parametrize(("text", "pick"), PARAGRAPHS)
def test_paragraphs_as_people_write_them(engine: Engine, text: str, pick: str) -> None:
    advice = engine.ask(text)
    assert advice.recommendation is not None and advice.recommendation.framework == pick, advice.ranking


@pytest.mark.parametrize(
    "text", ["team knows django well", "we're six django devs", "everyone here is a django person"]
)
def test_what_the_team_knows_counts_without_being_a_codebase(engine: Engine, text: str) -> None:
    parsed = engine.parser.parse(text)
    assert parsed.current is None and parsed.known == ("django",)
    advice = engine.advisor.advise(parsed)
    assert any(c.framework == "django" and c.weight > 0 for s in advice.ranking for c in s.contributions)
