"""Add-ons, patterns, close calls and deciding questions render everywhere: Slack, the record, the terminal.

Add-ons, patterns and deciding questions are set by hand here so every rendering branch is exercised.
"""

from __future__ import annotations

import dataclasses
import io
import json

from bot.slack import blocks
from bot.slack.limits import problems
from knowledge.answer.madr import SECTIONS, RecordMeta, is_save_request, madr_record, record_title
from knowledge.answer.markdown import md_escape, reply_markdown
from knowledge.answer.render_rich import render_rich
from knowledge.answer.reply_builder import ReplyBuilder
from knowledge.engine import Engine
from knowledge.reasoning.advice import Addon, Advice, DecidingChoice, DecidingQuestion, Pattern

META = RecordMeta(question="admin-heavy SaaS with a partner API", date="2026-11-26", deciders=("![](@U1)",))


def enriched(engine: Engine) -> Advice:
    advice = engine.ask("multi-tenant SaaS with an admin panel and a public API for partners")
    assert advice.recommendation is not None
    cite = advice.recommendation.reasons[0].citations
    rec = dataclasses.replace(
        advice.recommendation,
        addons=(Addon("django-ninja", "django-ninja", "Typed, documented API endpoints inside Django.", cite),),
        pattern=Pattern(
            "admin-beside-api",
            "Keep Django's admin beside a FastAPI API on one database.",
            (("django", "the back office"), ("fastapi", "the partner API")),
            cite,
        ),
        also=("fastapi",),
    )
    question = DecidingQuestion(
        "Will partners call the API more than staff use the admin?",
        (
            DecidingChoice("Mostly partners", "the public api matters most", "fastapi"),
            DecidingChoice("Mostly staff", "the admin panel matters most", "django"),
        ),
    )
    return dataclasses.replace(advice, recommendation=rec, deciding_question=question)


def test_slack_parent_shows_addons_pattern_close_call_and_deciding_buttons(engine: Engine) -> None:
    advice = enriched(engine)
    replies = ReplyBuilder(engine)
    parent = blocks.parent_message(replies.answer(advice), advice, "q", "U1", frameworks=replies.names)
    text = json.dumps(parent, ensure_ascii=False)
    assert parent["text"].startswith("Django and FastAPI: a close call, ")
    assert parent["blocks"][0]["type"] == "header" and "close call" in parent["blocks"][0]["text"]["text"]
    for expected in ("Add to it", "django-ninja", "A split that fits", "the partner API", "Close call"):
        assert expected in text, expected
    decide = next(b for b in parent["blocks"] if b.get("block_id") == "advisor_decide")
    assert [e["value"] for e in decide["elements"]] == ["the public api matters most", "the admin panel matters most"]
    assert "Mostly partners" not in json.dumps([b for b in parent["blocks"] if b["type"] == "section"])
    assert problems(parent) == []


def test_record_and_markdown_show_them_too(engine: Engine) -> None:
    advice = enriched(engine)
    record = madr_record(advice, engine.kb, META)
    assert record_title(advice, engine.kb, META.question).startswith("Use Django and FastAPI with django-ninja for")
    assert "* django-ninja (add-on)" in record and "### django-ninja" in record
    assert "* Add django-ninja: Typed, documented API endpoints inside Django." in record
    assert "* Split the system: Keep Django's admin beside a FastAPI API" in record
    assert "  * FastAPI for the partner API" in record
    assert "The question that decides it: Will partners call the API" in record and "* Mostly staff → Django" in record
    assert all(f"\n## {s}\n" in record for s in SECTIONS)
    markdown = reply_markdown(ReplyBuilder(engine).answer(advice))
    assert "## Add to it" in markdown and "## The question that decides it" in markdown


def test_terminal_shows_them_without_slack_markup(engine: Engine) -> None:
    advice = enriched(engine)
    out = io.StringIO()
    render_rich(ReplyBuilder(engine).answer(advice), out, advice, width=100)
    text = out.getvalue()
    assert text.startswith("Django recommended, ") and "(close call with FastAPI)" in text
    assert "Add to it" in text and "django-ninja: Typed" in text and "A split that fits" in text
    assert "• Mostly partners" in text and "*" not in text and "`" not in text


def test_greenfield_has_no_migration_and_staying_is_not_an_arrow(engine: Engine) -> None:
    replies = ReplyBuilder(engine)
    greenfield = replies.answer(engine.ask("microservice, high concurrency"))
    assert not [s for s in greenfield.sections if s.title == "Migration notes"]
    staying = replies.answer(engine.ask("we run django today; admin panel and forms"))
    notes = next(s for s in staying.sections if s.title == "Migration notes")
    assert notes.lines[0].startswith("*Staying on Django*") and "Django → Django" not in json.dumps(notes.lines)


def test_user_text_in_a_record_is_inert(engine: Engine) -> None:
    meta = dataclasses.replace(META, question="[click](https://evil.example) ![](@UBOSS) <!here> # heading")
    record = madr_record(engine.ask("admin panel"), engine.kb, meta)
    assert "[click](https" not in record and "![](@UBOSS)" not in record and "<!here>" not in record
    assert md_escape("a|b") == "a\\|b"


def test_save_requests_are_recognised() -> None:
    for text in ("save this as a decision", "please record the decision", "log it as an ADR", "save as canvas"):
        assert is_save_request(text), text
    for text in ("we need to save money", "what about an admin panel?", "record audio streams"):
        assert not is_save_request(text), text


def test_record_saved_message_is_valid_and_inert() -> None:
    title = "Use FastAPI for <!channel> <https://evil.example|x> " + "y" * 5000
    for url in ("https://test.example/docs/T1/F1", "https://evil.example/a|b>c", None):
        message = blocks.record_saved(title, url, "canvas", updated=False)
        text = json.dumps(message)
        assert problems(message) == [] and "<!channel>" not in text and "<https://evil" not in text
    assert "<https://test.example/docs/T1/F1|" in json.dumps(
        blocks.record_saved("t", "https://test.example/docs/T1/F1", "canvas", True)
    )
