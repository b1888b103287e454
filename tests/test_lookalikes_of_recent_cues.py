"""Look-alikes of recent cues that must not fire: 'rn' at a clause's head is 'right now', a need said after 'just for
the X part' adds to the whole, a subject set aside mentioned as a data source or beside the one discussed is no
return, a difference question with a project need is weighed on it, and paperwork said with who it is for is asked."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.talk import wanted


def _pick(conversation: Conversation, text: str) -> str | None:
    rec = conversation.turn(text).advice.recommendation
    return rec.framework if rec else None


def test_rn_before_a_determiner_is_right_now(engine: Engine) -> None:
    assert "spa-backend" not in wanted(engine, "rn our app is a django monolith, what do we add for live chat?")
    assert "spa-backend" not in wanted(engine, "rn the app is flask and users say it is slow")
    assert "spa-backend" in wanted(engine, "we ship an rn booking app and need its backend")


def test_a_need_said_after_just_for_a_part_adds_to_the_whole(engine: Engine) -> None:
    conversation = Conversation(engine)
    _pick(conversation, "a platform with a django admin, a websocket chat and an ml model")
    _pick(conversation, "just for the admin part we need sso with our google workspace")
    assert {"realtime", "ml-serving", "user-auth"} <= set(conversation.state.requirements)


def test_the_first_subject_named_as_a_data_source_is_no_return(engine: Engine) -> None:
    conversation = Conversation(engine)
    _pick(conversation, "online shop with a product admin, we use django")
    _pick(conversation, "we're also building a small api for the mobile app, typed with docs")
    assert _pick(conversation, "it reads products from the shop database, is fastapi fine for that?") == "fastapi"
    assert "admin-panel" not in conversation.state.requirements


def test_the_main_app_named_beside_the_subject_discussed_is_no_return(engine: Engine) -> None:
    conversation = Conversation(engine)
    _pick(conversation, "django shop with admin and orders")
    _pick(conversation, "we're also building a tiny slack bot that posts new orders to a channel")
    _pick(conversation, "the main app will call it with a webhook, what should the bot use?")
    assert "admin-panel" not in conversation.state.requirements


def test_a_difference_question_with_a_project_need_is_weighed_on_it(engine: Engine) -> None:
    asked = "what's the difference for a chat app between django and fastapi, which should we use?"
    assert _pick(Conversation(engine), asked) == "fastapi"
    assert _pick(Conversation(engine), "fastapi vs starlette, how are they actually different?") is None


def test_paperwork_said_with_who_it_is_for_is_a_request(engine: Engine) -> None:
    assert _pick(Conversation(engine), "timesheets for a 40 person company") == "django"
    assert _pick(Conversation(engine), "Reminder: expense reports are due friday") is None
