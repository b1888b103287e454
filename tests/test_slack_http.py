"""The real Bolt app over HTTP on loopback, signed requests in, Web API calls out to the stand-in."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from slack_bolt.async_app import AsyncApp

from bot.config import Settings
from bot.slack.app import close_client, create_app, http_web_app
from bot.slack.limits import problems
from bot.slack.slack_advisor import SlackAdvisor
from bot.storage.sql import SqlStore
from tests import signed
from tests.slack_standin import BOT_USER_ID, SlackStandIn

SECRET = "test-signing-secret"


@dataclass
class RunningBot:
    url: str
    session: aiohttp.ClientSession
    standin: SlackStandIn
    runner: web.AppRunner
    store: SqlStore
    app: AsyncApp
    advisor: SlackAdvisor

    async def command(self, text: str, channel: str = "C1", **kwargs: Any) -> tuple[int, str]:
        body = signed.slash_command(text, self.standin.response_url(), channel=channel)
        return await signed.send(self.session, self.url, SECRET, body, signed.FORM, **kwargs)

    async def event(self, inner: dict[str, Any], event_id: str | None = None, **kwargs: Any) -> tuple[int, str]:
        return await signed.send(self.session, self.url, SECRET, signed.event(inner, event_id), signed.JSON, **kwargs)

    async def click(self, action: dict[str, Any], channel: str, message_ts: str) -> tuple[int, str]:
        body = signed.block_action(action, channel, message_ts, self.standin.response_url("action"))
        return await signed.send(self.session, self.url, SECRET, body, signed.FORM)

    async def ask(self, text: str, channel: str = "C1") -> str:
        """Run /framework and return the parent message's ts once the thread is posted."""
        before = len(self.standin.posted(channel, thread_ts=""))
        status, _ = await self.command(text, channel)
        assert status == 200
        await self.standin.wait_for(lambda: len(self.standin.posted(channel, thread_ts="")) > before)
        parent = self.standin.posted(channel, thread_ts="")[-1]
        ts = str(parent.response["ts"])
        await self.standin.wait_for(lambda: len(self.standin.posted(channel, thread_ts=ts)) >= 1)
        await self.standin.settle()
        return ts


async def start_bot(
    standin: SlackStandIn, db: Path | str, design_channel: str | None = "CDESIGN", **overrides: Any
) -> RunningBot:
    """The app over HTTP on `db`: an SQLite file, or a DATABASE_URL (either engine)."""
    where = {"database_url": db} if isinstance(db, str) else {"database_path": str(db)}
    settings = Settings(
        _env_file=None,
        slack_bot_token="xoxb-test-token",
        slack_signing_secret=SECRET,  # type: ignore[call-arg]
        slack_api_url=standin.api_url,
        design_channel=design_channel,
        **where,
        slack_backoff_s=0.01,  # retries in tests back off for milliseconds, not seconds
        **overrides,
    )
    return await serve_bot(standin, settings)


async def serve_bot(standin: SlackStandIn, settings: Settings) -> RunningBot:
    """The app over HTTP on a free loopback port, on the database `settings` names."""
    store = await SqlStore.open(settings.store_url)
    app, advisor = create_app(settings, store)
    runner = web.AppRunner(http_web_app(app))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    url = f"http://127.0.0.1:{port}/slack/events"
    return RunningBot(url, aiohttp.ClientSession(), standin, runner, store, app, advisor)


async def stop_bot(bot: RunningBot) -> None:
    await bot.session.close()
    await bot.runner.cleanup()
    await close_client(bot.app)
    await bot.store.close()


def all_text(call_params: dict[str, Any]) -> str:
    return json.dumps({"text": call_params.get("text"), "blocks": call_params.get("blocks")}, ensure_ascii=False)


def assert_valid(standin: SlackStandIn) -> None:
    for call in standin.calls:
        if call.method in ("chat.postMessage", "chat.postEphemeral"):
            assert call.response.get("error") != "invalid_blocks", call.response
            assert call.params.get("unfurl_links") is False or call.method == "chat.postEphemeral"
    assert not [r for r in standin.responses if r["_invalid"]]


async def test_slash_command_posts_parent_and_threaded_details(bot: RunningBot, standin: SlackStandIn) -> None:
    ts = await bot.ask("microservice, high concurrency, 5-year horizon")
    parent = standin.posted("C1", thread_ts="")[-1].params
    text = all_text(parent)
    assert "<@U1> asked" in text and "microservice, high concurrency, 5-year horizon" in text
    assert "I understood" in text and "FastAPI" in text and "high confidence" in text and "Runner-up" in text
    assert parent["text"] == "FastAPI recommended, high confidence"
    assert parent["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "FastAPI recommended, high confidence", "emoji": True},
    }
    assert {e.get("action_id") for b in parent["blocks"] if b["type"] == "actions" for e in b["elements"]} == {
        "save_record",
        "share_design",
        "compare_select",
        "migration_notes",
        "start_over",
    }
    thread = standin.posted("C1", thread_ts=ts)
    first = thread[0].params["blocks"]  # the comparison comes first, before the explanations
    assert [b["type"] for b in first] == ["section", "table"] and first[1]["rows"][0][0]["text"] == "Criterion"
    blocks = [b for call in thread for b in call.params["blocks"]]
    tables = [b for b in blocks if b["type"] == "table"]
    assert len(tables) == 1
    sources = [b for b in blocks if b["type"] == "context" and "§" in json.dumps(b, ensure_ascii=False)]
    assert sources and "Django, Flask and FastAPI: three philosophies, § " in json.dumps(sources, ensure_ascii=False)
    assert ".txt" not in json.dumps(blocks)  # articles by title, never by file name
    assert "Why not the others" in json.dumps(blocks)
    assert "Migration notes" not in json.dumps(blocks)  # greenfield: no migration section
    assert all(len([b for b in c.params["blocks"] if b["type"] == "table"]) <= 1 for c in thread)
    assert standin.calls[0].authorization == "Bearer xoxb-test-token"
    assert_valid(standin)


async def test_a_precedent_that_overrules_is_posted_with_its_worked_example_escaped(
    bot: RunningBot, standin: SlackStandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same signed /framework, with the worked-examples model stubbed (tests/precedent_stub.py) so it overrules
    Django with Flask: the parent names the close call and posts the example's line, its user-ish text inert."""
    from tests.precedent_stub import stub_model

    monkeypatch.setattr(bot.advisor.engine, "precedents", stub_model(tmp_path))
    ts = await bot.ask("internal admin panel with roles please")
    parent = standin.posted("C1", thread_ts="")[-1].params
    text = all_text(parent)
    assert parent["text"] == "Flask recommended over the needs-scoring's Django, low confidence"
    assert "The needs-scoring and the worked examples disagree" in text
    assert "Worked example most like yours" in text and "&lt;!channel&gt; &amp; &lt;@U123&gt;" in text
    assert "<!channel>" not in text and "<@U123>" not in text
    thread = json.dumps([c.params["blocks"] for c in standin.posted("C1", thread_ts=ts)], ensure_ascii=False)
    assert "Flask wins" in thread  # the example's seed section, among the sources
    assert_valid(standin)


async def test_follow_up_in_thread_changes_the_answer(bot: RunningBot, standin: SlackStandIn) -> None:
    ts = await bot.ask("microservice, high concurrency, 5-year horizon")
    before = len(standin.posted("C1", thread_ts=ts))
    status, _ = await bot.event(
        {
            "type": "message",
            "channel": "C1",
            "channel_type": "channel",
            "user": "U2",
            "text": "what if we also need an admin panel and lots of forms?",
            "ts": "1800000000.000200",
            "thread_ts": ts,
        }
    )
    assert status == 200
    await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
    reply = all_text(standin.posted("C1", thread_ts=ts)[before].params)
    assert "Admin panel / back office" in reply and "What changed" in reply
    assert "Recommendation changed from FastAPI to Django" in reply
    assert_valid(standin)


async def test_other_messages_in_the_thread_are_ignored(bot: RunningBot, standin: SlackStandIn) -> None:
    ts = await bot.ask("admin panel")
    count = len(standin.calls)
    base = {"channel": "C1", "channel_type": "channel", "thread_ts": ts}
    await bot.event({**base, "type": "message", "subtype": "message_changed", "ts": "1.1", "message": {"text": "x"}})
    await bot.event({**base, "type": "message", "bot_id": "BOTHER", "text": "beep", "ts": "1.2"})
    await bot.event({**base, "type": "message", "subtype": "channel_join", "user": "U9", "text": "joined", "ts": "1.3"})
    await bot.event(
        {
            "type": "message",
            "channel": "C1",
            "channel_type": "channel",
            "user": "U2",
            "text": "admin",
            "ts": "1.4",
            "thread_ts": "999.0",
        }
    )  # a thread that is not ours
    await standin.settle()
    assert len(standin.calls) == count


async def test_mention_in_a_foreign_thread_reads_it_and_answers_there(bot: RunningBot, standin: SlackStandIn) -> None:
    standin.threads[("C1", "1700.000100")] = [
        {"user": "U2", "text": "We need websockets for live dashboards", "ts": "1700.000100"},
        {"user": "U3", "text": "and ML inference, team of 20 engineers", "ts": "1700.000200"},
        {"bot_id": "BOTHER", "text": "admin panel!!!", "ts": "1700.000250"},
        {"user": "U2", "text": f"<@{BOT_USER_ID}> which framework?", "ts": "1700.000300"},
    ]
    mention = {
        "type": "app_mention",
        "channel": "C1",
        "user": "U2",
        "text": f"<@{BOT_USER_ID}> which framework?",
        "ts": "1700.000300",
        "thread_ts": "1700.000100",
    }
    await bot.event(mention)
    await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts="1700.000100")))
    await standin.settle()
    assert "conversations.replies" in standin.methods()
    reply = all_text(standin.posted("C1", thread_ts="1700.000100")[0].params)
    assert "FastAPI" in reply and "Real-time" in reply and "ML model serving" in reply
    assert "Admin panel" not in reply.split("Why not")[0]  # other bots' messages are not requirements
    # from now on it is a conversation like any other
    before = len(standin.posted("C1", thread_ts="1700.000100"))
    await bot.event(
        {
            "type": "message",
            "channel": "C1",
            "channel_type": "channel",
            "user": "U3",
            "text": "why not django?",
            "ts": "1700.000400",
            "thread_ts": "1700.000100",
        }
    )
    await standin.wait_for(lambda: len(standin.posted("C1", thread_ts="1700.000100")) > before)
    assert "Why not Django?" in all_text(standin.posted("C1", thread_ts="1700.000100")[-1].params)


async def test_top_level_mention_answers_in_a_new_thread(bot: RunningBot, standin: SlackStandIn) -> None:
    await bot.event(
        {
            "type": "app_mention",
            "channel": "C1",
            "user": "U2",
            "ts": "1701.000100",
            "text": f"<@{BOT_USER_ID}> internal tool with a back office",
        }
    )
    await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts="1701.000100")))
    answer = all_text(standin.posted("C1", thread_ts="1701.000100")[0].params)
    assert "Django" in answer and "save_record" in answer  # mention answers carry the save button too


async def test_one_mention_arriving_twice_is_answered_once(bot: RunningBot, standin: SlackStandIn) -> None:
    text = f"<@{BOT_USER_ID}> websockets please"
    await bot.event(
        {"type": "message", "channel": "C1", "channel_type": "channel", "user": "U2", "text": text, "ts": "1702.000100"}
    )
    await bot.event({"type": "app_mention", "channel": "C1", "user": "U2", "text": text, "ts": "1702.000100"})
    await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts="1702.000100")))
    await standin.settle()
    firsts = [c for c in standin.posted("C1", thread_ts="1702.000100") if "asked" in all_text(c.params)]
    assert len(firsts) == 1


async def test_direct_message_starts_a_conversation_and_its_thread_continues_it(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    await bot.event(
        {
            "type": "message",
            "channel": "D1",
            "channel_type": "im",
            "user": "U2",
            "text": "public REST API for partners",
            "ts": "1703.000100",
        }
    )
    await standin.wait_for(lambda: bool(standin.posted("D1", thread_ts="1703.000100")))
    await standin.settle()
    count = len(standin.posted("D1", thread_ts="1703.000100"))
    assert "FastAPI" in all_text(standin.posted("D1", thread_ts="1703.000100")[0].params)
    await bot.event(
        {
            "type": "message",
            "channel": "D1",
            "channel_type": "im",
            "user": "U2",
            "text": "how fast is it?",
            "ts": "1703.000200",
            "thread_ts": "1703.000100",
        }
    )
    await standin.wait_for(lambda: len(standin.posted("D1", thread_ts="1703.000100")) > count)
    assert "18,000" in all_text(standin.posted("D1", thread_ts="1703.000100")[-1].params)


async def test_share_button_posts_to_the_design_channel_with_a_permalink(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    ts = await bot.ask("multi-tenant SaaS with billing and an admin panel")
    status, _ = await bot.click({"action_id": "share_design", "type": "button", "value": "share"}, "C1", ts)
    assert status == 200
    await standin.wait_for(lambda: bool(standin.posted("CDESIGN")))
    shared = all_text(standin.posted("CDESIGN")[0].params)
    assert "Django" in shared and f"https://test.example/archives/C1/p{ts.replace('.', '')}" in shared
    assert any(b["type"] == "table" for b in standin.posted("CDESIGN")[0].params["blocks"])
    await standin.wait_for(lambda: any("Shared to" in r.get("text", "") for r in standin.responses))
    assert_valid(standin)


async def test_share_to_a_channel_the_bot_cannot_post_in_tells_the_user(bot: RunningBot, standin: SlackStandIn) -> None:
    standin.cannot_post["CSECRET"] = "not_in_channel"
    await bot.command("admin panel --share <#CSECRET|private-design>")
    await standin.wait_for(lambda: any("couldn" in r.get("text", "") for r in standin.responses))
    note = next(r for r in standin.responses if "couldn" in r.get("text", ""))
    assert note["response_type"] == "ephemeral" and "<#CSECRET>" in note["text"] and "/invite" in note["text"]


async def test_compare_and_migration_buttons(bot: RunningBot, standin: SlackStandIn) -> None:
    ts = await bot.ask("we run flask today; high concurrency and async")
    before = len(standin.posted("C1", thread_ts=ts))
    await bot.click(
        {
            "action_id": "compare_select",
            "type": "multi_static_select",
            "selected_options": [{"value": "fastapi"}, {"value": "litestar"}],
        },
        "C1",
        ts,
    )
    await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
    table = next(b for b in standin.posted("C1", thread_ts=ts)[-1].params["blocks"] if b["type"] == "table")
    assert [c["text"] for c in table["rows"][0]] == ["Criterion", "FastAPI", "Litestar"]
    before = len(standin.posted("C1", thread_ts=ts))
    await bot.click({"action_id": "migration_notes", "type": "button", "value": "migration"}, "C1", ts)
    await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
    assert "Depends(" in all_text(standin.posted("C1", thread_ts=ts)[-1].params)


async def test_not_in_channel_falls_back_to_response_url(bot: RunningBot, standin: SlackStandIn) -> None:
    standin.cannot_post["CPRIVATE"] = "channel_not_found"
    status, _ = await bot.command("microservice, high concurrency", channel="CPRIVATE")
    assert status == 200
    await standin.wait_for(lambda: any(r["response_type"] == "ephemeral" for r in standin.responses))
    public = [r for r in standin.responses if r["response_type"] == "in_channel"]
    assert public and "FastAPI" in all_text(public[0])
    assert any(b["type"] == "table" for r in public for b in r["blocks"])
    hint = next(r for r in standin.responses if r["response_type"] == "ephemeral")
    assert "/invite" in hint["text"]
    assert_valid(standin)


async def test_429_is_retried_and_exactly_one_message_lands(bot: RunningBot, standin: SlackStandIn) -> None:
    standin.rate_limit["chat.postMessage"] = 1
    await bot.ask("admin panel and forms")
    assert len([c for c in standin.calls if c.method == "chat.postMessage" and c.status == 429]) == 1
    assert len(standin.posted("C1", thread_ts="")) == 1


async def test_a_channel_that_rejects_every_form_still_gets_the_answer(bot: RunningBot, standin: SlackStandIn) -> None:
    standin.cannot_post["CBROKEN"] = "msg_too_long"  # every post there, degraded or not
    await bot.command("admin panel", channel="CBROKEN")
    await standin.wait_for(lambda: any(r["response_type"] == "ephemeral" for r in standin.responses))
    public = [r for r in standin.responses if r["response_type"] == "in_channel"]
    assert public and "Django" in all_text(public[0])
    note = next(r for r in standin.responses if r["response_type"] == "ephemeral")["text"]
    assert "msg_too_long" in note and "/framework" in note


async def test_a_retried_event_never_gets_a_second_reply(bot: RunningBot, standin: SlackStandIn) -> None:
    ts = await bot.ask("admin panel")
    inner = {
        "type": "message",
        "channel": "C1",
        "channel_type": "channel",
        "user": "U2",
        "text": "and websockets at high concurrency",
        "ts": "1704.000100",
        "thread_ts": ts,
    }
    before = len(standin.posted("C1", thread_ts=ts))
    await bot.event(inner, event_id="EvRETRY")
    await bot.event(inner, event_id="EvRETRY", retry_num=1)
    await bot.event(inner, event_id="EvRETRY", retry_num=2)
    await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
    await standin.settle(0.5)
    assert len(standin.posted("C1", thread_ts=ts)) == before + 1


async def test_bad_or_stale_signatures_are_rejected(bot: RunningBot, standin: SlackStandIn) -> None:
    body = signed.slash_command("admin", standin.response_url())
    async with bot.session.post(
        bot.url, data=body, headers={**signed.headers("wrong-secret", body, signed.FORM)}
    ) as resp:
        assert resp.status == 401
    status, _ = await signed.send(bot.session, bot.url, SECRET, body, signed.FORM, timestamp=1_000_000)
    assert status == 401
    await standin.settle()
    assert not standin.posted()


async def test_user_text_can_never_ping_anyone(bot: RunningBot, standin: SlackStandIn) -> None:
    await bot.ask(
        "<!channel> &lt;!here&gt; <@U999|boss> <!subteam^S1|@devs> <https://evil.example|click me> microservice"
    )
    for call in standin.calls:
        text = all_text(call.params)
        for forbidden in ("<!channel", "<!here", "<@U999", "<!subteam", "<https://evil"):
            assert forbidden not in text, (call.method, forbidden)
    parent = all_text(standin.posted("C1", thread_ts="")[0].params)
    assert "&lt;!here&gt;" in parent and '"verbatim": true' in parent


async def test_help_command_shows_help_ephemerally_in_the_ack(bot: RunningBot, standin: SlackStandIn) -> None:
    status, body = await bot.command("help")
    assert status == 200
    ack = json.loads(body)
    assert ack["response_type"] == "ephemeral" and "Framework Advisor" in ack["text"] and not problems(ack)
    await standin.settle()
    assert not standin.posted()


async def test_compare_and_migrate_subcommands(bot: RunningBot, standin: SlackStandIn) -> None:
    await bot.ask("compare django fastapi flask")
    blocks = [b for c in standin.posted("C1") for b in c.params["blocks"]]
    table = next(b for b in blocks if b["type"] == "table")
    assert [c["text"] for c in table["rows"][0]] == ["Criterion", "Django", "FastAPI", "Flask"]
    await bot.ask("migrate flask fastapi")
    assert "Depends(" in json.dumps([c.params for c in standin.posted("C1")])


async def test_4000_characters_of_input_yield_valid_messages(bot: RunningBot, standin: SlackStandIn) -> None:
    text = ("We need websockets, an admin panel, ML inference 🚀 & forms <!here>; " * 70)[:4000]
    await bot.ask(text)
    assert_valid(standin)
    parent = standin.posted("C1", thread_ts="")[0].params
    assert len(json.dumps(parent["blocks"])) < 13_000


async def test_conversations_survive_a_restart(standin: SlackStandIn, tmp_path: Path) -> None:
    db = tmp_path / "conversations.db"
    first = await start_bot(standin, db)
    ts = await first.ask("microservice, high concurrency")
    await stop_bot(first)
    second = await start_bot(standin, db)
    try:
        before = len(standin.posted("C1", thread_ts=ts))
        await second.event(
            {
                "type": "message",
                "channel": "C1",
                "channel_type": "channel",
                "user": "U2",
                "text": "we also need an admin panel",
                "ts": "1705.000100",
                "thread_ts": ts,
            }
        )
        await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
        assert "Still FastAPI" in all_text(standin.posted("C1", thread_ts=ts)[-1].params)
    finally:
        await stop_bot(second)


async def test_healthz(bot: RunningBot) -> None:
    async with bot.session.get(bot.url.replace("/slack/events", "/healthz")) as resp:
        assert resp.status == 200 and (await resp.json()) == {"ok": True, "mode": "http"}


async def test_an_internal_failure_reaches_the_user_as_an_apology(
    standin: SlackStandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = await start_bot(standin, tmp_path / "c.db")

    async def broken(*_: object) -> bool:
        raise RuntimeError("a bug")

    monkeypatch.setattr(running.store, "save", broken)
    try:
        status, _ = await running.command("admin panel")
        assert status == 200
        await standin.wait_for(lambda: any("Sorry" in r.get("text", "") for r in standin.responses))
        note = next(r for r in standin.responses if "Sorry" in r.get("text", ""))
        assert note["response_type"] == "ephemeral" and "failed" in note["text"]
    finally:
        await stop_bot(running)


async def test_a_command_with_nothing_understood_gets_a_private_question(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    status, _ = await bot.command("🎉🎉 lorem ipsum 🎉")
    assert status == 200
    await standin.wait_for(lambda: bool(standin.responses))
    await standin.settle()
    (note,) = standin.responses
    assert note["response_type"] == "ephemeral" and "What are you building" in note["text"]
    assert not standin.posted()  # the channel is not spammed


async def test_a_mention_in_a_group_dm_without_app_mention_is_answered(bot: RunningBot, standin: SlackStandIn) -> None:
    await bot.event(
        {
            "type": "message",
            "channel": "G1",
            "channel_type": "mpim",
            "user": "U2",
            "ts": "1706.000100",
            "text": f"<@{BOT_USER_ID}> forms-heavy invoicing app",
        }
    )
    await standin.wait_for(lambda: bool(standin.posted("G1", thread_ts="1706.000100")))
    assert "Django" in all_text(standin.posted("G1", thread_ts="1706.000100")[0].params)


async def test_sharing_without_a_design_channel_explains_how(standin: SlackStandIn, tmp_path: Path) -> None:
    running = await start_bot(standin, tmp_path / "c.db", design_channel=None)
    try:
        ts = await running.ask("admin panel --share")
        await standin.wait_for(lambda: any("--share #channel" in r.get("text", "") for r in standin.responses))
        await running.click({"action_id": "share_design", "type": "button", "value": "share"}, "C1", ts)
        await standin.wait_for(lambda: any("DESIGN_CHANNEL" in r.get("text", "") for r in standin.responses))
        assert all(r["response_type"] == "ephemeral" for r in standin.responses)
        assert not standin.posted("CDESIGN")
    finally:
        await stop_bot(running)
