"""The worked examples' second opinion: the shipped model file, its pure-Python inference, and when it overrules."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from bench.precedents.data import data_hash
from knowledge.answer.jsonout import advice_json
from knowledge.answer.render_text import render_text
from knowledge.answer.reply_builder import ReplyBuilder
from knowledge.engine import Engine
from knowledge.reasoning import precedents
from knowledge.reasoning.conversation import Conversation
from knowledge.reasoning.thread_state import ConversationState
from tests.precedent_stub import EXAMPLE_TEXT, with_stub

ADMIN = "internal admin panel with roles"


@pytest.fixture
def stubbed(engine: Engine, tmp_path: Path) -> Engine:
    return with_stub(engine, tmp_path)


def test_the_shipped_model_reproduces_the_probabilities_it_was_trained_to() -> None:
    model = precedents.load()
    assert model is not None and len(model.samples) >= 15
    for sample in model.samples:
        got = model.proba(model.vector(sample["text"]))
        want = sample["proba"]
        assert max(got, key=got.__getitem__) == max(want, key=want.__getitem__), sample["text"]
        assert all(abs(got[c] - want[c]) < 1e-3 for c in want), (sample["text"], got, want)


def test_the_shipped_model_was_trained_on_the_labelled_questions_as_they_are() -> None:
    model = precedents.load()
    assert model is not None
    examples = json.loads(gzip.decompress(precedents.EXAMPLES_PATH.read_bytes()).split(b"\n", 1)[0])
    current = data_hash()
    assert model.training_sha256 == current, "training data changed: run `make train`"
    assert examples["training_sha256"] == current, "training data changed: run `make train`"


def test_the_engine_holds_the_model(shipped_precedents: precedents.PrecedentModel | None) -> None:
    assert shipped_precedents is not None
    assert shipped_precedents.training_sha256 == precedents.load().training_sha256  # type: ignore[union-attr]


def test_a_framework_the_organisation_fixed_is_never_overruled(stubbed: Engine) -> None:
    rec = Conversation(stubbed).turn("platform mandates django. internal admin panel with roles please").advice
    assert rec.recommendation is not None and rec.recommendation.precedent is None


def test_a_confident_precedent_overrules_and_keeps_the_engines_pick_as_the_close_call(stubbed: Engine) -> None:
    advice = Conversation(stubbed).turn(f"{ADMIN} please").advice
    rec = advice.recommendation
    assert rec is not None and rec.framework == "flask" and rec.also == ("django",)
    assert rec.precedent is not None and rec.precedent.overrode == "django" and rec.precedent.probability > 0.99
    assert rec.confidence == ("medium" if rec.reasons else "low")
    assert advice.runner_up is not None and advice.runner_up.framework == "django"
    assert advice.why_not[0].framework == "django" and "needs-scoring's pick" in advice.why_not[0].summary
    assert rec.precedent.example is not None and rec.precedent.example.text == EXAMPLE_TEXT
    cited = {(c.seed, c.section) for c in advice.citations}
    assert ("003_62bcff1249fe9efb.txt", "When each wins > Flask wins") in cited


@pytest.mark.parametrize(
    "text",
    [
        f"{ADMIN} kindly",  # p under the threshold
        f"{ADMIN}, flask is not an option, please",  # the user ruled the framework out
        f"{ADMIN} hmm",  # the model's top class is a question back: it never turns a pick into one
        ADMIN,  # the model agrees... or has nothing to say
    ],
)
def test_no_override(stubbed: Engine, text: str) -> None:
    rec = Conversation(stubbed).turn(text).advice.recommendation
    assert rec is not None and rec.framework == "django" and rec.precedent is None


def test_a_very_sure_precedent_answers_a_question_asked_back_unless_it_names_a_framework(stubbed: Engine) -> None:
    asked = Conversation(stubbed).turn("which framework should we use? please").advice  # (p ~ 0.9999 > ASKED_BACK)
    rec = asked.recommendation
    assert rec is not None and rec.framework == "flask" and rec.also == () and asked.clarification is None
    assert rec.precedent is not None and rec.precedent.overrode == "clarify" and rec.confidence == "low"
    about = Conversation(stubbed).turn("who develops django nowadays? please").advice  # (asks about one: no pick)
    assert about.recommendation is None and about.clarification is not None


def test_the_precedent_leaves_the_engines_structural_decisions_alone(stubbed: Engine) -> None:
    # staying on what runs, a move under way: read from structure, kept as they are
    said = "our django app works fine and the team likes it. keep it? please"  # ("please" pushes the stub to Flask)
    stay = Conversation(stubbed).turn(said).advice.recommendation
    assert stay is not None and stay.framework == "django" and stay.precedent is None
    underway = Conversation(stubbed).turn("we're halfway through moving our flask app to django, finish it? please")
    rec = underway.advice.recommendation
    assert rec is not None and rec.framework == "django" and rec.precedent is None


def test_a_thread_keeps_the_precedent_until_the_engines_pick_moves_or_it_is_ruled_out(stubbed: Engine) -> None:
    conversation = Conversation(stubbed)
    assert conversation.turn(f"{ADMIN} please").advice.recommendation.framework == "flask"  # type: ignore[union-attr]
    kept = conversation.turn("why not fastapi?").advice.recommendation
    assert kept is not None and kept.framework == "flask" and kept.precedent is not None
    # the state round-trips through JSON (the Slack store) with the precedent
    restored = Conversation(stubbed, ConversationState.from_json(conversation.state.to_json()))
    ruled_out = restored.turn("flask is out").advice.recommendation
    assert ruled_out is not None and ruled_out.framework == "django" and ruled_out.precedent is None
    moved = Conversation(stubbed)
    moved.turn(f"{ADMIN} please")
    rec = moved.turn("actually it is a websocket api with 20k concurrent connections, no admin").advice.recommendation
    assert rec is not None and rec.framework == "fastapi" and rec.precedent is None


def test_a_new_need_ends_the_precedent_even_where_the_engines_pick_stays(stubbed: Engine) -> None:
    conversation = Conversation(stubbed)
    conversation.turn(f"{ADMIN} please")
    rec = conversation.turn("also audit logs").advice.recommendation
    assert rec is not None and rec.framework == "django" and rec.precedent is None
    assert conversation.state.precedent is None


def test_later_messages_are_not_read_by_the_model(stubbed: Engine) -> None:
    conversation = Conversation(stubbed)
    conversation.turn(ADMIN)
    rec = conversation.turn("also audit logs please").advice.recommendation
    assert rec is not None and rec.precedent is None


def test_json_and_text_carry_the_precedent(stubbed: Engine) -> None:
    turn = Conversation(stubbed).turn(f"{ADMIN} please")
    reply = ReplyBuilder(stubbed).reply(turn)
    text = "\n".join(line for s in reply.sections for line in s.lines)
    data = advice_json(turn.advice, text)
    precedent = data["recommendation"]["precedent"]
    assert precedent["framework"] == "flask" and precedent["overrode"] == "django"
    assert set(precedent["example"]) == {"text", "answer", "seed", "section", "why"}
    assert data["recommendation"]["framework"] == "flask" and data["recommendation"]["also"] == ["django"]
    assert "The needs-scoring and the worked examples disagree" in text
    assert "sure enough (100%) to overrule it" in text
    assert "Worked example most like yours" in text and EXAMPLE_TEXT in text
    assert precedent["words"] == ["please"]  # (the one question word the model weighs)
    assert "Words in your question that point to Flask in the worked examples: “please”." in text
    plain = advice_json(Conversation(stubbed).turn(ADMIN).advice, "")
    assert plain["recommendation"]["precedent"] is None


def test_slack_blocks_carry_the_precedent_escaped(stubbed: Engine) -> None:
    from bot.slack.blocks import parent_message, reply_messages
    from bot.slack.limits import problems

    turn = Conversation(stubbed).turn(f"{ADMIN} please")
    reply = ReplyBuilder(stubbed).reply(turn)
    names = {fw: f.name for fw, f in stubbed.kb.frameworks.items()}
    parent = parent_message(reply, turn.advice, "q", "U1", frameworks=names)
    posted = json.dumps([parent, *reply_messages(reply)], ensure_ascii=False)
    assert "Worked example" in posted and "&lt;!channel&gt; &amp; &lt;@U123&gt;" in posted
    assert "point to Flask in the worked examples: “please”" in posted
    assert "<!channel>" not in posted and "<@U123>" not in posted
    assert not problems(parent)


def test_the_others_why_not_credits_the_overruled_pick_with_no_edge(stubbed: Engine) -> None:
    # the others' edge points were the needs-scoring pick's edge over them; "Flask's edge: ..." would be false
    advice = Conversation(stubbed).turn(f"{ADMIN} please").advice
    others = [w for w in advice.why_not if w.framework not in ("flask", "django")]
    assert others and all(c.framework == w.framework for w in others for c in w.points)
    text = "\n".join(line for s in ReplyBuilder(stubbed).answer(advice).sections for line in s.lines)
    assert "Flask's edge" not in text


def test_the_decision_record_chooses_the_precedent_alone_and_cites_the_example(stubbed: Engine) -> None:
    from knowledge.answer.madr import RecordMeta, madr_record

    advice = Conversation(stubbed).turn(f"{ADMIN} please").advice
    record = madr_record(advice, stubbed.kb, RecordMeta(question=f"{ADMIN} please", date="2026-11-28"))
    assert record.startswith("# Use Flask for ")
    assert 'Chosen option: "Flask", because the needs-scoring says Django' in record
    assert "* Overruled: the needs-scoring picks Django; the worked-examples model is 100% sure of Flask." in record
    assert "Runner-up: Django, score" in record and "behind" not in record.split("## Consequences")[0]
    assert "Its words for it: “please”." in record
    assert "§ When each wins > Flask wins" in record
    assert "\\<\\!channel\\>" in record and "<!channel>" not in record  # (the example's text, escaped)


def test_the_headlines_name_the_overruled_pick(stubbed: Engine) -> None:
    from bot.slack.blocks import headline
    from knowledge.answer.render_rich import headline as terminal_headline

    advice = Conversation(stubbed).turn(f"{ADMIN} please").advice
    names = {fw: f.name for fw, f in stubbed.kb.frameworks.items()}
    assert headline(advice, names) == "Flask recommended over the needs-scoring's Django, low confidence"
    assert terminal_headline(advice)[0].endswith("(overruling the needs-scoring's Django)")


def test_the_engine_cache_key_holds_the_model_file(cached_kb: Path) -> None:
    from knowledge import engine_cache

    before = engine_cache.engine_path(cached_kb)
    model = cached_kb / precedents.MODEL_PATH.name
    model.write_bytes(model.read_bytes() + b"\0")  # (any change to its bytes)
    after = engine_cache.engine_path(cached_kb)
    assert before is not None and after is not None and before != after


def test_the_words_shown_are_the_questions_that_pulled_toward_the_pick(stubbed: Engine) -> None:
    model = stubbed.precedents
    assert model is not None
    vector = model.vector("hmm, kindly: please")
    # "hmm" pulls toward asking back, so it is no word for Flask over a question back; "kindly" pulls less than
    # "please"; against a framework the model has no class for, the other classes' mean is the reference
    assert model.leaning(vector, "flask", "clarify") == ("please", "kindly")
    assert model.leaning(vector, "flask", "pyramid") == ("please", "kindly")
    assert model.leaning(vector, "flask", "clarify", most=1) == ("please",)
    assert model.leaning(model.vector("hmm"), "flask", "clarify") == ()


def test_a_thread_stored_before_words_were_kept_still_reads() -> None:
    from knowledge.reasoning.precedent_pick import from_state

    old = {"framework": "flask", "probability": 0.9, "overrode": "django", "example": None}
    assert from_state(old) is not None and from_state(old).words == ()  # type: ignore[union-attr]
    assert from_state({**old, "words": ["please"]}).words == ("please",)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "for my cv: which framework should we use? please",  # career
        "eli5 which framework should we use? please",  # concept
        "writing a blog post about which framework to use, please",  # writing
        "not asking about frameworks, which orm should we use? please",  # off-topic
    ],
)
def test_a_message_the_intents_call_no_request_for_a_pick_is_never_answered_by_the_precedent(
    stubbed: Engine, text: str
) -> None:
    assert stubbed.intents.detect(text).intent in stubbed.kb.vocabulary.not_a_pick
    advice = Conversation(stubbed).turn(text).advice
    assert advice.recommendation is None


def test_a_first_message_answered_by_the_precedent_reads_as_an_answer_in_a_thread(stubbed: Engine) -> None:
    # (chat and a thread's turns are rendered by the turn's intent: a "clarify" turn says nothing changed)
    turn = Conversation(stubbed).turn("which framework should we use? please")
    assert turn.advice.recommendation is not None and turn.intent == "update"
    text = render_text(ReplyBuilder(stubbed).reply(turn))
    assert "I couldn't use that" not in text and "unchanged" not in text
    assert "The needs-scoring would ask first; the worked examples pick Flask" in text


def test_a_question_asked_back_and_answered_names_no_runner_up_the_needs_could_not_tell_apart(stubbed: Engine) -> None:
    advice = Conversation(stubbed).turn("which framework should we use? please").advice
    assert advice.recommendation is not None and advice.recommendation.score == 0
    assert advice.runner_up is None  # (every framework scored +0: Django first by the knowledge base's order)
    from knowledge.answer.madr import RecordMeta, madr_record

    text = render_text(ReplyBuilder(stubbed).answer(advice))
    assert "0 behind" not in text
    record = madr_record(advice, stubbed.kb, RecordMeta(question="q", date="2026-01-01"))
    assert "Runner-up" not in record


@pytest.mark.parametrize(
    ("text", "toward", "against", "not_shown"),
    [
        ("a crm for sales reps with pipelines and reports", "django", "clarify", {"a", "with", "for", "and"}),
        ("what is a live view updating several times a second?", "fastapi", "clarify", {"a", "what", "is"}),
        (
            "tiny service today, but the roadmap says full platform with users and billing later",
            "django",
            "flask",
            {"but", "the", "with", "and"},
        ),
        (
            "nope on fastapi, ops only supports WSGI on the old boxes. small json api for the scanners",
            "fastapi",
            "flask",
            {"fastapi"},
        ),
    ],
)
def test_the_words_shown_for_an_overrule_are_no_function_words_nor_framework_names(
    text: str, toward: str, against: str, not_shown: set[str], engine: Engine
) -> None:
    model = precedents.load()
    assert model is not None
    shown = model.leaning(model.vector(text), toward, against, unsaid=frozenset(engine.kb.frameworks))
    assert len(shown) == 3 and not any(set(term.split(" ")) & not_shown for term in shown), shown


def test_a_thread_holding_a_precedent_round_trips_through_its_stored_form(stubbed: Engine) -> None:
    conversation = Conversation(stubbed)
    conversation.turn(f"{ADMIN} please")
    assert conversation.state.precedent is not None and conversation.state.precedent["words"] == ["please"]
    stored = type(conversation.state).from_json(conversation.state.to_json())
    assert stored == conversation.state  # (the words as JSON keeps them: a list, not a tuple)


def test_a_threads_decision_record_keeps_the_pick_the_precedent_gave(stubbed: Engine) -> None:
    from bot.chat import _chat_record

    conversation = Conversation(stubbed)
    conversation.turn(f"{ADMIN} please")
    rec = stubbed.advisor.advise(conversation.query()).recommendation
    assert rec is not None and rec.framework == "django"  # (the needs-scoring alone)
    standing = conversation.standing_advice().recommendation
    assert standing is not None and standing.framework == "flask" and standing.precedent is not None
    record = _chat_record(stubbed, conversation, [f"{ADMIN} please"], "save this as a decision", "text")
    assert record.startswith("# Use Flask for ") and "Overruled:" in record
    conversation.turn("rule out flask")  # (a ban ends the precedent: the record follows the thread)
    after = conversation.standing_advice().recommendation
    assert after is not None and after.framework != "flask" and after.precedent is None
