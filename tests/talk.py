"""Helpers the reading and conversation tests share: a conversation's turns, the framework a turn picks, and the
needs a message is read to hold.

Each helper names where its reading comes from, for they differ: the parser alone (`engine.parser.parse`), the
one-shot answer (`engine.ask`, whose query the advisor has trimmed of moot needs), or a conversation's turn (whose
intent detection may read only part of the text)."""

from __future__ import annotations

from knowledge.engine import Engine
from knowledge.reading.result import RequirementMention
from knowledge.reasoning.advice import Advice
from knowledge.reasoning.conversation import Conversation, Turn


def first_turn(engine: Engine, text: str) -> Turn:
    """The first turn of a new conversation."""
    return Conversation(engine).turn(text)


def turn_by_turn(engine: Engine, *texts: str) -> list[Turn]:
    """One conversation, a turn for each text, in order."""
    conversation = Conversation(engine)
    return [conversation.turn(text) for text in texts]


def thread_picks(engine: Engine, *texts: str) -> list[str | None]:
    """The framework each turn of one conversation recommends, or None, in order."""
    return [picked(turn) for turn in turn_by_turn(engine, *texts)]


def last_pick(engine: Engine, *texts: str) -> str | None:
    """The framework the last turn of one conversation recommends, or None."""
    return thread_picks(engine, *texts)[-1]


def recommended(advice: Advice) -> str | None:
    """The framework the advice recommends, or None."""
    rec = advice.recommendation
    return rec.framework if rec else None


def picked(turn: Turn) -> str | None:
    """The framework a turn recommends, or None."""
    return recommended(turn.advice)


def first_pick(engine: Engine, text: str) -> str | None:
    """The framework the first turn of a new conversation recommends, or None."""
    return picked(first_turn(engine, text))


def asked_pick(engine: Engine, text: str) -> str | None:
    """The framework the one-shot answer (`engine.ask`) recommends, or None."""
    return recommended(engine.ask(text))


def wanted_in(turn: Turn) -> set[str]:
    """The ids of the needs the turn's query reads as wanted (not negated)."""
    return {m.id for m in turn.advice.query.requirements if not m.negated}


def wanted(engine: Engine, text: str) -> set[str]:
    """The ids of the needs the parser reads as wanted (not negated)."""
    return {m.id for m in engine.parser.parse(text).requirements if not m.negated}


def negated_by_id(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> negated, as the parser reads it."""
    return {m.id: m.negated for m in engine.parser.parse(text).requirements}


def wishes_by_id(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> a hedged wish, for the needs the parser reads as wanted (not negated)."""
    return {m.id: m.wish for m in engine.parser.parse(text).requirements if not m.negated}


def mentions_by_id(engine: Engine, text: str) -> dict[str, RequirementMention]:
    """Need id -> mention, as the parser reads it."""
    return {m.id: m for m in engine.parser.parse(text).requirements}


def advised_by_id(engine: Engine, text: str) -> dict[str, RequirementMention]:
    """Need id -> mention, from the advice of the first turn of a new conversation."""
    return {m.id: m for m in first_turn(engine, text).advice.requirements}


def asked_wanted_by_id(engine: Engine, text: str) -> dict[str, bool]:
    """Need id -> wanted (True) or negated (False), from the one-shot answer's query (`engine.ask`)."""
    return {m.id: not m.negated for m in engine.ask(text).query.requirements}
