"""Needs said as a list or handed to someone else: a list negated as a whole, a need ruled out in words that rule
out a framework, a framework's parts appraised together, and a need a hosted service does outside the app."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reasoning.conversation import Conversation


def _read(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> negated, as the reader takes `text`."""
    return {m.id: m.negated for m in engine.parser.parse(text).requirements}


def test_a_need_ruled_out_after_it_is_negated(engine: Engine) -> None:
    """'x is a non-starter', 'x got vetoed': the words that rule out a framework rule out a need said before them."""
    assert _read(engine, "a public admin panel is a non-starter for our auditors").get("admin-panel") is True
    assert _read(engine, "graphql got vetoed by the architects").get("graphql") is True
    parsed = engine.parser.parse("django is a no-go here")
    assert "django" in parsed.excluded


def test_a_list_after_a_negated_need_phrase_stays_negated(engine: Engine) -> None:
    """'no gui, admin or graphql': the phrase's own negation runs over the list after it; the phrase's need stands."""
    read = _read(engine, "no gui, admin or graphql")
    assert read.get("api-only") is False
    assert read.get("admin-panel") is True and read.get("graphql") is True
    read = _read(engine, "we won't need an admin, graphql or websockets")
    assert read.get("admin-panel") is True and read.get("graphql") is True and read.get("realtime") is True


def test_a_new_list_after_a_negation_is_wanted(engine: Engine) -> None:
    """'no admin, sso and audit logs': an 'and' list after the comma names what is wanted; so does 'just a …'."""
    read = _read(engine, "no admin, sso and audit logs")
    assert read.get("admin-panel") is True and read.get("user-auth") is False
    assert _read(engine, "no ui just a json api").get("rest-api") is False


def test_a_frameworks_parts_judged_too_big_are_not_wanted(engine: Engine) -> None:
    """'django's orm, admin and forms seem like too much': said of Django and not wanted, not asked for."""
    read = _read(engine, "for a tiny webhook relay, django's orm, admin and forms seem like too much")
    assert read.get("admin-panel") is True and read.get("forms-crud") is True
    assert read.get("webhooks") is False


def test_a_frameworks_parts_judged_are_said_of_it(engine: Engine) -> None:
    """'quart's docs, websockets and typing look unfinished': a judgement of Quart, no need either way."""
    read = _read(engine, "quart's docs, websockets and typing look unfinished")
    assert "api-docs" not in read and "realtime" not in read


def test_a_need_handed_to_a_hosted_service_is_not_asked_of_the_framework(engine: Engine) -> None:
    """'login is okta': the provider keeps the accounts, the app checks tokens; a hosted checkout is no shop."""
    read = _read(engine, "login is handled by okta, we only check the tokens")
    assert read.get("user-auth") is True and read.get("token-auth") is False
    assert "ecommerce" not in _read(engine, "payments go through a paddle checkout")


def test_a_thread_drops_accounts_once_a_provider_keeps_them(engine: Engine) -> None:
    conversation = Conversation(engine)
    conversation.turn("a booking api for a mobile app, we need user accounts")
    assert "user-auth" in {m.id for m in conversation.query().requirements}
    conversation.turn("update: accounts will live in cognito")
    wanted = {m.id for m in conversation.query().requirements if not m.negated}
    assert "user-auth" not in wanted and "token-auth" in wanted
