"""What a business situation says as background counts for less than what is built: the company's line of
business, its head count, papers people handle, a hoped-for outcome; and a client or a list of outside systems
said in passing still names what is built."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import first_pick, turn_by_turn, wanted


@pytest.mark.parametrize(
    "text",
    [
        "we're a fintech, funnily enough, but all marketing wants is one tiny endpoint that resizes banner images",
        "the payments company I work for needs a one-page uptime board for our 9 services, done in an afternoon",
        "i'm at a bank; the ask is one tiny endpoint that turns csv exports into json for another team",
    ],
)
def test_line_of_business_only_leans(engine: Engine, text: str) -> None:
    # the trade's secure-by-default point breaks ties only; the small job decides
    assert first_pick(engine, text) != "django"


def test_line_of_business_still_breaks_ties_for_a_real_product(engine: Engine) -> None:
    text = "we're a bank; staff edit onboarding pages with history and roles for 40 people"
    assert first_pick(engine, text) == "django"


@pytest.mark.parametrize(
    "text",
    [
        "compliance staff review the uploaded documents and approve new accounts",
        "the onboarding team checks customers docs before activation",
        "clients upload docs and an accountant signs off each month",
    ],
)
def test_papers_people_handle_are_no_api_docs(engine: Engine, text: str) -> None:
    assert "api-docs" not in wanted(engine, text)


def test_api_docs_still_read(engine: Engine) -> None:
    assert "api-docs" in wanted(engine, "partners need api docs they can browse")


@pytest.mark.parametrize(
    "text",
    [
        "we run a hotel group. this is the backend our android app will call",
        "building the service the ios app talks to",
        "it's the api the mobile app hits for bookings",
    ],
)
def test_client_calling_us_names_a_mobile_backend(engine: Engine, text: str) -> None:
    assert first_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        "a classifieds board for our neighbourhood where moderators remove spam",
        "local classifieds site, people post ads with photos",
    ],
)
def test_classifieds_are_listings_not_a_classifier(engine: Engine, text: str) -> None:
    assert "ml-serving" not in wanted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "a quick trial of the route matcher; if it works we turn it into a paid api",
        "spike first, once it works the partners get access",
    ],
)
def test_hoped_outcome_is_no_track_record(engine: Engine, text: str) -> None:
    assert "works-today" not in wanted(engine, text)


def test_track_record_still_read(engine: Engine) -> None:
    assert "works-today" in wanted(engine, "our flask api works and nobody complains")


@pytest.mark.parametrize(
    "text",
    [
        "logistics firm, 300 engineers. my team is adding one small python service",
        "retailer (about 900 developers); our squad owns a tiny pricing service",
    ],
)
def test_organisation_head_count_said_beside_it_is_not_the_team(engine: Engine, text: str) -> None:
    assert "large-team" not in wanted(engine, text)


def test_team_count_after_company_without_own_unit_still_counts(engine: Engine) -> None:
    assert "large-team" in wanted(engine, "marketplace for a big company, 30 devs on it")


@pytest.mark.parametrize(
    "text",
    [
        "each quote calls two carrier apis and an internal one before answering",
        "the handler queries two partner services plus one more",
    ],
)
def test_one_more_outside_system_completes_the_count(engine: Engine, text: str) -> None:
    assert "io-heavy" in wanted(engine, text)


def test_thread_keeps_line_of_business_as_background(engine: Engine) -> None:
    turns = turn_by_turn(engine, "we're a fintech fwiw", "the ask: one tiny endpoint that renders a pdf receipt")
    assert turns[-1].advice.recommendation is not None
    assert turns[-1].advice.recommendation.framework != "django"
