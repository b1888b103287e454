"""Follow-up turns: each intent the issue lists, state changes, change explanations, JSON round-trip."""

from __future__ import annotations

import pytest

from knowledge.answer.render_text import render_text
from knowledge.answer.reply_builder import ReplyBuilder
from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from knowledge.reasoning.thread_state import ConversationState


def talk(engine: Engine, *turns: str) -> tuple[Conversation, list[str]]:
    conversation, replies = Conversation(engine), ReplyBuilder(engine)
    texts = [render_text(replies.reply(conversation.turn(t))) for t in turns]
    return conversation, texts


def test_adding_a_requirement_updates_state_and_explains_the_change(engine: Engine) -> None:
    c = Conversation(engine)
    first = c.turn("microservice, high concurrency, 5-year horizon")
    assert first.advice.recommendation and first.advice.recommendation.framework == "fastapi" and first.change is None
    second = c.turn("what if we also need an admin panel?")
    assert second.intent == "update" and c.state.requirements["admin-panel"] is False
    assert second.change is not None and second.change.added == ("Admin panel / back office",)
    assert "Still FastAPI" in second.change.explanation and "+3 for Django" in second.change.explanation
    third = c.turn("and lots of forms, plus a content site")
    assert third.advice.recommendation and third.advice.recommendation.framework == "django"
    assert third.change and third.change.explanation.startswith("Recommendation changed from FastAPI to Django")


def test_dropping_a_requirement(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("async and websockets, admin panel")
    turn = c.turn("actually async doesn't matter")
    assert "async" not in c.state.requirements
    assert turn.change is not None and turn.change.dropped == ("Async / non-blocking I/O",)
    c.turn("no admin panel")
    assert c.state.requirements.get("admin-panel") is None


def test_why_not(engine: Engine) -> None:
    c, texts = talk(engine, "microservice, high concurrency", "why not django?")
    assert "Why not Django?" in texts[1].title() or "WHY NOT DJANGO?" in texts[1]
    assert "Django scores" in texts[1]
    assert c.state.excluded == []  # "why not X" is a question, not an exclusion
    _, texts = talk(engine, "microservice", "why not fastapi?")
    assert "is my pick" in texts[1]


@pytest.mark.parametrize(
    ("ask", "expect"),
    [
        ("why not robyn?", "None of my sources covers Robyn"),
        ("why not djnago?", "WHY NOT DJANGO?"),
        ("why not flsk", "Did you mean Flask?"),
    ],
)
def test_why_not_unknown_or_misspelt(engine: Engine, ask: str, expect: str) -> None:
    _, texts = talk(engine, "microservice", ask)
    assert expect in texts[1]


def test_compare_with_an_alternative(engine: Engine) -> None:
    c, replies = Conversation(engine), ReplyBuilder(engine)
    c.turn("high concurrency api")
    turn = c.turn("compare fastapi and litestar")
    reply = replies.reply(turn)
    assert turn.intent == "compare" and turn.focus == ("fastapi", "litestar")
    assert reply.table is not None and reply.table.headers == ("Criterion", "FastAPI", "Litestar")
    assert any("no sourced data" in row for row in reply.table.rows for row in row)
    assert "Stay on FastAPI unless" in render_text(reply)


def test_migrate(engine: Engine) -> None:
    c, texts = talk(engine, "microservice, high concurrency", "we're on Flask today, how do we move?")
    assert c.state.current == "flask"
    assert "FLASK → FASTAPI" in texts[1].upper() and "Depends(" in texts[1] and "async def" in texts[1]
    c, texts = talk(engine, "admin panel", "how do we migrate?")
    assert "Which framework do you run today?" in texts[1]
    c, texts = talk(engine, "migrate flask fastapi")
    assert c.state.current == "flask" and c.state.targets == ["fastapi"]


@pytest.mark.parametrize(
    ("ask", "intent", "expect"),
    [
        ("what stack should we use?", "stack", "asyncpg"),
        ("how fast is it?", "benchmarks", "18,000"),
        ("what are the pitfalls?", "pitfalls", "smaller ecosystem"),
        ("how do we deploy it?", "deploy", "Uvicorn"),
        ("sources", "sources", "Django vs Flask vs FastAPI: Python's Web Framework Showdown"),
        ("help", "help", "compare fastapi and litestar"),
        ("tell me about starlette", "about", "ASGI"),
    ],
)
def test_information_intents(engine: Engine, ask: str, intent: str, expect: str) -> None:
    c, replies = Conversation(engine), ReplyBuilder(engine)
    c.turn("microservice, high concurrency, 5-year horizon")
    before = dict(c.state.requirements)
    turn = c.turn(ask)
    assert turn.intent == intent
    assert expect in render_text(replies.reply(turn))
    assert c.state.requirements == before  # "how fast" must not add a speed requirement


def test_benchmarks_carry_their_conditions_and_caveats(engine: Engine) -> None:
    _c, texts = talk(engine, "how fast is fastapi compared to flask?")
    assert "single" in texts[0].lower() or "one worker" in texts[0].lower()
    assert "connection pool" in texts[0] and "[" in texts[0]


def test_start_over(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("admin panel, not flask, we run django")
    turn = c.turn("start over")
    assert turn.intent == "reset" and c.state.requirements == {} and c.state.excluded == [] and c.state.current is None
    assert turn.advice.recommendation is None


def test_unusable_turn_changes_nothing(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("admin panel")
    before = c.state.model_copy()
    turn = c.turn("lorem ipsum dolor")
    assert turn.intent == "clarify" and c.state.requirements == before.requirements


def test_naming_an_excluded_framework_again_brings_it_back(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("admin panel, not django")
    assert c.state.excluded == ["django"]
    c.turn("actually django is fine")
    assert c.state.excluded == []


def test_state_round_trips_through_json(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("admin panel, not flask, we run django, 5yr")
    c.turn("no async")
    restored = Conversation(engine, ConversationState.from_json(c.state.to_json()))
    assert restored.state == c.state
    assert restored.turn("why not fastapi?").advice.ranking == c.turn("why not fastapi?").advice.ranking


def test_state_from_older_or_foreign_json_is_tolerated(engine: Engine) -> None:
    state = ConversationState.from_json('{"requirements": {"admin-panel": false, "gone-requirement": false}, "x": 1}')
    turn = Conversation(engine, state).turn("help")
    assert turn.advice.recommendation and turn.advice.recommendation.framework == "django"


def test_a_need_met_by_an_extension_is_remembered_across_turns(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("our flask service, ops use flask-admin on it")
    turn = conversation.turn("they edit orders in the admin every day")
    assert ("flask", "admin-panel") in conversation.state.extension_needs
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "flask"


def test_scratching_a_part_drops_the_needs_that_part_brought_in(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("a prediction api for the fraud model, thousands of concurrent requests")
    conversation.turn("and a members area with accounts and an admin panel")
    conversation.turn("forget the fraud model piece, we bought that")
    state = conversation.state.requirements
    assert "ml-serving" not in state and "high-concurrency" not in state
    assert state.get("admin-panel") is False and state.get("user-auth") is False


def test_scratching_one_need_without_a_part_keeps_the_rest_of_its_message(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("a prediction api for the fraud model, thousands of concurrent requests")
    conversation.turn("actually no machine learning")
    assert conversation.state.requirements.get("high-concurrency") is False


def test_nvm_takes_back_what_the_last_message_added(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("a small internal report page for finance")
    conversation.turn("they'd like live updates over websockets")
    conversation.turn("never mind, a daily refresh will do")
    assert "realtime" not in conversation.state.requirements


def test_a_correction_replaces_the_earlier_description(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("members site with accounts, a cms and an admin panel")
    conversation.turn("correction: it's only a json api behind our mobile app")
    state = conversation.state.requirements
    assert "admin-panel" not in state and "content-site" not in state and state.get("rest-api") is False


def test_how_often_is_not_how_long(engine: Engine) -> None:
    assert engine.parser.parse("staff edit it twice a month").horizon_years is None
    assert engine.parser.parse("it must run for 6 months").horizon_years == 0.5


def test_only_ever_used_is_what_the_team_knows(engine: Engine) -> None:
    assert engine.parser.parse("the team has only ever used flask").known == ("flask",)


def test_the_next_project_starts_from_its_own_needs(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("first time building a web app, i'm a beginner")
    conversation.turn("got it. another project: a json api for a partner integration")
    assert "easy-learning" not in conversation.state.requirements


def test_i_got_it_wrong_with_nothing_new_takes_back_the_last_message(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("our flask tool, support wants a big admin panel")
    turn = conversation.turn("sorry, i was wrong, they look at two records a week")
    assert "admin-panel" not in conversation.state.requirements
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "flask"


def test_a_take_back_also_removes_the_frameworks_the_last_message_brought_in(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("public api for outside developers with generated docs")
    c.turn("the buyer's devs all know django and they insist on django")
    assert "django" in c.state.known
    rec = c.turn("ok the buyer changed their mind, we keep running it ourselves").advice.recommendation
    assert "django" not in c.state.known
    assert rec is not None and rec.framework == "fastapi"


def test_the_teams_app_being_retired_rules_its_framework_out(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("live multiplayer quiz backend with websockets")
    assert c.turn("our main product runs on django, could it live there?").advice.query.current == "django"
    turn = c.turn("hm, that django app is being phased out next quarter")
    assert "django" in turn.advice.query.excluded
    rec = turn.advice.recommendation
    assert rec is not None and rec.framework == "fastapi"


def test_drop_before_a_need_takes_it_back(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("small api for a kiosk that pushes live updates to screens over websockets")
    assert c.state.requirements.get("realtime") is False
    c.turn("drop the live updates part, a refresh every minute will do")
    assert "realtime" not in c.state.requirements
    query = engine.parser.parse("drop streaming")
    assert [(r.id, r.negated) for r in query.requirements] == [("realtime", True)]
    # said after a need, "dropped" still negates what came before it
    after = engine.parser.parse("streaming got dropped from scope")
    assert [(r.id, r.negated) for r in after.requirements] == [("realtime", True)]


def test_keeping_it_as_something_else_re_describes_the_project(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("marketplace with sellers, buyers, payments and an admin for disputes")
    c.turn("funding fell through, i'll keep it as a hobby project to learn web dev")
    assert "ecommerce" not in c.state.requirements and "admin-panel" not in c.state.requirements
    assert c.state.requirements.get("easy-learning") is False


def test_a_need_said_later_replaces_one_it_contradicts(engine: Engine) -> None:
    c = Conversation(engine)
    c.turn("internal booking tool, a team of 25 engineers across 4 squads will work on it")
    assert c.state.requirements.get("large-team") is False
    c.turn("plans changed: it's just two devs now")
    assert "large-team" not in c.state.requirements and c.state.requirements.get("small-team") is False
    c.turn("it must stay maintainable for years")
    c.turn("hmm, it's a throwaway for one conference after all")
    assert "long-horizon" not in c.state.requirements


def test_moving_docs_to_the_frameworks_own_package_stays_on_it(engine: Engine) -> None:
    turn = Conversation(engine).turn("our billing api is flask; im migrating its openapi docs to flask-apispec")
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "flask"


def test_starting_the_project_over_with_a_framework_is_a_fresh_state_with_that_move(engine: Engine) -> None:
    """'start over' alone resets the conversation; 'starting over with django instead of fastapi' also says
    what the project now is."""
    conversation = Conversation(engine)
    conversation.turn("we need an admin panel and 2 devs")
    turn = conversation.turn("scrap it, starting over with a django app instead of fastapi.")
    assert turn.intent == "reset" and conversation.state.targets == ["django"]
    assert turn.advice.recommendation is not None and turn.advice.recommendation.framework == "django"
    bare = Conversation(engine)
    bare.turn("we need an admin panel")
    assert bare.turn("start over").advice.recommendation is None


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what tech stack would pair well with fastapi?", "stack"),
        ("tech stack for a django shop in 2026?", "stack"),
        ("which libraries go well with flask", "stack"),
        # a stack mentioned as what runs or where the team goes is a fact about the project, not a request
        ("our whole tech stack is flask and jinja; partners now want a documented api", "update"),
        ("the app sits on a python + flask tech stack and we may move the stack over to django", "update"),
    ],
)
def test_a_stack_asked_for_is_the_stack_intent_and_a_stack_mentioned_is_not(
    engine: Engine, text: str, intent: str
) -> None:
    assert Conversation(engine).turn(text).intent == intent


def test_an_empty_state_is_a_fresh_one_without_building_the_validator(monkeypatch: pytest.MonkeyPatch) -> None:
    from knowledge.reasoning import thread_state
    from knowledge.reasoning.thread_state import ConversationState

    for made_before in (False, True):  # the process's first (model_construct, when not built yet) and a later one
        monkeypatch.setattr(thread_state, "_CONSTRUCTED", {"empty"} if made_before else set())
        empty, fresh = ConversationState.empty(), ConversationState()
        assert empty == fresh and empty.model_fields_set == fresh.model_fields_set == set()
        assert empty.to_json() == fresh.to_json()
        assert ConversationState.from_json(empty.to_json()) == fresh
