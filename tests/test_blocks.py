"""Every message the bot can build respects Block Kit's limits; the checker itself catches violations."""

from __future__ import annotations

import json

import pytest

from bot.slack import blocks
from bot.slack.limits import MAX_BLOCKS, problems
from bot.slack.slack_text import clip, escape, readable
from knowledge.answer.comparison import Table
from knowledge.answer.reply_builder import ReplyBuilder
from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation
from tests.test_advice_from_text import PHRASINGS

EDGE_INPUTS = [
    "",
    "🎉" * 500,
    ("we need websockets, an admin panel, ML inference, forms, a CMS, e-commerce & <!here> " * 60)[:4000],
    "anything except django, flask and fastapi",
    "why not pyramid?",
    "x" * 4000,
    "<@U1> <!channel> <#C1|general> " * 100,
]
TURNS = [
    "microservice, high concurrency, 5-year horizon",
    "we also need an admin panel",
    "why not flask?",
    "compare django fastapi flask litestar starlette quart sanic django-ninja drf",
    "how do we migrate from flask?",
    "what stack should we use?",
    "how fast is it?",
    "what are the pitfalls?",
    "how do we deploy it?",
    "sources",
    "tell me about litestar",
    "help",
    "lorem ipsum",
    "start over",
]


def all_messages(engine: Engine, text: str) -> list[blocks.Message]:
    replies = ReplyBuilder(engine)
    turn = Conversation(engine).turn(text)
    reply = replies.answer(turn.advice)
    return [
        blocks.parent_message(reply, turn.advice, text, "U1", frameworks=replies.names),
        blocks.share_message(reply, turn.advice, text, "U1", "https://x.example/p1"),
        *blocks.reply_messages(reply, skip=blocks.PARENT_SECTIONS),
        *blocks.reply_messages(replies.reply(turn)),
    ]


@pytest.mark.parametrize("text", [t for _, t in PHRASINGS[::3]] + EDGE_INPUTS)
def test_answer_messages_respect_limits(engine: Engine, text: str) -> None:
    for message in all_messages(engine, text):
        assert problems(message) == [], problems(message)


def test_every_follow_up_reply_respects_limits(engine: Engine) -> None:
    conversation, replies = Conversation(engine), ReplyBuilder(engine)
    for text in TURNS:
        for message in blocks.reply_messages(replies.reply(conversation.turn(text))):
            assert problems(message) == [], (text, problems(message))
            assert sum(b["type"] == "table" for b in message["blocks"]) <= 1


def test_help_and_notices_respect_limits(engine: Engine) -> None:
    from bot.slack.slack_advisor import SlackAdvisor

    advisor = SlackAdvisor(engine, store=None, design_channel=None)  # type: ignore[arg-type]
    assert problems(advisor.help_message()) == []
    assert problems(blocks.notice("x" * 10_000, ["y" * 5000] * 30)) == []


def test_long_replies_split_over_messages_and_keep_one_table() -> None:
    from knowledge.answer.comparison import Table
    from knowledge.answer.reply import Reply

    reply = Reply(title="t", table=Table(("a", "b"), tuple((f"r{i}", "") for i in range(150)), (), ()))
    for i in range(80):
        reply.add(f"Section {i}", ["word " * 500])
    messages = blocks.reply_messages(reply)
    assert len(messages) > 1
    assert all(problems(m) == [] for m in messages), [problems(m) for m in messages]
    tables = [b for m in messages for b in m["blocks"] if b["type"] == "table"]
    assert len(tables) == 1 and len(tables[0]["rows"]) == 100
    assert all(cell["text"] for row in tables[0]["rows"] for cell in row)  # empty cells filled


def test_blocks_whose_json_outgrows_the_payload_bound_split_though_their_text_fits() -> None:
    from bot.slack.limits import MAX_BLOCKS_CHARS, MAX_BLOCKS_JSON, block_chars, json_chars

    # 45 sections of 250 characters: 11,250 of text (under the text bound), ~13k as sent (Slack has rejected that)
    sections = [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 250}} for _ in range(45)]
    assert sum(map(block_chars, sections)) <= MAX_BLOCKS_CHARS < json_chars(sections)
    assert any("as JSON" in p for p in problems({"text": "t", "blocks": sections}))
    messages = blocks.pack(sections, None, "summary")
    assert len(messages) == 2 and all(problems(m) == [] for m in messages)
    assert all(json_chars(m["blocks"]) <= MAX_BLOCKS_JSON for m in messages)
    assert sum(len(m["blocks"]) for m in messages) == 45


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ({"text": "t", "blocks": [{"type": "divider"}] * (MAX_BLOCKS + 1)}, "51 blocks"),
        (
            {
                "text": "t",
                "blocks": [blocks.table_block(Table(("a",), (("b",),), (), ()))] * 2,
            },
            "2 tables",
        ),
        ({"text": "", "blocks": []}, "text fallback missing"),
        ({"text": "t", "blocks": [{"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}]}, "header"),
        ({"text": "t", "blocks": [{"type": "table", "rows": [[{"type": "raw_text", "text": ""}]]}]}, "empty cell"),
        (
            {"text": "t", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "s" * 3001}}]},
            "section text",
        ),
        (
            {"text": "t", "blocks": [{"type": "context", "elements": [{"type": "mrkdwn", "text": "c"}] * 11}]},
            "11 context elements",
        ),
    ],
)
def test_the_checker_catches_each_violation(message: blocks.Message, expected: str) -> None:
    assert any(expected in p for p in problems(message)), problems(message)


def test_escaping_neutralises_every_kind_of_slack_markup() -> None:
    hostile = "<!channel> <!here> <!everyone> <@U1> <#C1> <!subteam^S1> <https://x.example|y> & done"
    escaped = escape(hostile)
    assert "<" not in escaped and ">" not in escaped and "&amp; done" in escaped
    assert clip("a &amp; b", 5) == "a …"  # never cut an entity in half
    assert readable("<@UBOT> hi <@U2|ann> see <#C1|general> <https://a.example|docs> &lt;b&gt;", "UBOT") == (
        "hi ann see general docs <b>"
    )
    message = blocks.notice(hostile)
    assert "<!channel>" not in json.dumps(message) and message["blocks"][0]["text"]["verbatim"] is True
