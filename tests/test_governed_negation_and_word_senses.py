"""A negation reaches only the phrase it governs: a checklist's trailing 'no', a skill's noun, a framework judged
unfit, a refused rewrite said as a noun. Generic words read in their own sense only: a piece of writing that names
the product built, files called documents, courses and validation in a business sense, explicit types, pages
counted by the hundred, a team's background, growth to a small headcount, a worry about load."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, first_turn, mentions_by_id, negated_by_id, wanted


@pytest.mark.parametrize(
    ("text", "negated", "kept"),
    [
        ("must-haves for the rota app, quickly: sso yes, realtime no, staff admin yes", "realtime", "admin-panel"),
        ("for the intake form thing: public api nope, user accounts yes", "public-api", "user-auth"),
        ("scope recap, websockets no, background jobs yes", "realtime", "background-jobs"),
        ("graphql: no. admin screens: yes.", "graphql", "admin-panel"),
    ],
)
def test_a_trailing_no_takes_back_only_its_own_item(engine: Engine, text: str, negated: str, kept: str) -> None:
    read = negated_by_id(engine, text)
    assert read.get(negated) is True
    assert read.get(kept) is False


def test_a_trailing_yes_or_a_no_before_the_need_reads_as_before(engine: Engine) -> None:
    assert negated_by_id(engine, "realtime yes, no admin") == {"realtime": False, "admin-panel": True}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("zero asyncio experience and a tight deadline for the rota tool", "time-to-market"),
        ("no typescript experience and a hard deadline for the partner portal", "full-stack"),
        ("no react experience and a dashboard with live charts", "realtime"),
    ],
)
def test_a_negated_skill_ends_at_its_noun(engine: Engine, text: str, kept: str) -> None:
    assert negated_by_id(engine, text).get(kept) is False


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("django is not great for a live auction feed with 30k bidders connected, what instead?", "fastapi"),
        ("django is not great for a multiplayer quiz over websockets with 5k players, what instead?", "fastapi"),
    ],
)
def test_a_framework_judged_unfit_leaves_the_need_after_for(engine: Engine, text: str, pick: str) -> None:
    assert first_pick(engine, text) == pick


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("no rewrite of the django platform this year; the android app needs a json api from it", "django"),
        ("no port of our flask service, full stop; it needs two extra endpoints", "flask"),
    ],
)
def test_a_refused_rewrite_said_as_a_noun_keeps_the_app(engine: Engine, text: str, running: str) -> None:
    query = first_turn(engine, text).advice.query
    assert query is not None
    assert running not in query.excluded
    assert query.current == running


@pytest.mark.parametrize(
    "text",
    [
        "backend for a podcast platform: hosts sign up, listeners pay monthly, moderators need an admin",
        "for a newsletter platform: subscribers pay monthly, writers publish, staff admin",
    ],
)
def test_a_piece_naming_the_product_built_is_no_writing_question(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "django"


def test_a_piece_being_written_is_still_no_pick(engine: Engine) -> None:
    assert first_pick(engine, "for a podcast episode next week: django or flask, which is nicer?") is None


@pytest.mark.parametrize(
    "text",
    [
        "claims portal: photo and document uploads, adjuster sign-off, supervisor back office",
        "visa paperwork tracker with scanned document attachments and a consular staff admin",
    ],
)
def test_files_called_documents_are_no_api_docs(engine: Engine, text: str) -> None:
    assert "api-docs" not in wanted(engine, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("a dance school's website: course schedule, members pay for terms, staff edit timetables", "easy-learning"),
        ("booking system for cooking courses: guests book and pay, chefs see their classes", "easy-learning"),
        ("the concept got validated in interviews, so the real ordering portal is next", "typed-validation"),
        ("we prefer explicit types on every partner endpoint of the public api", "flexibility"),
    ],
)
def test_generic_words_in_a_business_sense_name_no_need(engine: Engine, text: str, absent: str) -> None:
    assert absent not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "a python course for beginners where they build their first routes",
        "every inbound payload gets validated against the partner schema",
    ],
)
def test_the_same_words_in_their_own_sense_still_read(engine: Engine, text: str) -> None:
    assert wanted(engine, text) & {"easy-learning", "typed-validation"}


@pytest.mark.parametrize(
    "text",
    [
        "hundreds of landing pages for our regional campaigns, heavy templates, a copy team editing them",
        "dozens of landing pages rendered server side with an editorial workflow",
    ],
)
def test_pages_counted_by_the_hundred_are_no_small_job(engine: Engine, text: str) -> None:
    assert "small-scope" not in wanted(engine, text)


def test_one_landing_page_is_still_a_small_job(engine: Engine) -> None:
    assert "small-scope" in wanted(engine, "just a landing page with a waitlist form")


@pytest.mark.parametrize(
    "text",
    [
        "3 bootcamp graduates, first paying product: parents log in and book tutoring sessions",
        "a couple of self-taught devs; customers sign in and buy gift cards on it",
    ],
)
def test_a_beginner_team_with_logins_needs_guardrails(engine: Engine, text: str) -> None:
    mentions = mentions_by_id(engine, text)
    assert mentions["easy-learning"].weak
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "four seniors, the team will grow to 6 next year; we choose our own orm and our own auth, full control",
        "our team is growing to five people; total control over every component, small internal services",
    ],
)
def test_growth_to_a_small_headcount_is_no_large_team(engine: Engine, text: str) -> None:
    assert "large-team" not in wanted(engine, text)
    assert first_pick(engine, text) == "flask"


def test_growth_with_no_small_headcount_is_still_a_large_team(engine: Engine) -> None:
    assert "large-team" in wanted(engine, "the team will grow to 30 engineers by next year")


@pytest.mark.parametrize(
    "text",
    [
        "online store for tea and teaware, and the holiday traffic spikes honestly worry us",
        "a webshop for climbing gear; flash-sale load spikes make us nervous",
    ],
)
def test_a_worry_about_load_does_not_outweigh_the_shop(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "django"
