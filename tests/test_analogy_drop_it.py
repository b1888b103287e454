"""Round 19 (f6): a product named as what is built is like, a push to a counted crowd within a second, a site
told by its sections, two-sided listings; a drop said of "it"/"that"; a question about another team's console."""

from __future__ import annotations

import pytest

from knowledge.base.analogies import AnalogyFrames
from knowledge.engine import Engine
from tests.talk import first_pick, picked, thread_picks, turn_by_turn, wanted


@pytest.mark.parametrize(
    "text",
    [
        "we want a depop-style thing for kids' clothes in our town",
        "think airbnb, but for allotment plots: gardeners rent a plot for a season",
        "basically the fiverr of tattoo design, artists offer flash, people commission them",
    ],
)
def test_a_marketplace_analogy_reads_as_a_shop_with_accounts(engine: Engine, text: str) -> None:
    assert {"ecommerce", "user-auth"} <= wanted(engine, text)
    assert first_pick(engine, text) == "django"


def test_a_product_named_bare_is_no_analogy(engine: Engine) -> None:
    text = "our listings already live on ebay and amazon, we need a small job pulling their sales into a sheet"
    assert "ecommerce" not in wanted(engine, text)


def test_an_analogy_frame_needs_its_product_slot() -> None:
    with pytest.raises(ValueError, match="exactly once"):
        AnalogyFrames(analogy_frames=["mini thing"])


def test_a_push_to_a_counted_crowd_within_a_second_is_concurrency(engine: Engine) -> None:
    text = "price changes must reach 30k open phones and tablets within a second"
    assert "high-concurrency" in wanted(engine, text)


def test_a_site_told_by_its_sections_is_a_content_site(engine: Engine) -> None:
    assert "content-site" in wanted(engine, "small town gallery: current exhibitions, events calendar, visitor info")


def test_sellers_listing_for_buyers_is_a_marketplace(engine: Engine) -> None:
    assert "ecommerce" in wanted(engine, "breeders list puppies, vetted families reserve one with a deposit")
    assert "ecommerce" not in wanted(engine, "the product owners list tickets in linear every monday")


def test_a_drop_of_it_takes_the_named_part_with_its_needs(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "we serve a demand forecast model to the tills, plus an ops panel with logins where planners edit stores",
        "the planners will stick with their spreadsheets for the panel, forget about it",
    )
    assert picks[-1] == "fastapi"


def test_a_drop_of_that_points_at_the_part_its_words_name(engine: Engine) -> None:
    turns = turn_by_turn(
        engine,
        "our choir wants a members site with rehearsal bookings and dues payments, plus a ticket shop for concerts",
        "the venue sells the concert tickets through its own box office, drop that",
    )
    held = {m.id for m in turns[-1].advice.query.requirements}
    assert "ecommerce" not in held
    assert "user-auth" in held
    assert picked(turns[-1]) == "django"


def test_drop_it_into_an_app_drops_nothing(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "our intranet is a big django project with the admin the office uses daily",
        "hr wants a page listing birthdays, we'll drop it into the intranet",
    )
    assert picks[-1] == "django"


def test_a_question_about_another_teams_console_is_its_own_subject(engine: Engine) -> None:
    picks = thread_picks(
        engine,
        "our fastapi gateway fans each request out to six partner apis, ~1500 rps, async all the way",
        "and the contracts office the account managers keep requesting? they need to edit and renew contracts",
    )
    assert picks[-1] == "django"
