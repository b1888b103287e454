"""An outsider's wish with no framework named ('an advisor wants it split into microservices') is their pitch
(000 "Introduction": hearsay decides nothing); 'X turned out to be <framework>' says what runs."""

from knowledge.engine import default_engine
from knowledge.reasoning.conversation import Conversation


def _turn(text: str):  # type: ignore[no-untyped-def]
    return Conversation(default_engine()).turn(text)


def _pick(text: str) -> str | None:
    rec = _turn(text).advice.recommendation
    return rec.framework if rec is not None else None


def test_outsider_wish_for_microservices_is_their_pitch() -> None:
    text = (
        "our consultant wants the 2-dev pet-grooming booking app split into microservices for scale. "
        "40 bookings a day, staff use a back office. which framework?"
    )
    assert _pick(text) == "django"


def test_needs_said_as_facts_beside_the_pitch_stay() -> None:
    text = "a contractor suggested microservices. we need 30k concurrent websocket clients and a typed json api"
    assert _pick(text) == "fastapi"


def test_turned_out_to_be_names_what_runs() -> None:
    text = "the billing portal turned out to be a flask app. we need to add two json endpoints for the ios client"
    assert _pick(text) == "flask"
