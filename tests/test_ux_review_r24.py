"""Round 24's hands-on review: answers that said something their own numbers or reasons contradicted."""

from __future__ import annotations

import json

from knowledge.answer.madr import RecordMeta, madr_record
from knowledge.answer.render_text import render_text
from knowledge.answer.reply_builder import ReplyBuilder
from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def test_a_lead_that_is_only_the_incumbency_bonus_is_not_called_a_new_project_lead(engine: Engine) -> None:
    # Flask's 2 points are all "you run Flask today": a new project would give it 0, not "score higher"
    advice = engine.ask("we're half-way through moving from Flask to FastAPI; should we finish?")
    rec = advice.recommendation
    assert rec is not None and rec.framework == "fastapi"
    flask = next(w for w in advice.why_not if w.framework == "flask")
    assert "would score higher for a new project" not in flask.summary
    assert flask.summary.startswith("Flask leads (2 against 0) only because you run Flask today, but ")


def test_a_needs_lead_over_the_kept_framework_is_still_a_new_project_lead(engine: Engine) -> None:
    advice = engine.ask("we run django; mobile clients need a high-traffic public API, and ops use the admin daily")
    rec = advice.recommendation
    assert rec is not None and rec.framework == "django"
    fastapi = next(w for w in advice.why_not if w.framework == "fastapi")
    assert fastapi.summary.startswith("FastAPI would score higher for a new project (")


def test_a_runner_up_ahead_on_points_is_not_called_minus_n_behind(engine: Engine) -> None:
    # the team's Django decides over FastAPI's higher needs score; the runner-up line said "(score +6, -2 behind)"
    text = "we run django; mobile clients need a high-traffic public API, and ops use the admin daily"
    advice = engine.ask(text)
    rec, runner = advice.recommendation, advice.runner_up
    assert rec is not None and runner is not None and runner.score > rec.score
    gap = runner.score - rec.score
    rendered = render_text(ReplyBuilder(engine).reply(Conversation(engine).turn(text)))
    assert " -" + str(gap) + " behind" not in rendered
    assert f"{gap} ahead on points but not the pick" in rendered
    record = madr_record(advice, engine.kb, RecordMeta(question=text, date="2026-11-28"))
    assert f"* Runner-up: FastAPI, {gap} ahead on points but not chosen (the first reason above says why)" in record
    assert "behind." not in record.split("* Runner-up:")[1].splitlines()[0]


def test_the_picks_edge_lists_only_points_for_it(engine: Engine) -> None:
    # "Flask's edge: small service (+2), admin panel / back office (-1)": a minus is no edge, even a smaller one
    text = "tiny script-sized service with an admin panel and a json api"
    advice = engine.ask(text)
    rec = advice.recommendation
    assert rec is not None and rec.framework == "flask"
    edges = [c for w in advice.why_not for c in w.points if c.framework == rec.framework]
    assert edges and all(c.weight > 0 for c in edges)
    rendered = render_text(ReplyBuilder(engine).reply(Conversation(engine).turn(text)))
    assert "Flask's edge:" in rendered
    assert "admin panel / back office (-1)." not in rendered.split("Flask's edge:")[-1].split("\n\n")[0]


def test_chat_saves_a_decision_record_instead_of_saying_nothing_was_understood() -> None:
    # "save this as a decision" in `chat` answered "I found no requirement or framework I know in that message"
    from tests.test_cli import run

    turns = "we run flask for our customer API\nwhat if we also need websockets?\nsave this as a decision\n"
    code, out, _ = run("chat", stdin=turns)
    assert code == 0 and "I couldn't use that" not in out
    record = out[out.index("# Use FastAPI") :]
    assert "## Decision Outcome" in record and 'Chosen option: "FastAPI"' in record
    assert "what if we also need websockets?" in record  # the turns so far, as in a Slack thread's record
    code, out, _ = run("chat", "--format", "jsonl", stdin=turns)
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["intent"] for r in records][-1] == "save"
    assert records[-1]["recommendation"]["framework"] == "fastapi"
    assert records[-1]["record"].startswith("# Use FastAPI")
    code, out, _ = run("chat", stdin="save this as a decision\n")
    assert code == 0 and out.startswith("Nothing to record yet")


def test_a_pick_moved_by_what_the_team_runs_or_allows_says_so(engine: Engine) -> None:
    # both said "Recommendation changed ...: the balance of your requirements shifted", with no need moved
    conversation = Conversation(engine)
    for text in ("B2B integration API, strict contracts, auto docs, 10 devs", "rule out fastapi"):
        conversation.turn(text)
    turn = conversation.turn("actually fastapi is fine again")
    assert turn.change is not None and turn.change.new_pick == "fastapi"
    assert turn.change.explanation == "Recommendation changed from Django to FastAPI: FastAPI is an option again."
    conversation = Conversation(engine)
    for text in ("prototype to demo to investors next week", "what if it becomes the real product?"):
        conversation.turn(text)
    turn = conversation.turn("we're on flask today")
    assert turn.change is not None and (turn.change.previous_pick, turn.change.new_pick) == ("django", "flask")
    assert turn.change.explanation == "Recommendation changed from Django to Flask: you run Flask today."


def test_the_framework_a_team_knows_is_shown_as_understood() -> None:
    # "team only knows django" moved Django's score by 2 and the answer's "I understood" said nothing of it
    from tests.test_cli import run

    code, out, _ = run("ask", "async webhooks receiver for stripe, must scale; the team only knows django")
    assert code == 0
    understood = out.split("I understood", 1)[1].split("Recommendation", 1)[0]
    assert "your team knows Django" in " ".join(understood.split())
