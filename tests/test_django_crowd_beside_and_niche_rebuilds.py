"""Round 19: a Django app keeps running while a new live part or partner API for a counted crowd runs beside it in
FastAPI (003 "Deployment patterns"); a small or loosely-said one stays inside Django. A niche app said to be rebuilt
(a question on where to, an end-of-life Python) is left, so the needs rank where to; a niche app the team is content
with stays."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from tests.talk import last_pick


@pytest.mark.parametrize(
    "text",
    [
        # a live part for a counted crowd, asked with no "separate service" words
        "our django ticket shop stays. queue positions must stream over websockets to 15k fans at once on sale day",
        "our django lms keeps running. teachers now want a live quiz board over websockets, ~4000 students at once",
        # the running app named as what the new part stands beside
        "next to our django intranet we need alarms streamed in real time to the plant-floor monitors. what do we use?",
    ],
)
def test_a_crowd_or_a_part_beside_the_django_app_goes_to_fastapi(engine: Engine, text: str) -> None:
    assert last_pick(engine, text) == "fastapi"


@pytest.mark.parametrize(
    "text",
    [
        # a crowd said only in words ("concurrent requests" with a handful counted) is no counted crowd
        "our django site runs 6 sync workers so it handles 6 concurrent requests; a report export streams for minutes",
        # realtime for a few people: Channels inside the app
        "django shop, a little websocket notification bell for our 25 warehouse staff",
        # a small partner API at a low rate: DRF or ninja inside
        "our django crm stays as is. a reseller wants a small read api for prices, maybe 10 req/min",
    ],
)
def test_controls_a_small_or_loose_part_stays_in_django(engine: Engine, text: str) -> None:
    assert last_pick(engine, text) == "django"


def test_control_a_crowd_taken_back_in_a_thread_leaves_the_live_part_in_django(engine: Engine) -> None:
    assert (
        last_pick(
            engine,
            "we run django for the club's news site and the editors like the admin",
            "members want live race updates over websockets, ~12k at once",
            "actually it's just the season finale, maybe 150 people at a time",
        )
        == "django"
    )


def test_a_later_partner_api_at_load_is_apart_from_the_app_said_to_stay(engine: Engine) -> None:
    assert (
        last_pick(
            engine,
            "our django app runs the dental practices: bookings, staff admin, records. solid for years.",
            "that stays. new ask: a partner api for labs, typed schemas and openapi, ~2k rps",
        )
        == "fastapi"
    )


@pytest.mark.parametrize(
    "text",
    [
        "the tornado websocket relay that pushes to our kiosks is py2 code, needs a py3 upgrade. rebuild it in what?",
        "tornado service from 2014 with live odds over websockets; we'd move it to something modern, ideas?",
        "our tornado chat relay: py2 era, ~2k sockets at once. what do we port it to?",
    ],
)
def test_a_niche_app_said_to_be_rebuilt_goes_where_its_needs_rank(engine: Engine, text: str) -> None:
    assert last_pick(engine, text) == "fastapi"


def test_a_finished_move_asking_what_next_is_no_rebuild(engine: Engine) -> None:
    text = "in march we finished porting the parking api from flask to quart. what should we look at next?"
    assert last_pick(engine, text) == "quart"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("our sanic payouts api has run without a hitch since 2022; a new dev wants fastapi. worth it?", "sanic"),
        ("starlette metrics service, zero problems so far and the team likes it. move to fastapi?", "starlette"),
    ],
)
def test_a_niche_app_the_team_is_content_with_stays(engine: Engine, text: str, kept: str) -> None:
    assert last_pick(engine, text) == kept
