"""Decision records, App Home, the guided form, shortcuts and deciding buttons, end to end.

The real Bolt app over HTTP on loopback; signed requests in; every Web API call goes to the stand-in,
and the assertions read what reached it.
"""

from __future__ import annotations

import json
from typing import Any

from bot.slack.limits import problems, view_problems
from knowledge.answer.madr import SECTIONS
from knowledge.engine import default_engine
from tests import signed
from tests.slack_standin import SlackStandIn
from tests.test_slack_http import SECRET, RunningBot, all_text, assert_valid

SAVE = {"action_id": "save_record", "type": "button", "value": "save"}


async def send(bot: RunningBot, body: str) -> tuple[int, str]:
    return await signed.send(bot.session, bot.url, SECRET, body, signed.FORM)


async def follow_up(bot: RunningBot, ts: str, text: str, msg_ts: str, channel: str = "C1") -> None:
    await bot.event(
        {
            "type": "message",
            "channel": channel,
            "channel_type": "channel",
            "user": "U2",
            "text": text,
            "ts": msg_ts,
            "thread_ts": ts,
        }
    )


async def test_save_button_writes_a_madr_canvas_and_links_it_in_the_thread(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    ts = await bot.ask("we run flask today; public API for partners, high concurrency, long term")
    await bot.click(SAVE, "C1", ts)
    await standin.wait_for(lambda: any("Decision record saved" in all_text(c.params) for c in standin.posted("C1")))
    ((canvas_id, canvas),) = standin.canvases.items()
    markdown = canvas["markdown"]
    positions = [markdown.index(f"## {section}") for section in SECTIONS]
    assert positions == sorted(positions)  # every MADR section, in order
    assert markdown.startswith("# Use FastAPI for we run flask today")
    assert "* Status: proposed" in markdown and "* Deciders: ![](@U1)" in markdown
    assert "| Criterion | Django | Flask | FastAPI |" in markdown and "| Score for your needs |" in markdown
    assert "### Migration from Flask to FastAPI" in markdown and "Depends(" in markdown
    assert "Django, Flask and FastAPI: three philosophies, § " in markdown and ".txt" not in markdown
    assert f"https://test.example/archives/C1/p{ts.replace('.', '')}" in markdown
    assert canvas["channel"] == "C1" and canvas["title"].startswith("Use FastAPI")
    link = next(c for c in standin.posted("C1", thread_ts=ts) if "Decision record saved" in all_text(c.params))
    assert f"https://test.example/docs/T1/{canvas_id}" in all_text(link.params)
    entry = await bot.store.get_decision("T1", "C1", ts)
    assert entry is not None and entry.record_id == f"canvas:{canvas_id}" and entry.pick == "fastapi"
    assert_valid(standin)


async def test_saving_again_after_more_turns_updates_the_same_canvas(bot: RunningBot, standin: SlackStandIn) -> None:
    ts = await bot.ask("microservice, high concurrency, 5-year horizon")
    await bot.click(SAVE, "C1", ts)
    await standin.wait_for(lambda: len(standin.canvases) == 1)
    await standin.settle()
    before = len(standin.posted("C1", thread_ts=ts))
    await follow_up(bot, ts, "we also need an admin panel and lots of forms", "1800000000.000300")
    await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
    await follow_up(bot, ts, "please save this as a decision", "1800000000.000400")
    await standin.wait_for(lambda: any("Decision record updated" in all_text(c.params) for c in standin.posted("C1")))
    ((canvas,),) = [list(standin.canvases.values())]
    assert canvas["edits"] == 1 and len(standin.canvases) == 1
    assert canvas["markdown"].startswith("# Use Django") and "Admin panel / back office" in canvas["markdown"]
    assert "we also need an admin panel and lots of forms" in canvas["markdown"]  # the later turn is in the record
    assert "![](@U2)" in canvas["markdown"]  # whoever spoke in the thread is a decider
    assert "canvases.edit" in standin.methods()


async def test_canvas_failure_falls_back_to_a_markdown_file_in_the_thread(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    standin.fail["canvases.create"] = "canvas_disabled_user_team"
    standin.fail["conversations.canvases.create"] = "team_tier_cannot_create_channel_canvases"
    ts = await bot.ask("multi-tenant SaaS with billing and an admin panel")
    await bot.click(SAVE, "C1", ts)
    await standin.wait_for(lambda: any("Decision record saved" in all_text(c.params) for c in standin.posted("C1")))
    ((file_id, file),) = standin.files.items()
    assert file["channel"] == "C1" and file["thread_ts"] == ts and file["filename"] == "decision-record.md"
    assert "## Decision Outcome" in file["content"] and "| Criterion |" in file["content"]
    assert not standin.canvases
    link = all_text(standin.posted("C1", thread_ts=ts)[-1].params)
    assert file["permalink"] in link and "file in this thread" in link
    # saving again replaces the file: still one record
    await bot.click(SAVE, "C1", ts)
    await standin.wait_for(lambda: any("Decision record updated" in all_text(c.params) for c in standin.posted("C1")))
    assert len(standin.files) == 1 and file_id not in standin.files  # the old file is gone
    entry = await bot.store.get_decision("T1", "C1", ts)
    assert entry is not None and entry.record_id == f"file:{next(iter(standin.files))}"


async def test_when_slack_refuses_every_way_the_user_is_told(bot: RunningBot, standin: SlackStandIn) -> None:
    for method in ("canvases.create", "conversations.canvases.create", "files.getUploadURLExternal"):
        standin.fail[method] = "not_allowed_token_type"
    ts = await bot.ask("admin panel")
    await bot.click(SAVE, "C1", ts)
    await standin.wait_for(lambda: any("couldn't save" in r.get("text", "") for r in standin.responses))
    assert all(r["response_type"] == "ephemeral" for r in standin.responses)


async def test_app_home_lists_the_decision_just_made_newest_first_and_pages(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    first = await bot.ask("admin panel and lots of forms")
    await bot.click(SAVE, "C1", first)
    await standin.wait_for(lambda: bool(standin.canvases))
    for i in range(11):
        await bot.ask(f"microservice number {i}, high concurrency")
    await bot.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    await standin.wait_for(lambda: bool(standin.views))
    home = standin.views[-1]
    assert home["method"] == "views.publish" and home["user_id"] == "U1" and not view_problems(home["view"])
    text = json.dumps(home["view"], ensure_ascii=False)
    assert "Ask a question" in text and "microservice number 10" in text and "Older →" in text
    assert text.index("microservice number 10") < text.index("microservice number 9")  # newest first
    assert "admin panel and lots of forms" not in text  # on page two
    older = next(
        e for b in home["view"]["blocks"] if b["type"] == "actions" for e in b["elements"] if "Older" in str(e)
    )
    await send(bot, signed.block_action({**older, "type": "button"}, "D1", "1.1", standin.response_url()))
    await standin.wait_for(lambda: len(standin.views) > 1)
    page_two = json.dumps(standin.views[-1]["view"], ensure_ascii=False)
    assert "admin panel and lots of forms" in page_two and "Django" in page_two and "decision record" in page_two
    assert f"p{first.replace('.', '')}|thread" in page_two and "← Newer" in page_two


async def test_the_form_opens_from_the_command_home_and_shortcut_and_posts_in_the_chosen_channel(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    status, body = await bot.command("")
    assert status == 200 and body == ""
    await send(bot, signed.global_shortcut("ask_framework_advisor"))
    home_ask = {"action_id": "home_ask", "type": "button", "value": "ask"}
    await send(bot, signed.block_action(home_ask, "D1", "1.1", standin.response_url()))
    await standin.wait_for(lambda: len(standin.views) == 3)
    assert all(v["method"] == "views.open" and v["trigger_id"] == "1.2.3" for v in standin.views)
    form = standin.views[0]["view"]
    assert not view_problems(form) and form["callback_id"] == "ask_form"
    needs = next(b for b in form["blocks"] if b["block_id"] == "needs")["element"]["options"]
    assert {
        "text": {"type": "plain_text", "text": "Admin panel / back office", "emoji": True},
        "value": "admin-panel",
    } in needs
    values: dict[str, Any] = {
        "kind": {"kind": {"type": "static_select", "selected_option": {"value": "public-api"}}},
        "needs": {"needs": {"type": "multi_static_select", "selected_options": [{"value": "high-concurrency"}]}},
        "team": {"team": {"type": "static_select", "selected_option": {"value": "large"}}},
        "horizon": {"horizon": {"type": "static_select", "selected_option": {"value": "long"}}},
        "current": {"current": {"type": "static_select", "selected_option": {"value": "flask"}}},
        "details": {"details": {"type": "plain_text_input", "value": "<!channel> we keep SQLAlchemy"}},
        "channel": {"channel": {"type": "conversations_select", "selected_conversation": "CARCH"}},
    }
    status, _ = await send(bot, signed.view_submission(form, values))
    assert status == 200
    await standin.wait_for(lambda: bool(standin.posted("CARCH", thread_ts="")))
    parent = standin.posted("CARCH", thread_ts="")[0]
    text = all_text(parent.params)
    assert parent.params["text"].startswith("FastAPI recommended") and "<!channel>" not in text
    for label in ("Public / B2B API", "High concurrency", "Large or growing team", "Long time horizon", "Flask"):
        assert label in text, label
    ts = str(parent.response["ts"])
    await standin.wait_for(lambda: bool(standin.posted("CARCH", thread_ts=ts)))
    await standin.settle()
    before = len(standin.posted("CARCH", thread_ts=ts))  # the conversation continues in its thread
    await follow_up(bot, ts, "why not django?", "1800000001.000100", channel="CARCH")
    await standin.wait_for(lambda: len(standin.posted("CARCH", thread_ts=ts)) > before)
    assert "Why not Django?" in all_text(standin.posted("CARCH", thread_ts=ts)[-1].params)
    assert_valid(standin)


async def test_an_empty_form_is_refused_beside_the_field(bot: RunningBot, standin: SlackStandIn) -> None:
    await bot.command("")
    await standin.wait_for(lambda: bool(standin.views))
    status, body = await send(bot, signed.view_submission(standin.views[0]["view"], {}))
    assert status == 200 and json.loads(body)["response_action"] == "errors"
    await standin.settle()
    assert not standin.posted()


async def test_message_shortcut_answers_in_the_messages_thread_which_becomes_a_conversation(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    standin.threads[("C1", "1710.000100")] = [
        {"user": "U2", "text": "We're planning a CMS with an editorial back office", "ts": "1710.000100"},
        {"user": "U3", "text": "and it should live for years", "ts": "1710.000200"},
    ]
    message = {"type": "message", "user": "U3", "text": "and it should live for years", "ts": "1710.000200"}
    message["thread_ts"] = "1710.000100"
    status, _ = await send(
        bot, signed.message_shortcut("ask_about_message", "C1", message, standin.response_url("shortcut"))
    )
    assert status == 200
    await standin.wait_for(lambda: bool(standin.posted("C1", thread_ts="1710.000100")))
    await standin.settle()
    assert "conversations.replies" in standin.methods()
    first = standin.posted("C1", thread_ts="1710.000100")[0].params
    assert first["text"].startswith("Django recommended") and "Content site" in all_text(first)
    before = len(standin.posted("C1", thread_ts="1710.000100"))
    await follow_up(bot, "1710.000100", "why not flask?", "1710.000300")
    await standin.wait_for(lambda: len(standin.posted("C1", thread_ts="1710.000100")) > before)
    assert "Why not Flask?" in all_text(standin.posted("C1", thread_ts="1710.000100")[-1].params)


async def test_message_shortcut_on_a_message_with_nothing_to_go_on_asks_privately(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    message = {"type": "message", "user": "U3", "text": "lunch at noon?", "ts": "1711.000100"}
    await send(bot, signed.message_shortcut("ask_about_message", "C1", message, standin.response_url("shortcut")))
    await standin.wait_for(lambda: bool(standin.responses))
    await standin.settle()
    assert standin.responses[0]["response_type"] == "ephemeral" and not standin.posted()


async def test_deciding_choices_are_buttons_that_continue_the_conversation(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    """A real close call: the advisor's deciding question comes as buttons, and a press is a turn."""
    question = default_engine().ask("an mvp for the sales team").deciding_question
    assert question is not None
    ts = await bot.ask("an mvp for the sales team")
    parent = standin.posted("C1", thread_ts="")[-1].params
    decide = next(b for b in parent["blocks"] if b.get("block_id") == "advisor_decide")
    assert [e["text"]["text"] for e in decide["elements"]] == [c.label for c in question.choices]
    assert question.question.split("?")[0] in all_text(parent) and not problems(parent)
    before = len(standin.posted("C1", thread_ts=ts))
    await bot.click({**decide["elements"][0], "type": "button"}, "C1", ts)
    await standin.wait_for(lambda: len(standin.posted("C1", thread_ts=ts)) > before)
    await standin.settle()
    reply = " ".join(all_text(c.params) for c in standin.posted("C1", thread_ts=ts)[before:])
    assert "What changed" in reply and question.choices[0].framework is not None
    stored = await bot.store.load(bot_key(ts))
    assert stored is not None and "large-app" in stored.state.requirements


def bot_key(ts: str) -> Any:
    from bot.storage.store import ThreadKey

    return ThreadKey("T1", "C1", ts)


async def test_share_button_only_when_a_design_channel_is_set(standin: SlackStandIn, tmp_path: Any) -> None:
    from tests.test_slack_http import start_bot, stop_bot

    running = await start_bot(standin, tmp_path / "c.db", design_channel=None)
    try:
        await running.ask("admin panel")
        parent = standin.posted("C1", thread_ts="")[-1].params
        ids = {e.get("action_id") for b in parent["blocks"] if b["type"] == "actions" for e in b["elements"]}
        assert "share_design" not in ids and "save_record" in ids
    finally:
        await stop_bot(running)


async def test_message_shortcut_where_the_bot_is_not_a_member_answers_privately(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    standin.cannot_post["CFOREIGN"] = "not_in_channel"
    message = {"type": "message", "user": "U3", "text": "we need websockets and async", "ts": "1713.000100"}
    await send(bot, signed.message_shortcut("ask_about_message", "CFOREIGN", message, standin.response_url("s")))
    await standin.wait_for(lambda: any("/invite" in r.get("text", "") for r in standin.responses))
    assert all(r["response_type"] == "ephemeral" for r in standin.responses)
    assert any("FastAPI" in all_text(r) for r in standin.responses)
    assert not [r for r in standin.responses if r["_invalid"]]


async def test_a_workspace_with_only_channel_canvases_gets_one_and_a_deleted_canvas_is_recreated(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    standin.fail["canvases.create"] = "free_teams_cannot_create_non_channel_canvases"
    ts = await bot.ask("internal tool with an admin panel")
    await bot.click(SAVE, "C1", ts)
    await standin.wait_for(lambda: bool(standin.canvases))
    ((first_id, canvas),) = standin.canvases.items()
    assert first_id.startswith("F")
    assert canvas["method"] == "conversations.canvases.create" and canvas["channel"] == "C1"
    await standin.wait_for(lambda: any("Decision record saved" in all_text(c.params) for c in standin.posted("C1")))
    standin.canvases.clear()  # someone deleted it: the next save makes a new one instead of failing
    await bot.click(SAVE, "C1", ts)
    await standin.wait_for(lambda: bool(standin.canvases))
    await standin.wait_for(lambda: any("Decision record updated" in all_text(c.params) for c in standin.posted("C1")))
    entry = await bot.store.get_decision("T1", "C1", ts)
    (second_id,) = standin.canvases
    assert second_id != first_id and entry is not None and entry.record_id == f"canvas:{second_id}"
    assert not standin.files


async def test_a_form_answer_for_a_channel_the_bot_is_not_in_explains_in_a_dm(
    bot: RunningBot, standin: SlackStandIn
) -> None:
    standin.cannot_post["CPRIV"] = "channel_not_found"
    await bot.command("")
    await standin.wait_for(lambda: bool(standin.views))
    values = {
        "kind": {"kind": {"type": "static_select", "selected_option": {"value": "internal-tool"}}},
        "channel": {"channel": {"type": "conversations_select", "selected_conversation": "CPRIV"}},
    }
    await send(bot, signed.view_submission(standin.views[0]["view"], values))
    await standin.wait_for(lambda: bool(standin.posted("U1")))
    note = all_text(standin.posted("U1")[0].params)
    assert "<#CPRIV>" in note and "/invite" in note and "channel_not_found" in note
